// Welsh: complete strings, a language switch on every screen that keeps every answer (saved
// and not yet saved), the choice remembered on the device, and `?lang=cy` from the embedding page.
import { readdirSync, readFileSync } from 'node:fs';
import { test, expect } from './fixtures.mjs';
import { everyScreen, FIRST_AREA, FRAMEWORK, openWith, record, stateTitlePattern, storedRecord as stored, STRINGS, titleOf, titlePattern } from './screens.mjs';

test.describe.configure({ mode: 'parallel' });

/** What the person has entered on the screen: every checked box and every field's value. */
const formState = (page) => page.evaluate(() => [...document.querySelectorAll('#hjcp-main input, #hjcp-main textarea, #hjcp-main select')]
  .map((el) => `${el.id || el.name}=${el.type === 'radio' || el.type === 'checkbox' ? el.checked : el.value}`));

test('every UI string is in the same file in English and Welsh, and no Welsh string is left empty', () => {
  // advice.toml is checked by crates/words/build.rs: its plural templates have different forms
  // in each language (Welsh has six), so its lines differ by design.
  const keysByFile = (lang) => {
    const dir = new URL(`../../locales/${lang}/`, import.meta.url);
    return Object.fromEntries(readdirSync(dir).filter((f) => f.endsWith('.toml') && f !== 'advice.toml').sort().map((f) => [f,
      readFileSync(new URL(f, dir), 'utf8').split('\n').map((l) => l.match(/^([a-z0-9_]+)\s*=/)?.[1]).filter(Boolean).sort()]));
  };
  expect(keysByFile('cy')).toEqual(keysByFile('en'));
  expect(Object.entries(STRINGS.cy).filter(([, v]) => !v.trim()).map(([k]) => k)).toEqual([]);
});

test('the language switch on every screen changes the language and keeps every answer', async ({ page }) => {
  test.setTimeout(120_000);
  const switchTo = async (lang, screenTitle) => {
    await page.locator('.hjcp-lang-switch').click();
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    await expect(page).toHaveTitle(screenTitle(lang));
    await expect.soft(page.locator('.hjcp-lang-switch'), `focus stays on the switch (${current})`).toBeFocused();
  };
  const switched = [];
  let current = '';
  for await (const name of everyScreen(page, { journey: 'staff', lang: 'en' })) {
    current = name;
    await expect(page).toHaveTitle(stateTitlePattern('en', name));
    const before = { form: await formState(page), saved: (await stored(page))?.frameworks ?? {} };
    await switchTo('cy', (lang) => stateTitlePattern(lang, name));
    // The switch's own name is in the language it switches to, marked as such.
    await expect(page.locator('.hjcp-lang-switch [lang=en]')).toHaveText(STRINGS.cy.lang_switch_to);
    expect.soft(await formState(page), `${name}: what was entered on the screen is kept`).toEqual(before.form);
    expect.soft((await stored(page))?.frameworks ?? {}, `${name}: saved answers are kept`).toEqual(before.saved);
    await switchTo('en', (lang) => stateTitlePattern(lang, name));
    expect(await formState(page)).toEqual(before.form);
    switched.push(name);
  }
  expect(switched.length).toBeGreaterThan(18);
  // The rating given on the rate screen during the walk (after switching back and forth) is saved.
  const answers = (await stored(page)).frameworks[FRAMEWORK].answers;
  expect(answers[FIRST_AREA.at(-1)].rating).toEqual({ Level: 2 });
  expect(Object.keys(answers).length).toBe(7);
});

test('the language chosen is remembered on this device', async ({ page }) => {
  await openWith(page, record({ journey: 'applicant', lang: 'en' }));
  await page.locator('.hjcp-lang-switch').click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'cy');
  await expect.poll(async () => (await stored(page)).lang).toBe('cy');
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', 'cy');
  await expect(page.locator('#hjcp-main h1')).toHaveText(STRINGS.cy.start_heading);
  await expect(page).toHaveTitle(titleOf('cy', 'screen_start'));
  // Answers are untouched by the language.
  expect((await stored(page)).frameworks).toEqual(record({ journey: 'applicant' }).frameworks);
});

test('the embedding page can preselect Welsh with ?lang=cy', async ({ page }) => {
  // A first visit, nothing stored.
  await openWith(page, null, '?lang=cy');
  await expect(page.locator('html')).toHaveAttribute('lang', 'cy');
  await expect(page.locator('#hjcp-main h1')).toHaveText(STRINGS.cy.start_heading);
  await expect(page.getByRole('button', { name: STRINGS.cy.start_button })).toBeVisible();
  await expect(page.locator('.hjcp-skip-link')).toHaveText(STRINGS.cy.skip_to_content);
  // Even when English was chosen on this device before, the page's choice applies.
  await openWith(page, record({ journey: 'applicant', lang: 'en' }), '?lang=cy');
  await expect(page.locator('html')).toHaveAttribute('lang', 'cy');
  await expect(page).toHaveTitle(titleOf('cy', 'screen_start'));
  // And ?lang=en the other way round.
  await openWith(page, record({ journey: 'applicant', lang: 'cy' }), '?lang=en');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.locator('#hjcp-main h1')).toHaveText(STRINGS.en.start_heading);
});

// Every framework string has Welsh: in each framework, the questions, the results and a role
// page show no framework text in English. Source titles and the passages official wording
// quotes, inside the provenance details, are the publisher's English and stay so.
const SAMPLES = {
  'hmpps-career-pathways': { current: 'prison-officer', target: 'supervising-officer', rated: ['sec-security', 'sec-safer-custody'] },
  'hmpps-health-care-wellbeing': { current: 'all-staff', target: 'frontline-practitioner', rated: ['common-needs', 'recognise-signs'] },
  'hmpps-leadership-code': { current: 'team-member', target: 'line-manager', rated: ['be-self-aware', 'know-your-strengths'] },
  'nhse-non-custodial': { current: 'ld-support-worker', target: 'ld-associate-practitioner', rated: ['comm-engage', 'comm-records'] },
};
for (const [framework, sample] of Object.entries(SAMPLES)) {
  test(`${framework} in Welsh: the questions, results and a role page show no framework text in English`, async ({ page }) => {
    const answers = Object.fromEntries(sample.rated.map((id) => [id, { rating: { Level: 2 }, note: '', changed_ms: 0 }]));
    await openWith(page, {
      app: 'hjcp', version: 2, lang: 'cy', active: framework,
      frameworks: { [framework]: {
        framework, persona: 'Staff', facts: { qualification_level: 3, experience_years: 2, current_role: sample.current },
        target_role: sample.target, answers, snapshots: [], seen_version: '2026.12',
      } },
    });
    const english = async (where) => (await page.locator('#hjcp-main [lang="en"]').evaluateAll((els) => els
      .filter((el) => !el.closest('details.hjcp-disclosure'))
      .map((el) => el.textContent.trim()).filter(Boolean))).map((t) => `${where}: "${t.slice(0, 70)}"`);
    const found = [];
    const main = page.locator('#hjcp-main');
    await main.getByRole('button', { name: STRINGS.cy.start_button, exact: true }).click();
    await expect(page).toHaveTitle(titlePattern('cy', 'screen_task_list'));
    found.push(...await english('task list'));
    await page.locator('.hjcp-task-list__link[aria-describedby^="area-"]').first().click();
    await expect(page).toHaveTitle(titlePattern('cy', 'screen_rate'));
    await page.locator('.hjcp-provenance summary').first().click();
    found.push(...await english('rate'));
    await page.goBack();
    await expect(page).toHaveTitle(titlePattern('cy', 'screen_task_list'));
    await main.getByRole('button', { name: STRINGS.cy.task_check, exact: true }).click();
    await main.getByRole('button', { name: STRINGS.cy.check_continue, exact: true }).click();
    await expect(page).toHaveTitle(titlePattern('cy', 'screen_results'));
    found.push(...await english('results'));
    await main.locator('.hjcp-role-link').first().click();
    await expect(page).toHaveTitle(titlePattern('cy', 'screen_role'));
    found.push(...await english('role'));
    expect(found).toEqual([]);
  });
}
