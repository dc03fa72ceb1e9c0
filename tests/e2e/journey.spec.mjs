// The thin journey: start, rate every competence, see ranked roles, reload and resume, clear.
import { test, expect, openWidget } from './fixtures.mjs';

test('a person rates themselves, sees ranked roles, and their answers survive a reload', async ({ page }) => {
  await openWidget(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Explore your career in health and justice');
  await expect(page.getByText('Your answers stay on this device')).toBeVisible();
  await page.locator('input[name=framework]').first().check();
  await page.getByRole('button', { name: 'Start now' }).click();

  const first = page.getByRole('heading', { level: 1 });
  await expect(first).toBeFocused();
  await expect(page.getByText(/Question 1 of \d+/)).toBeVisible();

  // Continue without an answer shows the error summary.
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'There is a problem' })).toBeVisible();

  // Rate every competence with the second step of the scale.
  for (let i = 0; i < 100; i++) {
    if (!(await page.getByText(/Question \d+ of \d+/).isVisible())) break;
    await page.locator('.hjcp-radios__item').nth(1).locator('label').click();
    await expect(page.getByText('Saved on this device')).toBeVisible();
    await page.getByRole('button', { name: 'Continue' }).click();
  }
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Roles that fit you best');
  await expect(page.locator('.hjcp-role-card').first()).toBeVisible();
  await expect(page).toHaveTitle(/Your results/);

  await page.reload();
  await expect(page.locator('.hjcp-lang-switch')).toBeVisible();
  await expect(page.locator('input[name=framework]').first()).toBeChecked();
  await page.getByRole('button', { name: 'Start now' }).click();
  await expect(page.locator('.hjcp-radios__input').nth(1)).toBeChecked();
});

test('clear my answers removes everything the widget stored and nothing else', async ({ page }) => {
  await page.goto('./');
  await page.evaluate(() => localStorage.setItem('host-page-key', 'keep me'));
  await openWidget(page);
  await page.locator('input[name=framework]').first().check();
  await page.getByRole('button', { name: 'Start now' }).click();
  await page.locator('.hjcp-radios__item').first().locator('label').click();
  await expect(page.getByText('Saved on this device')).toBeVisible();
  expect(await page.evaluate(() => Object.keys(localStorage).sort())).toEqual(['hjcp-career-pathways', 'host-page-key']);

  await page.getByRole('button', { name: 'Clear all my answers' }).click();
  await page.getByRole('button', { name: 'Yes, clear my answers' }).click();
  await expect(page.getByText('Your answers have been cleared from this device.')).toBeVisible();
  expect(await page.evaluate(() => Object.keys(localStorage))).toEqual(['host-page-key']);
});

test('the language switch shows Welsh and keeps answers', async ({ page }) => {
  await openWidget(page);
  await page.locator('input[name=framework]').first().check();
  await page.getByRole('button', { name: 'Start now' }).click();
  await page.locator('.hjcp-radios__item').first().locator('label').click();
  await page.locator('.hjcp-lang-switch').click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'cy');
  await expect(page.getByRole('button', { name: 'Parhau' })).toBeVisible();
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
