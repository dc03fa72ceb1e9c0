// Small ways back (issue 14): "Change framework" on the task list and results, a Change link on
// check answers returning to its own row, and choosing a target from the path or the results
// returning there; the browser's Back agreeing with each.
import { test, expect } from './fixtures.mjs';
import { arrived, control, h1, openWith, record, storedRecord, FRAMEWORK, ROLES, STRINGS } from './screens.mjs';

const en = STRINGS.en;
const at = (page, screenKey) => arrived(page, 'en', screenKey);
const click = (page, key) => control(page, 'en', key).click();

/** A returning visitor with answers, carried on to the task list. */
async function taskList(page, journey = 'applicant') {
  await openWith(page, record({ journey }));
  await arrived(page, 'en', 'screen_start', { focus: false });
  await click(page, 'start_button');
  await at(page, 'screen_task_list');
}

test('"Change framework" on the task list goes to the start screen, and the answers of each framework are kept', async ({ page }) => {
  await taskList(page);
  const link = control(page, 'en', 'change_framework');
  await expect(link).toHaveAccessibleDescription(en.change_framework_hint);
  await link.click();
  await at(page, 'screen_start');
  await expect(page.locator(`input[name=framework][value="${FRAMEWORK}"]`)).toBeChecked();

  // Back returns to the task list, Forward to the start screen again.
  await page.goBack();
  await at(page, 'screen_task_list');
  await page.goForward();
  await at(page, 'screen_start');

  // Another framework starts afresh; the first one's answers are still there to come back to.
  const before = (await storedRecord(page)).frameworks[FRAMEWORK].answers;
  await page.locator(`input[name=framework]:not([value="${FRAMEWORK}"])`).first().check();
  await click(page, 'start_button');
  await at(page, 'screen_persona');
  await page.goBack();
  await at(page, 'screen_start');
  await page.locator(`input[name=framework][value="${FRAMEWORK}"]`).check();
  await click(page, 'start_button');
  await at(page, 'screen_task_list');
  expect((await storedRecord(page)).frameworks[FRAMEWORK].answers).toEqual(before);
});

test('"Change framework" on the results goes to the start screen, and Back returns to the results', async ({ page }) => {
  await taskList(page);
  await click(page, 'task_results');
  await at(page, 'screen_results');
  await click(page, 'change_framework');
  await at(page, 'screen_start');
  await page.goBack();
  await at(page, 'screen_results');
});

test('a Change link on check answers returns to its own row, in view and focused', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await taskList(page);
  await click(page, 'task_check');
  await at(page, 'screen_check_answers');

  // A question far down the page: answered again, the person is back on its row.
  const row = page.locator('#hjcp-change-c-be-curious');
  await row.click();
  await at(page, 'screen_rate');
  await page.locator('#rating-2').check();
  await click(page, 'continue_button');
  await expect(page).toHaveTitle(new RegExp(en.screen_check_answers));
  await expect(row).toBeFocused();
  await expect(row).toBeInViewport();

  // The browser's Back goes to the question, Forward returns to check answers.
  await page.goBack();
  await at(page, 'screen_rate');
  await expect(page.locator('#rating-2')).toBeChecked();
  await page.goForward();
  await at(page, 'screen_check_answers');

  // Two rows change the same screen (facts): each returns to its own.
  const experience = page.locator('#hjcp-change-experience');
  await experience.click();
  await at(page, 'screen_facts');
  await page.locator('#experience-years').fill('4');
  await click(page, 'continue_button');
  await expect(experience).toBeFocused();
  await expect(page.locator('.hjcp-summary-list__row', { has: experience })).toContainText('4');

  // A change that asks a further question (now working in health and justice, so which
  // role?) still returns to the row it started from.
  const persona = page.locator('#hjcp-change-persona');
  await persona.click();
  await at(page, 'screen_persona');
  await page.getByLabel(en.persona_staff, { exact: true }).check();
  await click(page, 'continue_button');
  await at(page, 'screen_current_role');
  await page.getByLabel(ROLES['team-member'].en, { exact: true }).check();
  await click(page, 'continue_button');
  await expect(persona).toBeFocused();
  await expect(page.locator('#hjcp-change-current-role')).toBeVisible();

  // A reload on the question keeps the way back to the row (it is kept in the history entry).
  await page.locator('#hjcp-change-target').click();
  await at(page, 'screen_target');
  await page.reload();
  await expect(page).toHaveTitle(new RegExp(en.screen_target));
  await click(page, 'continue_button');
  await expect(page.locator('#hjcp-change-target')).toBeFocused();
});

test('choosing a target from the path returns to the path, and from the results to the results', async ({ page }) => {
  await taskList(page);
  await click(page, 'task_results');
  await at(page, 'screen_results');

  // Results → target → results.
  await click(page, 'results_choose_target');
  await at(page, 'screen_target');
  await page.getByLabel(ROLES['line-manager'].en, { exact: true }).check();
  await click(page, 'continue_button');
  await at(page, 'screen_results');
  await expect(page.locator('#hjcp-target-heading')).toContainText(ROLES['line-manager'].en);
  await page.goBack();
  await at(page, 'screen_target');
  await page.goBack();
  await at(page, 'screen_results');

  // Path with no target → target → path.
  await page.goForward();
  await at(page, 'screen_target');
  await page.getByLabel(en.target_dont_know, { exact: true }).check();
  await click(page, 'continue_button');
  await at(page, 'screen_results');
  await click(page, 'results_link_path');
  await at(page, 'screen_path');
  await click(page, 'results_choose_target');
  await at(page, 'screen_target');
  await page.getByLabel(ROLES['line-manager'].en, { exact: true }).check();
  await click(page, 'continue_button');
  await at(page, 'screen_path');
  await expect(h1(page)).toContainText(ROLES['line-manager'].en);
  await page.goBack();
  await at(page, 'screen_target');
  await page.getByRole('button', { name: en.back, exact: true }).click();
  await at(page, 'screen_path');
});
