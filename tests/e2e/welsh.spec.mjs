// Welsh: complete strings, a language switch on every screen that keeps every answer (saved
// and not yet saved), the choice remembered on the device, and `?lang=cy` from the embedding page.
import { readdirSync, readFileSync } from 'node:fs';
import { test, expect } from './fixtures.mjs';
import { everyScreen, FIRST_AREA, FRAMEWORK, openWith, record, stateTitlePattern, storedRecord as stored, STRINGS, titleOf } from './screens.mjs';

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
