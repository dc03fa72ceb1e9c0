// The rating journey: about you (applicant and staff), the task list, rating with evidence,
// check answers with its change links, resuming after a reload, validation, progress over time,
// and every journey screen at 320 and 1280 px (axe, no sideways scrolling, screenshots).
import AxeBuilder from '@axe-core/playwright';
import { test, expect, openWidget } from './fixtures.mjs';
import { aboutYou, areaTasks, chooseFramework, h1, rateArea, shot } from './journey-steps.mjs';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const summaryValue = (page, key) =>
  page.locator('.hjcp-summary-list__row').filter({ has: page.locator('dt', { hasText: key }) }).first().locator('dd').first();

test('an applicant answers about themselves, rates an area and checks their answers', async ({ page }) => {
  await openWidget(page);
  await chooseFramework(page);
  await aboutYou(page, { qualification: 'Level 3: A levels', years: '4' });

  // The task list before anything is rated.
  await expect(page.getByText('You have not rated anything yet. Start with the first area.')).toBeVisible();
  await expect(page.getByText('You have completed 0 of')).toBeVisible();
  const firstArea = page.locator('.hjcp-task-list__item').filter({ has: areaTasks(page) }).first();
  await expect(firstArea.locator('.hjcp-task-list__status')).toHaveText('Not started');

  await rateArea(page, 0, 2);
  await expect(firstArea.locator('.hjcp-task-list__status')).toHaveText('Completed');
  await expect(page.getByText('You have completed 1 of')).toBeVisible();
  await expect(page.getByText('You have not rated anything yet.')).toHaveCount(0);

  await page.getByRole('button', { name: 'Check your answers' }).click();
  await expect(h1(page)).toHaveText('Check your answers');
  await expect(summaryValue(page, 'Your situation')).toHaveText("I'm exploring a career in health and justice");
  await expect(page.locator('dt', { hasText: 'Current role' })).toHaveCount(0);
  await expect(summaryValue(page, 'Highest qualification')).toHaveText('Level 3: A levels');
  await expect(summaryValue(page, 'Relevant experience')).toHaveText('4 years');
  await expect(summaryValue(page, 'Role to aim for')).toHaveText("I don't know yet");
  await expect(page.getByText('You have not rated some competences yet.')).toBeVisible();
  // Each Change button names what it changes, for screen reader users.
  await expect(page.getByRole('button', { name: 'Change Highest qualification' })).toBeVisible();
  await page.getByRole('button', { name: 'Continue to your results' }).click();
  await expect(page).toHaveTitle(/Your results/);
});

test('a member of staff picks their current role and a target, grouped by job family', async ({ page }) => {
  await openWidget(page);
  await chooseFramework(page);
  await expect(h1(page)).toHaveText('Which of these describes you?');
  await page.getByLabel('I work in health and justice').check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(h1(page)).toHaveText('What is your current role?');
  // Roles come in one fieldset per job family.
  expect(await page.locator('fieldset fieldset legend').count()).toBeGreaterThan(1);
  const role = (await page.locator('label[for="current-role-first"]').textContent()).trim();
  await page.locator('#current-role-first').check();
  await page.getByRole('button', { name: 'Continue' }).click();

  await expect(h1(page)).toHaveText('Your qualifications and experience');
  await page.getByLabel('Level 6: a bachelor\'s degree').check();
  await page.getByLabel('How many years of relevant experience do you have?').fill('12');
  await page.getByRole('button', { name: 'Continue' }).click();

  await expect(h1(page)).toHaveText('Is there a role you would like to aim for?');
  const target = (await page.locator('input[name="target-role"]').nth(3).locator('xpath=following-sibling::label').textContent()).trim();
  await page.locator('input[name="target-role"]').nth(3).check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(h1(page)).toHaveText('Rate yourself');

  await page.getByRole('button', { name: 'Check your answers' }).click();
  await expect(summaryValue(page, 'Your situation')).toHaveText('I work in health and justice');
  await expect(summaryValue(page, 'Current role')).toHaveText(role);
  await expect(summaryValue(page, 'Highest qualification')).toHaveText("Level 6: a bachelor's degree");
  await expect(summaryValue(page, 'Relevant experience')).toHaveText('12 years');
  await expect(summaryValue(page, 'Role to aim for')).toHaveText(target);
  await expect(page.getByText('You have not rated anything yet.')).toBeVisible();

  // Back links walk the questions in reverse.
  await page.getByRole('button', { name: 'Back' }).click();
  await expect(h1(page)).toHaveText('Rate yourself');
  await page.getByRole('button', { name: 'Your situation, qualifications and experience' }).click();
  await expect(page.getByLabel('I work in health and justice')).toBeChecked();
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.locator('#current-role-first')).toBeChecked();
  await page.getByRole('button', { name: 'Back' }).click();
  await expect(h1(page)).toHaveText('Which of these describes you?');
});

test('change links go to the answer and come back to check your answers', async ({ page }) => {
  await openWidget(page);
  await chooseFramework(page);
  await aboutYou(page, { qualification: 'Level 2: GCSEs at grades 9 to 4 (A* to C)', years: '1' });
  await rateArea(page, 0, 1);
  await page.getByRole('button', { name: 'Check your answers' }).click();
  await expect(summaryValue(page, 'Relevant experience')).toHaveText('1 year');

  // Facts: change, continue, and back here with the new value.
  await page.getByRole('button', { name: 'Change Highest qualification' }).click();
  await expect(h1(page)).toHaveText('Your qualifications and experience');
  await expect(page.getByLabel('Level 2: GCSEs at grades 9 to 4 (A* to C)')).toBeChecked();
  await page.getByLabel('Level 7: a master\'s degree').check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(h1(page)).toHaveText('Check your answers');
  await expect(summaryValue(page, 'Highest qualification')).toHaveText("Level 7: a master's degree");

  // A rating: the change link opens that competence; Continue returns here.
  const firstCompetence = (await page.locator('.hjcp-summary-list').nth(1).locator('dt').first().textContent()).trim();
  await page.locator('.hjcp-summary-list').nth(1).getByRole('button', { name: /^Change/ }).first().click();
  await expect(h1(page)).toHaveText(firstCompetence);
  await expect(page.locator('#rating-1')).toBeChecked();
  await page.locator('#rating-3').check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(h1(page)).toHaveText('Check your answers');
  const label3 = (await page.locator('.hjcp-summary-list').nth(1).locator('dd.hjcp-summary-list__value').first().textContent()).trim();
  expect(label3.length).toBeGreaterThan(0);

  // Back from a change link also returns here, without changing anything.
  await page.getByRole('button', { name: 'Change Role to aim for' }).click();
  await expect(h1(page)).toHaveText('Is there a role you would like to aim for?');
  await page.getByRole('button', { name: 'Back' }).click();
  await expect(h1(page)).toHaveText('Check your answers');

  // Persona: becoming staff asks for the current role before coming back.
  await page.getByRole('button', { name: 'Change Your situation' }).click();
  await page.getByLabel('I work in health and justice').check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(h1(page)).toHaveText('What is your current role?');
  await page.getByLabel('My role is not listed').check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(h1(page)).toHaveText('Check your answers');
  await expect(summaryValue(page, 'Current role')).toHaveText('My role is not listed');
});

test('a person can stop part-way, reload, and carry on where they left off', async ({ page }) => {
  await openWidget(page);
  await chooseFramework(page);
  await aboutYou(page);
  await areaTasks(page).first().click();
  for (const n of [1, 2]) {
    await expect(page.getByText(new RegExp(`Question ${n} of \\d+ in this area`))).toBeVisible();
    await page.locator('#rating-2').check();
    await expect(page.getByText('Saved on this device')).toBeVisible();
    await page.getByRole('button', { name: 'Continue' }).click();
  }
  await expect(page.getByText(/Question 3 of \d+ in this area/)).toBeVisible();

  // A reload returns to the question the person was on, and the back link still goes back.
  await page.reload();
  await expect(page.getByText(/Question 3 of \d+ in this area/)).toBeVisible();
  await page.getByRole('button', { name: 'Back' }).click();
  await expect(page.getByText(/Question 2 of \d+ in this area/)).toBeVisible();
  await expect(page.locator('#rating-2')).toBeChecked();

  // Coming back another time starts at the start screen, which offers to carry on.
  await openWidget(page);
  await expect(page.getByText('You have answers saved on this device for this framework.')).toBeVisible();
  await page.getByRole('button', { name: 'Start now' }).click();
  await expect(h1(page)).toHaveText('Rate yourself');
  const firstArea = page.locator('.hjcp-task-list__item').filter({ has: areaTasks(page) }).first();
  await expect(firstArea.locator('.hjcp-task-list__status')).toHaveText('In progress');
  await expect(firstArea.locator('.hjcp-task-list__hint')).toHaveText(/^2 of \d+ rated$/);
  // The area's link opens the first competence not yet rated.
  await areaTasks(page).first().click();
  await expect(page.getByText(/Question 3 of \d+ in this area/)).toBeVisible();
  // Back goes where the person came from, as the browser's Back would: the task list.
  await page.getByRole('button', { name: 'Back' }).click();
  await expect(h1(page)).toHaveText('Rate yourself');
});

test('each question explains what is wrong, and the error summary links to the field', async ({ page }) => {
  await openWidget(page);
  await chooseFramework(page);
  const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });

  // Persona: nothing chosen.
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(summary).toBeFocused();
  await summary.getByRole('link', { name: 'Select whether you are exploring a career or already work in health and justice' }).click();
  await expect(page.locator('#persona-applicant')).toBeFocused();
  await page.getByLabel('I work in health and justice').check();
  await expect(summary).toHaveCount(0);
  await page.getByRole('button', { name: 'Continue' }).click();

  // Current role: nothing chosen.
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(summary.getByRole('link', { name: 'Select your current role, or select My role is not listed' })).toBeVisible();
  await page.getByLabel('My role is not listed').check();
  await page.getByRole('button', { name: 'Continue' }).click();

  // Facts: two problems at once, then each kind of bad number.
  await expect(h1(page)).toHaveText('Your qualifications and experience');
  const years = page.getByLabel('How many years of relevant experience do you have?');
  await years.fill('about five');
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('link')).toHaveText([
    "Select your highest level of qualification, or select I'd rather not say",
    'Years of experience must be a whole number, like 3',
  ]);
  await summary.getByRole('link', { name: 'Years of experience must be a whole number, like 3' }).click();
  await expect(years).toBeFocused();
  await page.getByLabel("I'd rather not say").check();
  for (const [typed, message] of [['51', 'Years of experience must be 50 or fewer'], ['-2', 'Years of experience must be 0 or more'], ['2.5', 'Years of experience must be a whole number, like 3']]) {
    await years.fill(typed);
    await page.getByRole('button', { name: 'Continue' }).click();
    await expect(summary.getByRole('link')).toHaveText([message]);
    await expect(page.locator('#experience-years-error')).toHaveText(message);
  }
  await years.fill(' 50 ');
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(h1(page)).toHaveText('Is there a role you would like to aim for?');
  // The target is optional: no choice is "I don't know yet".
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(h1(page)).toHaveText('Rate yourself');

  // Rating: no answer, and a note that is too long.
  await areaTasks(page).first().click();
  // The note is one line until opened.
  await page.getByText('Add evidence (optional)', { exact: true }).click();
  const note = page.getByLabel('Evidence (optional)');
  await expect(page.locator('#evidence-count')).toHaveText('You have 1000 characters remaining');
  await note.fill('Ran the wing induction for new colleagues.');
  await expect(page.locator('#evidence-count')).toHaveText('You have 958 characters remaining');
  await note.fill('x'.repeat(1003));
  await expect(page.locator('#evidence-count')).toHaveText('You have 3 characters too many');
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(summary.getByRole('link')).toHaveText([
    'Select the statement that best describes you, or select Not sure',
    'Evidence must be 1000 characters or fewer',
  ]);
  // The count is announced politely once typing pauses.
  await expect(page.locator('[aria-live="polite"]')).toHaveText('You have 3 characters too many');
  await note.fill('x'.repeat(999));
  await expect(page.locator('#evidence-count')).toHaveText('You have 1 character remaining');
  await note.fill('Ran the wing induction for new colleagues.');
  await page.getByLabel('Not sure').check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByText(/Question 2 of \d+ in this area/)).toBeVisible();

  // The note was saved and shows on check answers.
  await page.getByRole('button', { name: 'Return to the task list' }).click();
  await page.getByRole('button', { name: 'Check your answers' }).click();
  await expect(page.getByText('Evidence: Ran the wing induction for new colleagues.')).toBeVisible();
  await expect(page.locator('.hjcp-summary-list').nth(1).locator('dd.hjcp-summary-list__value').first()).toContainText('Not sure');
});

test('a snapshot of today\'s ratings, then what changed since, in words', async ({ page }) => {
  await openWidget(page);
  await chooseFramework(page);
  await aboutYou(page);
  await page.getByRole('button', { name: 'See your progress over time' }).click();
  await expect(h1(page)).toHaveText('Your progress over time');
  await expect(page.getByText('You have not saved a snapshot yet.')).toBeVisible();
  // Nothing rated yet: a snapshot would be empty.
  await page.getByRole('button', { name: "Save a snapshot of today's ratings" }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Rate at least one competence before you save a snapshot' })).toBeVisible();
  await page.getByRole('button', { name: 'Back' }).click();

  await rateArea(page, 0, 1);
  await page.getByRole('button', { name: 'See your progress over time' }).click();
  await page.getByRole('button', { name: "Save a snapshot of today's ratings" }).click();
  await expect(page.getByRole('status').filter({ hasText: /Snapshot added: your ratings on \d{1,2} [A-Z][a-z]+ \d{4} at \d{1,2}:\d{2}(am|pm)\./ })).toBeVisible();
  await expect(page.getByText('Your ratings are the same as in your last snapshot.')).toBeVisible();
  await expect(page.locator('.hjcp-bullets li')).toHaveCount(1);
  await expect(page.locator('.hjcp-bullets li').first()).toHaveText(/: \d+ rated$/);

  // Raise one rating, lower another, and rate something new.
  await page.getByRole('button', { name: 'Back' }).click();
  await areaTasks(page).first().click();
  const raised = (await h1(page).textContent()).trim();
  await page.locator('#rating-3').check();
  await page.getByRole('button', { name: 'Continue' }).click();
  const lowered = (await h1(page).textContent()).trim();
  await page.locator('#rating-0').check();
  await page.getByRole('button', { name: 'Return to the task list' }).click();
  await areaTasks(page).nth(1).click();
  const added = (await h1(page).textContent()).trim();
  await page.getByLabel('Not sure').check();
  await page.getByRole('button', { name: 'Return to the task list' }).click();

  await page.getByRole('button', { name: 'See your progress over time' }).click();
  await expect(page.getByRole('heading', { name: 'What has changed since your last snapshot' })).toBeVisible();
  const item = (title) => page.locator('.hjcp-change-list__item').filter({ has: page.locator('.hjcp-change-list__title', { hasText: title }) });
  await expect(page.locator('.hjcp-change-list__item')).toHaveCount(3);
  await expect(item(raised).locator('.hjcp-change')).toHaveText('Up');
  await expect(item(lowered).locator('.hjcp-change')).toHaveText('Down');
  await expect(item(added).locator('.hjcp-change')).toHaveText('New');
  await expect(item(added).locator('.hjcp-change-list__then')).toHaveText('Then: not rated');
  await expect(item(added).locator('.hjcp-change-list__now')).toHaveText('Now: Not sure');
  await shot(page, 'progress-changes');
});

for (const width of [320, 1280]) {
  test(`every journey screen passes axe and reflows at ${width}px`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.setViewportSize({ width, height: 900 });
    const check = async (name) => {
      await expect(h1(page)).toBeVisible();
      const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
      expect(violations, `${name}: axe`).toEqual([]);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
      expect(overflow, `${name}: no horizontal scrolling`).toBe(false);
      await shot(page, name);
    };
    await openWidget(page);
    await check('start');
    await chooseFramework(page);
    await check('persona');
    await page.getByRole('button', { name: 'Continue' }).click();
    await check('persona-error');
    await page.getByLabel('I work in health and justice').check();
    await page.getByRole('button', { name: 'Continue' }).click();
    await check('current-role');
    await page.locator('#current-role-first').check();
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByLabel('How many years of relevant experience do you have?').fill('lots');
    await page.getByRole('button', { name: 'Continue' }).click();
    await check('facts-errors');
    await page.getByLabel('Level 4: a Certificate of Higher Education').check();
    await page.getByLabel('How many years of relevant experience do you have?').fill('3');
    await page.getByRole('button', { name: 'Continue' }).click();
    await check('target');
    await page.getByRole('button', { name: 'Continue' }).click();
    await check('task-list-empty');
    await areaTasks(page).first().click();
    await page.getByText('Add evidence (optional)', { exact: true }).click();
    await page.getByLabel('Evidence (optional)').fill('Led the weekly safety briefing.');
    await check('rate');
    await page.locator('#rating-2').check();
    await page.getByRole('button', { name: 'Return to the task list' }).click();
    await check('task-list-in-progress');
    await page.getByRole('button', { name: 'Check your answers' }).click();
    await check('check-answers');
    await page.getByRole('button', { name: 'Return to the task list' }).click();
    await page.getByRole('button', { name: 'See your progress over time' }).click();
    await check('progress-empty');
    await page.getByRole('button', { name: "Save a snapshot of today's ratings" }).click();
    await check('progress-saved');
    await page.getByRole('button', { name: 'Back' }).click();
    await page.getByRole('button', { name: 'Save, share or print your answers' }).click();
    await check('take-away');
    await page.getByRole('button', { name: 'Create a link' }).click();
    await check('take-away-link');
    await page.getByRole('button', { name: 'Clear all my answers' }).click();
    await check('clear');
    await page.locator('.hjcp-lang-switch').click();
    await page.getByRole('button', { name: 'Canslo' }).click();
    await check('take-away-cy');
  });
}
