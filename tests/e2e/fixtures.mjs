// Shared fixture: every test fails if the page logs a console error, throws, reports a CSP
// violation, or makes any request that leaves the widget's origin.
import { test as base, expect } from '@playwright/test';

export const test = base.extend({
  guarded: [async ({ page, baseURL }, use) => {
    const origin = new URL(baseURL).origin;
    const problems = [];
    page.on('console', (msg) => { if (msg.type() === 'error') problems.push(`console error: ${msg.text()}`); });
    page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
    page.on('request', (req) => {
      const url = req.url();
      if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) problems.push(`request left the origin: ${url}`);
    });
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`));
    });
    await use(problems);
    expect(problems, 'no console errors, CSP violations or off-origin requests').toEqual([]);
  }, { auto: true }],
});

export { expect };

/** Opens the widget and waits until the live app has replaced the static first screen. */
export async function openWidget(page, path = './') {
  await page.goto(path);
  await expect(page.locator('.hjcp-lang-switch')).toBeVisible();
}
