// The core journey: start, about you, the task list, rate an area, results, reload and resume, clear.
import { test, expect, openWidget } from './fixtures.mjs';
import { aboutYou, areaTasks, chooseFramework, h1, rateArea } from './journey-steps.mjs';

test('a person rates themselves, sees ranked roles, and their answers survive a reload', async ({ page }) => {
  await openWidget(page);
  await expect(h1(page)).toHaveText('Explore your career in health and justice');
  await expect(page.getByText('Your answers stay on this device')).toBeVisible();
  await chooseFramework(page);
  await aboutYou(page);

  await areaTasks(page).first().click();
  await expect(h1(page)).toBeFocused();
  await expect(page.getByText(/Question 1 of \d+/)).toBeVisible();
  // Continue without an answer shows the error summary.
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'There is a problem' })).toBeVisible();
  await page.getByRole('button', { name: 'Return to the task list' }).click();

  // Rate every area with the second step of the scale.
  const areas = await areaTasks(page).count();
  for (let i = 0; i < areas; i++) await rateArea(page, i, 1);
  await expect(page.getByText(`You have completed ${areas} of ${areas} areas.`)).toBeVisible();
  await page.getByRole('button', { name: 'See your results' }).click();
  await expect(page).toHaveTitle(/Your results/);

  // A reload returns to the screen the person was on.
  await page.reload();
  await expect(h1(page)).toHaveText(/Roles that fit you best|Your results/);
  await expect(page).toHaveTitle(/Your results/);
  // A new visit starts at the start screen, with the framework still chosen.
  await openWidget(page);
  await expect(h1(page)).toHaveText('Explore your career in health and justice');
  await expect(page.locator('input[name=framework]').first()).toBeChecked();
  await page.getByRole('button', { name: 'Start now' }).click();
  // Someone who has rated before carries on from the task list.
  await expect(h1(page)).toHaveText('Rate yourself');
  await areaTasks(page).first().click();
  await expect(page.locator('#rating-1')).toBeChecked();
});

test('clear my answers removes everything the widget stored and nothing else', async ({ page }) => {
  await page.goto('./');
  await page.evaluate(() => localStorage.setItem('host-page-key', 'keep me'));
  await openWidget(page);
  await chooseFramework(page);
  await aboutYou(page);
  await areaTasks(page).first().click();
  await page.locator('.hjcp-radios__item').first().locator('label').click();
  await expect(page.getByText('Saved on this device')).toBeVisible();
  expect(await page.evaluate(() => Object.keys(localStorage).sort())).toEqual(['hjcp-career-pathways', 'host-page-key']);

  // Cancel goes back to where the person was.
  await page.getByRole('button', { name: 'Clear all my answers' }).click();
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByText(/Question 1 of/)).toBeVisible();

  await page.getByRole('button', { name: 'Clear all my answers' }).click();
  await page.getByRole('button', { name: 'Yes, clear my answers' }).click();
  await expect(page.getByText('Your answers have been cleared from this device.')).toBeVisible();
  expect(await page.evaluate(() => Object.keys(localStorage))).toEqual(['host-page-key']);
});

test('the language switch shows Welsh and keeps answers', async ({ page }) => {
  await openWidget(page);
  await chooseFramework(page);
  await aboutYou(page);
  await areaTasks(page).first().click();
  await page.locator('.hjcp-radios__item').first().locator('label').click();
  await page.locator('.hjcp-lang-switch').click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'cy');
  await expect(page.getByRole('button', { name: 'Parhau' })).toBeVisible();
  await expect(page.getByText(/Cwestiwn 1 o \d+ yn y maes hwn/)).toBeVisible();
  await expect(page.locator('.hjcp-radios__input').first()).toBeChecked();
});

test('starting without choosing a framework shows an error summary that links to the choice', async ({ page }) => {
  await openWidget(page);
  await page.getByRole('button', { name: 'Start now' }).click();
  const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
  await expect(summary).toBeFocused();
  await summary.getByRole('link', { name: 'Select the framework you want to use' }).click();
  await expect(page.locator('#framework-first')).toBeFocused();
});
