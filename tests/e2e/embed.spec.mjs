// Embedding: sub-path hosting, launch parameters, the strict CSP, the iframe snippet with
// resizing on a second origin, and two embeds keeping separate answers.
import { test, expect, openWidget } from './fixtures.mjs';

test('works when served from a sub-path, not only the site root', async ({ page }) => {
  await openWidget(page, 'http://127.0.0.1:4175/careers/self-evaluation/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Explore your career in health and justice');
  const favicon = await page.request.get('http://127.0.0.1:4175/careers/self-evaluation/favicon.svg');
  expect(favicon.status()).toBe(200);
});

test('is served with the strict CSP and runs with no inline script or style', async ({ page }) => {
  const response = await page.goto('./');
  const csp = response.headers()['content-security-policy'];
  expect(csp).toContain("script-src 'self' 'wasm-unsafe-eval'");
  expect(csp).toContain("style-src 'self'");
  expect(csp).not.toContain('unsafe-inline');
  expect(csp).not.toContain("'unsafe-eval'");
  await expect(page.locator('.hjcp-lang-switch')).toBeVisible();
  // The fixture fails the test on any securitypolicyviolation event; check there is no inline script left.
  expect(await page.locator('script:not([src])').count()).toBe(0);
  expect(await page.evaluate(() => document.cookie)).toBe('');
});

test('launch parameters preselect the framework and language', async ({ page }) => {
  await openWidget(page, './?framework=nhse-non-custodial&lang=cy');
  await expect(page.locator('html')).toHaveAttribute('lang', 'cy');
  await expect(page.locator('input[value=nhse-non-custodial]')).toBeChecked();
});

test('bad launch parameters are explained and the widget still works', async ({ page }) => {
  await openWidget(page, './?framework=nope&lang=fr&ns=bad%20name&target=x');
  const notice = page.getByRole('status').filter({ hasText: 'Some settings in the address were not used' });
  await expect(notice).toContainText('There is no framework called “nope”');
  await expect(notice).toContainText('“fr” is not a language this tool offers');
  await expect(notice).toContainText('“bad name” cannot be used as a storage name');
  await expect(page.getByRole('button', { name: 'Start now' })).toBeVisible();
});

test('the embed snippet on another origin sizes the iframe and keeps two embeds apart', async ({ page }) => {
  await page.goto('http://127.0.0.1:4174/host.html');
  const first = page.frameLocator('#nhse iframe');
  const second = page.frameLocator('#hmpps iframe');
  await expect(first.getByRole('heading', { level: 1 })).toBeVisible();

  // The host resized the iframe to the widget's content height.
  const iframe = page.locator('#nhse iframe');
  await expect.poll(async () => (await iframe.boundingBox()).height).toBeGreaterThan(700);
  const contentHeight = await first.locator('body').evaluate((b) => b.scrollHeight);
  const frameHeight = (await iframe.boundingBox()).height;
  expect(Math.abs(frameHeight - contentHeight)).toBeLessThan(40);

  // The first embed's choice is stored under its own namespace, and the second one does not see it.
  await first.locator('input[value=nhse-non-custodial]').check();
  await first.getByRole('button', { name: 'Start now' }).click();
  await expect(first.getByRole('heading', { level: 1 })).not.toHaveText('Explore your career in health and justice');
  // Starting writes nothing by itself; the first answer on the next page does.
  await first.locator('.hjcp-radios__input').first().check();
  const keys = () => first.locator('body').evaluate(() => Object.keys(localStorage).sort());
  await expect.poll(keys).toEqual(['hjcp-career-pathways:nhse']);

  // The second embed (lazy-loaded further down the page) starts in Welsh with its own framework.
  await page.locator('#hmpps').scrollIntoViewIfNeeded();
  await expect(second.locator('html')).toHaveAttribute('lang', 'cy');
  await expect(second.locator('input[value=hmpps-career-pathways]')).toBeChecked();
  await second.locator('input[value=hmpps-career-pathways]').check();
  await second.getByRole('button', { name: 'Dechrau nawr' }).click();
  await second.locator('.hjcp-radios__input').first().check();
  await expect.poll(keys).toEqual(['hjcp-career-pathways:hmpps', 'hjcp-career-pathways:nhse']);
  const records = await first.locator('body').evaluate(() => [localStorage.getItem('hjcp-career-pathways:nhse'), localStorage.getItem('hjcp-career-pathways:hmpps')]);
  expect(JSON.parse(records[0]).active).toBe('nhse-non-custodial');
  expect(JSON.parse(records[1]).active).toBe('hmpps-career-pathways');
});
