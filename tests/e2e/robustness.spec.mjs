// Input the widget does not control: another tab writing the same record, and hostile text in
// every place text comes in from outside (a stored record, an answers file, a shared link, the
// launch parameters). Hostile text must show as text: nothing runs, no markup is made from it.
import { test, expect } from './fixtures.mjs';
import { areaTasks } from './journey-steps.mjs';
import { FRAMEWORK, FIRST_AREA, h1, openWith, record, storedRecord as stored } from './screens.mjs';

const areaLink = (page) => areaTasks(page).first();

test('answers given in two tabs at once are merged in both, and clearing in one clears the other', async ({ page, context }) => {
  // Two of the first area's four questions answered; both tabs open at the task list.
  await openWith(page, record({ rated: 2 }));
  const other = await context.newPage();
  const problems = [];
  other.on('console', (msg) => { if (msg.type() === 'error') problems.push(msg.text()); });
  other.on('pageerror', (err) => problems.push(err.message));
  await other.goto('./');
  for (const tab of [page, other]) {
    await tab.getByRole('button', { name: 'Start now' }).click();
    await expect(h1(tab)).toHaveText('Rate yourself');
  }

  // This tab answers the third question.
  await areaLink(page).click();
  await page.locator('#rating-3').check();
  await expect(page.locator('.hjcp-saved')).toBeVisible();
  const merged = other.getByRole('status').filter({ hasText: 'have been added to the answers here' });
  await expect(merged).toBeVisible();

  // The other tab now carries on from the fourth question: the third is answered there too.
  await areaLink(other).click();
  await expect(other.getByText('Question 4 of 4 in this area')).toBeVisible();
  await other.locator('#rating-0').check();
  await expect(other.locator('.hjcp-saved')).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'have been added to the answers here' })).toBeVisible();

  // Both answers are in the one stored record, whichever tab saves next.
  await page.locator('#rating-2').check();
  const answers = (await stored(page)).frameworks[FRAMEWORK].answers;
  for (const id of FIRST_AREA) expect(answers[id]?.rating, id).toBeTruthy();
  await merged.getByRole('button', { name: 'Hide this message' }).click();
  await expect(merged).toHaveCount(0);

  // Clearing in one tab clears the other: on a shared computer, cleared means cleared.
  await other.getByRole('button', { name: 'Clear all my answers' }).click();
  await other.getByRole('button', { name: 'Yes, clear my answers' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'cleared in another tab or window' })).toBeVisible();
  await expect(h1(page)).toHaveText('Explore your career in health and justice');
  expect(await page.evaluate(() => Object.keys(localStorage))).toEqual([]);
  await other.close();
  expect(problems).toEqual([]);
});

// Each payload tries a different way in: markup, event handlers, breaking out of an attribute or
// a textarea, a javascript: URL, template syntax.
const PAYLOADS = [
  '<script>window.__xss=1</script>',
  '<img src=x onerror="window.__xss=1">',
  '"><svg onload="window.__xss=1">',
  "'><iframe srcdoc=\"<script>parent.__xss=1</script>\">",
  '</textarea><b id=injected>bold</b>',
  '<a href="javascript:window.__xss=1">x</a>',
  'javascript:window.__xss=1',
  "{{constructor.constructor('window.__xss=1')()}}",
];

/** Fails if any payload ran or made an element. The widget itself draws no img, iframe or b. */
async function nothingInjected(page, where) {
  const found = await page.evaluate(() => ({
    ran: window.__xss ?? null,
    elements: [...document.querySelectorAll(
      '#hjcp-root script, #hjcp-root img, #hjcp-root iframe, #hjcp-root b, #hjcp-root [onerror], #hjcp-root [onload], #hjcp-root a[href^="javascript:" i]',
    )].map((el) => el.outerHTML.slice(0, 80)),
  }));
  expect(found, where).toEqual({ ran: null, elements: [] });
}

/** The payloads as evidence notes and as answers for competences the framework does not have. */
function hostileAnswers() {
  const answers = record({ rated: 4 }).frameworks[FRAMEWORK];
  FIRST_AREA.forEach((id, i) => { answers.answers[id].note = PAYLOADS[i]; });
  PAYLOADS.forEach((p) => { answers.answers[p] = { rating: { Level: 1 }, note: p, changed_ms: 1 }; });
  answers.target_role = PAYLOADS[0];
  return answers;
}

test('hostile text in a stored record shows as text', async ({ page }) => {
  const rec = record();
  rec.frameworks[FRAMEWORK] = hostileAnswers();
  // An unreadable framework entry under a hostile name: reported by name.
  rec.frameworks[PAYLOADS[3]] = 5;
  await openWith(page, rec);
  await expect(page.getByRole('status').filter({ hasText: PAYLOADS[3] })).toBeVisible();
  await nothingInjected(page, 'start');
  await page.getByRole('button', { name: 'Start now' }).click();
  await page.getByRole('button', { name: 'Check your answers' }).click();
  await expect(h1(page)).toHaveText('Check your answers');
  const shown = await page.locator('#hjcp-main').textContent();
  for (const p of PAYLOADS) expect(shown).toContain(p);
  await nothingInjected(page, 'check answers');
  await page.getByRole('button', { name: 'Continue to your results' }).click();
  await expect(h1(page)).toHaveText(/./);
  await nothingInjected(page, 'results');
  await page.getByRole('button', { name: 'Save, share or print your results' }).click();
  // The print summary (in the page, shown only when printing) carries the notes too.
  for (const p of PAYLOADS.slice(0, 4)) expect(await page.locator('.hjcp-print-summary').textContent()).toContain(p);
  await nothingInjected(page, 'save, share or print');
});

test('hostile text in an answers file shows as text', async ({ page }) => {
  await openWith(page, null);
  await page.getByRole('button', { name: 'Load answers you saved in a file' }).click();
  const file = { kind: 'hjcp-answers', version: 1, framework_version: PAYLOADS[1], answers: hostileAnswers() };
  await page.getByLabel('Choose an answers file').setInputFiles({ name: 'hostile.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
  await page.getByRole('button', { name: 'Load answers' }).click();
  await expect(h1(page)).toHaveText('Check your answers');
  // Answers for competences the framework does not have are listed by their ids, as text.
  for (const p of PAYLOADS) await expect(page.locator('#hjcp-main li code').getByText(p, { exact: true })).toBeVisible();
  await nothingInjected(page, 'check answers after loading a file');

  // A file naming a hostile framework is refused, naming it as text.
  await page.getByRole('button', { name: 'Return to the task list' }).click();
  await page.getByRole('button', { name: 'Save, share or print your answers' }).click();
  const foreign = { ...file, answers: { ...file.answers, framework: PAYLOADS[2] } };
  await page.getByLabel('Choose an answers file').setInputFiles({ name: 'foreign.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(foreign)) });
  await page.getByRole('button', { name: 'Load answers' }).click();
  await expect(page.locator('#answers-file-error')).toContainText(PAYLOADS[2]);
  await nothingInjected(page, 'file error');
});

test('a shared link with hostile text is refused whole, and shows none of it', async ({ page }) => {
  // Links are decoded strictly: an id that is not a plain id refuses the whole link.
  const link = (payload) => `./#hjcp-answers=${Buffer.from(JSON.stringify(payload)).toString('base64url')}`;
  await openWith(page, null);
  const refused = page.getByRole('region', { name: 'The link could not be used' });
  const cases = [
    { v: 1, f: FRAMEWORK, p: 'a', r: { [PAYLOADS[0]]: 1, [FIRST_AREA[0]]: 2 } },
    { v: 1, f: FRAMEWORK, t: PAYLOADS[1] },
    { v: 1, f: FRAMEWORK, c: PAYLOADS[2] },
    { v: 1, f: PAYLOADS[3] },
    { v: 1, f: FRAMEWORK, r: { [FIRST_AREA[0]]: PAYLOADS[5] } },
  ];
  for (const payload of cases) {
    await page.goto(link(payload));
    await expect(refused, JSON.stringify(payload)).toContainText('Nothing was loaded.');
    await expect(page.locator('#hjcp-main')).not.toContainText('__xss');
    await nothingInjected(page, JSON.stringify(payload));
    await refused.getByRole('button', { name: 'Continue without loading' }).click();
  }
  expect(await page.evaluate(() => Object.keys(localStorage))).toEqual([]);
});

test('hostile launch parameters are shown as text, and the widget works', async ({ page }) => {
  const query = new URLSearchParams({ framework: PAYLOADS[0], lang: PAYLOADS[1], persona: PAYLOADS[2], target: PAYLOADS[3], ns: PAYLOADS[4], host: PAYLOADS[6] });
  await page.goto(`./?${query}`);
  await expect(page.locator('.hjcp-lang-switch')).toBeVisible();
  const problems = page.getByRole('status').filter({ hasText: 'could not be used' }).or(page.locator('.hjcp-warning').first());
  for (const p of [PAYLOADS[0], PAYLOADS[1], PAYLOADS[2]]) await expect(problems.first()).toContainText(p);
  await nothingInjected(page, 'launch problems');
  await page.locator('input[name=framework]').first().check();
  await page.getByRole('button', { name: 'Start now' }).click();
  await expect(h1(page)).toHaveText('Which of these describes you?');
});
