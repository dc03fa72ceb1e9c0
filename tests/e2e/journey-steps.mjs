// Steps shared by the journey specs: getting from the start screen to the task list, and
// rating an area. Not a spec itself (Playwright runs only *.spec.mjs).
import { expect } from './fixtures.mjs';

export const h1 = (page) => page.getByRole('heading', { level: 1 });

/** Chooses a framework (by position) on the start screen and starts. */
export async function chooseFramework(page, index = 0) {
  await page.locator('input[name=framework]').nth(index).check();
  await page.getByRole('button', { name: 'Start now' }).click();
}

/**
 * Answers the "about you" questions: persona, current role (staff), facts and target.
 * `role` and `target` are role titles; `qualification` a radio label; `years` the text typed.
 */
export async function aboutYou(page, { staff = false, role, qualification = "I'd rather not say", years = '', target } = {}) {
  await expect(h1(page)).toHaveText('Which of these describes you?');
  await expect(h1(page)).toBeFocused();
  await page.getByLabel(staff ? 'I work in health and justice' : "I'm exploring a career in health and justice").check();
  await page.getByRole('button', { name: 'Continue' }).click();
  if (staff) {
    await expect(h1(page)).toHaveText('What is your current role?');
    if (role) await page.getByLabel(role, { exact: true }).check();
    else await page.locator('#current-role-first').check();
    await page.getByRole('button', { name: 'Continue' }).click();
  }
  await expect(h1(page)).toHaveText('Your qualifications and experience');
  await page.getByLabel(qualification, { exact: true }).check();
  await page.getByLabel('How many years of relevant experience do you have?').fill(years);
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(h1(page)).toHaveText('Is there a role you would like to aim for?');
  if (target) await page.getByLabel(target, { exact: true }).check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(h1(page)).toHaveText('Rate yourself');
}

/** The area tasks on the task list (buttons), in order. */
export const areaTasks = (page) => page.locator('.hjcp-task-list__link[aria-describedby^="area-"]');

/**
 * From the task list, opens area `index` and rates every question in it with scale step
 * `step` (0 = lowest), then returns to the task list. Returns how many questions it had.
 */
export async function rateArea(page, index = 0, step = 1) {
  await areaTasks(page).nth(index).click();
  for (let i = 0; i < 50; i++) {
    const caption = page.getByText(/Question \d+ of \d+ in this area/);
    const [, n, total] = (await caption.textContent()).match(/Question (\d+) of (\d+)/).map(Number);
    await page.locator(`#rating-${step}`).check();
    await expect(page.getByText('Saved on this device')).toBeVisible();
    await page.getByRole('button', { name: 'Continue' }).click();
    if (n === total) {
      // After an area's last question the next unfinished area follows; the task list is a
      // link away (and comes straight back once every area is done).
      await expect(page.getByText(/^Question 1 of \d+ in this area|^Rate yourself$/).first()).toBeVisible();
      if ((await h1(page).textContent()) !== 'Rate yourself') {
        await page.getByRole('button', { name: 'Return to the task list' }).click();
      }
      await expect(h1(page)).toHaveText('Rate yourself');
      return total;
    }
    await expect(page.getByText(`Question ${n + 1} of ${total} in this area`)).toBeVisible();
  }
  throw new Error('the area never ended');
}

/** Saves a full-page screenshot of the current screen at the current width. */
export async function shot(page, name) {
  const width = page.viewportSize().width;
  await page.screenshot({ path: `tests/e2e/output/screenshots/${name}-${width}.png`, fullPage: true });
}
