// Save, share or print: download the answers file and load it back (and bad files), a link
// that carries the answers in its fragment and is only loaded when the person says so, printing.
import fs from 'node:fs';
import { test, expect, openWidget } from './fixtures.mjs';
import { aboutYou, areaTasks, chooseFramework, h1, rateArea, shot } from './journey-steps.mjs';

/** Rates the first area, with an evidence note on the first question, and takes a snapshot. */
async function answerSomething(page) {
  await openWidget(page);
  await chooseFramework(page);
  await aboutYou(page, { qualification: 'Level 5: a foundation degree', years: '7' });
  await areaTasks(page).first().click();
  await page.getByText('Add evidence (optional)', { exact: true }).click();
  await page.getByLabel('Evidence (optional)').fill('Mentored two new starters.');
  await page.getByRole('button', { name: 'Return to the task list' }).click();
  await rateArea(page, 0, 3);
  await page.getByRole('button', { name: 'See your progress over time' }).click();
  await page.getByRole('button', { name: "Save a snapshot of today's ratings" }).click();
  await page.getByRole('button', { name: 'Back' }).click();
}

async function clearAll(page) {
  await page.getByRole('button', { name: 'Clear all my answers' }).click();
  await page.getByRole('button', { name: 'Yes, clear my answers' }).click();
  await expect(page.getByText('Your answers have been cleared from this device.')).toBeVisible();
}

/** Chooses a file for the load form from text (or bytes) and submits it. */
async function loadFile(page, name, contents) {
  await page.getByLabel('Choose an answers file').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(contents) });
  await page.getByRole('button', { name: 'Load answers' }).click();
}

/** Fails the test on console errors in a page the fixture does not watch. */
function guard(page, problems) {
  page.on('console', (msg) => { if (msg.type() === 'error') problems.push(msg.text()); });
  page.on('pageerror', (err) => problems.push(err.message));
}

test('download the answers file, clear everything, then load it back', async ({ page }) => {
  await answerSomething(page);
  await page.getByRole('button', { name: 'Save, share or print your answers' }).click();
  await expect(h1(page)).toHaveText('Save, share or print your answers');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download my answers' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^career-pathways-answers-[a-z0-9.-]+-\d{4}-\d{2}-\d{2}\.json$/);
  await expect(page.getByText(`Look for ${download.suggestedFilename()} in your downloads.`)).toBeVisible();
  const path = test.info().outputPath('answers.json');
  await download.saveAs(path);
  const file = JSON.parse(fs.readFileSync(path, 'utf8'));
  expect(file.kind).toBe('hjcp-answers');
  expect(Object.values(file.answers.answers).some((a) => a.note === 'Mentored two new starters.')).toBe(true);
  expect(file.answers.snapshots).toHaveLength(1);

  await clearAll(page);
  // On a fresh start the file can be loaded from the start screen.
  await page.getByRole('button', { name: 'Load answers you saved in a file' }).click();
  await expect(page.getByText('You need to choose a framework first.')).toBeVisible();
  await page.getByLabel('Choose an answers file').setInputFiles(path);
  await page.getByRole('button', { name: 'Load answers' }).click();
  await expect(h1(page)).toHaveText('Check your answers');
  await expect(page.getByRole('status').filter({ hasText: /^Your answers for .+ have been loaded\.$/ })).toBeVisible();
  await expect(page.getByText('Evidence: Mentored two new starters.')).toBeVisible();
  await expect(page.locator('.hjcp-summary-list__row').filter({ hasText: 'Relevant experience' }).locator('dd').first()).toHaveText('7 years');
  await expect(page.getByText('Saved on this device')).toBeVisible();
  // Snapshots came back too.
  await page.getByRole('button', { name: 'Return to the task list' }).click();
  await page.getByRole('button', { name: 'See your progress over time' }).click();
  await expect(page.getByText('Your ratings are the same as in your last snapshot.')).toBeVisible();
});

test('loading a file over answers already on this device asks first', async ({ page }) => {
  await answerSomething(page);
  await page.getByRole('button', { name: 'Save, share or print your answers' }).click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download my answers' }).click()]);
  const text = fs.readFileSync(await download.path(), 'utf8');
  const file = JSON.parse(text);
  file.answers.facts.experience_years = 20;
  await loadFile(page, 'changed.json', JSON.stringify(file));
  const confirm = page.getByRole('region', { name: 'Replace your answers?' });
  await expect(confirm).toBeVisible();
  await expect(confirm).toContainText('You already have answers for');
  await shot(page, 'take-away-confirm');
  await confirm.getByRole('button', { name: 'Cancel' }).click();
  await expect(confirm).toHaveCount(0);

  await loadFile(page, 'changed.json', JSON.stringify(file));
  await page.getByRole('button', { name: 'Yes, replace my answers' }).click();
  await expect(h1(page)).toHaveText('Check your answers');
  await expect(page.locator('.hjcp-summary-list__row').filter({ hasText: 'Relevant experience' }).locator('dd').first()).toHaveText('20 years');
});

test('a bad file is refused with a plain message, and answers for removed competences are reported', async ({ page }) => {
  await answerSomething(page);
  await page.getByRole('button', { name: 'Save, share or print your answers' }).click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download my answers' }).click()]);
  const good = JSON.parse(fs.readFileSync(await download.path(), 'utf8'));
  const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });

  await page.getByRole('button', { name: 'Load answers' }).click();
  await expect(summary.getByRole('link')).toHaveText(['Select an answers file']);
  await summary.getByRole('link').click();
  await expect(page.getByLabel('Choose an answers file')).toBeFocused();

  const cases = [
    ['notes.json', 'Dear diary', 'The selected file could not be read. Choose an answers file downloaded from this tool'],
    ['settings.json', '{"theme":"dark"}', 'The selected file is not an answers file from this tool'],
    ['future.json', '{"kind":"hjcp-answers","version":99,"answers":{}}', 'The selected file was made by a newer version of this tool. Use the latest version to load it'],
    ['broken.json', '{"kind":"hjcp-answers","version":1,"answers":7}', 'The selected file is damaged. Download your answers again, or choose another file'],
    ['other.json', JSON.stringify({ ...good, answers: { ...good.answers, framework: 'no-such-framework' } }), 'The selected file is for a framework this tool does not have (no-such-framework)'],
    ['huge.json', 'x'.repeat(512 * 1024 + 1), 'The selected file must be smaller than 512 KB'],
  ];
  for (const [name, contents, message] of cases) {
    await loadFile(page, name, contents);
    await expect(summary.getByRole('link'), name).toHaveText([message]);
    await expect(summary).toBeFocused();
    await expect(page.locator('#answers-file-error')).toHaveText(message);
  }
  await shot(page, 'take-away-file-error');

  // A file with an answer for a competence the framework no longer has: kept, and listed.
  await clearAll(page);
  const withOrphan = structuredClone(good);
  withOrphan.answers.answers['retired-competence'] = { rating: { Level: 2 }, note: '', changed_ms: 1 };
  await page.getByRole('button', { name: 'Load answers you saved in a file' }).click();
  await loadFile(page, 'orphan.json', JSON.stringify(withOrphan));
  await expect(h1(page)).toHaveText('Check your answers');
  const notice = page.getByRole('status').filter({ hasText: 'no longer in this framework' });
  await expect(notice).toBeVisible();
  await expect(notice.locator('li')).toHaveText(['retired-competence']);
  // Still listed on a later visit, and kept in the answers file.
  await page.getByRole('button', { name: 'Return to the task list' }).click();
  await page.getByRole('button', { name: 'Check your answers' }).click();
  await expect(page.locator('.hjcp-inset').filter({ hasText: 'no longer in this framework' }).locator('li')).toHaveText(['retired-competence']);
  await page.getByRole('button', { name: 'Return to the task list' }).click();
  await page.getByRole('button', { name: 'Save, share or print your answers' }).click();
  const [again] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download my answers' }).click()]);
  expect(JSON.parse(fs.readFileSync(await again.path(), 'utf8')).answers.answers['retired-competence'].rating).toEqual({ Level: 2 });
});

test('a link carries the answers in its fragment and is loaded only when the person says so', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await answerSomething(page);
  await page.getByRole('button', { name: 'Save, share or print your answers' }).click();
  await expect(page.getByText('Anyone who has the link can see your answers.')).toBeVisible();
  await page.getByRole('button', { name: 'Create a link' }).click();
  const input = page.getByRole('textbox', { name: 'Link to your answers' });
  await expect(input).toBeFocused();
  const link = await input.inputValue();
  const url = new URL(link);
  expect(url.search).toBe('');
  expect(url.hash).toMatch(/^#hjcp-answers=[A-Za-z0-9_-]+$/);
  expect(link.length).toBeLessThan(2500);
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByRole('status').filter({ hasText: /The link (has been copied|could not be copied)/ })).toBeVisible();
  if (await page.getByText('The link has been copied.').isVisible()) {
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);
  }

  // On this device the answers are already here: the offer says loading would replace them.
  const problems = [];
  const same = await context.newPage();
  guard(same, problems);
  await same.goto(link);
  await expect(same.getByRole('region', { name: 'Load the answers from this link?' })).toBeVisible();
  await expect(same.getByText('Loading the link will replace all of them')).toBeVisible();
  // The fragment is gone from the address at once.
  expect(new URL(same.url()).hash).toBe('');
  await same.getByRole('button', { name: 'Do not load them' }).click();
  await expect(same.getByRole('region', { name: 'Load the answers from this link?' })).toHaveCount(0);
  await same.close();

  // After clearing (as on a new device) the link is offered, and loads on confirmation.
  await clearAll(page);
  await page.goto(link);
  await expect(page.locator('.hjcp-lang-switch')).toBeVisible();
  const offer = page.getByRole('region', { name: 'Load the answers from this link?' });
  await expect(offer).toBeVisible();
  await expect(offer).toContainText('The link you opened contains answers for:');
  await shot(page, 'link-offer');
  expect(await page.evaluate(() => Object.keys(localStorage))).toEqual([]);
  await offer.getByRole('button', { name: 'Load the answers' }).click();
  await expect(h1(page)).toHaveText('Check your answers');
  await expect(page.getByRole('status').filter({ hasText: /have been loaded from the link/ })).toBeVisible();
  await expect(page.locator('.hjcp-summary-list__row').filter({ hasText: 'Relevant experience' }).locator('dd').first()).toHaveText('7 years');
  // Evidence notes are not in links.
  await expect(page.getByText('Mentored two new starters.')).toHaveCount(0);
  expect(await page.evaluate(() => Object.keys(localStorage))).toEqual(['hjcp-career-pathways']);
  expect(problems).toEqual([]);
});

test('a damaged link is explained and nothing is loaded', async ({ page }) => {
  await page.goto('./#hjcp-answers=eyJ2IjoxLCJmIjoiaG1wcHMtY2FyZWVyLXBhdGh3YXlz');
  await expect(page.locator('.hjcp-lang-switch')).toBeVisible();
  const problem = page.getByRole('region', { name: 'The link could not be used' });
  await expect(problem).toContainText('The link is damaged or incomplete.');
  await problem.getByRole('button', { name: 'Continue without loading' }).click();
  await expect(problem).toHaveCount(0);
  await expect(h1(page)).toHaveText('Explore your career in health and justice');
  // A link pasted into an open page (only the fragment changes) is offered too.
  const payload = Buffer.from(JSON.stringify({ v: 1, f: 'no-such-framework' })).toString('base64url');
  await page.evaluate((p) => { location.hash = `hjcp-answers=${p}`; }, payload);
  await expect(page.getByRole('region', { name: 'The link could not be used' })).toContainText('(no-such-framework)');
  expect(await page.evaluate(() => location.hash)).toBe('');
});

test('print shows a summary of the answers and hides the controls', async ({ page }) => {
  await page.addInitScript(() => { window.print = () => { window.__printed = (window.__printed || 0) + 1; }; });
  await answerSomething(page);
  await page.getByRole('button', { name: 'Save, share or print your answers' }).click();
  await page.getByRole('button', { name: 'Print my answers' }).click();
  expect(await page.evaluate(() => window.__printed)).toBe(1);
  await expect(page.locator('.hjcp-print-summary')).toBeHidden();
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.hjcp-print-summary')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Download my answers' })).toBeHidden();
  await expect(page.locator('.hjcp-print-summary').getByRole('button')).toHaveCount(0);
  await expect(page.locator('.hjcp-print-summary')).toContainText('Mentored two new starters.');
  await shot(page, 'take-away-print');
});

test('the save and share screen with nothing to save yet', async ({ page }) => {
  await openWidget(page);
  await chooseFramework(page);
  await aboutYou(page);
  await page.getByRole('button', { name: 'Save, share or print your answers' }).click();
  await expect(page.getByText('You have no answers for this framework yet.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Download my answers' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Load answers' })).toBeVisible();
  await page.getByRole('button', { name: 'Back' }).click();
  await expect(h1(page)).toHaveText('Rate yourself');
});
