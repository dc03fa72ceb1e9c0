// Shared fixture: every test fails if the page logs a console error, throws, reports a CSP
// violation, or makes any request that leaves the widget's origin.
import { test as base, expect } from '@playwright/test';

export const test = base.extend({
  guarded: [async ({ page, baseURL }, use) => {
    // The widget's origin plus the project's own loopback test hosts (sub-path copy, demo host page).
    const allowed = [new URL(baseURL).origin, 'http://127.0.0.1:4174', 'http://127.0.0.1:4175'];
    const problems = [];
    page.on('console', (msg) => { if (msg.type() === 'error') problems.push(`console error: ${msg.text()}`); });
    page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
    page.on('request', (req) => {
      const url = req.url();
      if (!allowed.some((o) => url.startsWith(o + '/')) && !url.startsWith('data:') && !url.startsWith('blob:')) problems.push(`request left the origin: ${url}`);
    });
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`));
    });
    await use(problems);
    expect(problems, 'no console errors, CSP violations or off-origin requests').toEqual([]);
  }, { auto: true }],
});

export { expect };

/**
 * Opens the widget afresh (a new visit) and waits until the live app has replaced the static
 * first screen. Chromium treats going to the address already open as a reload, which keeps the
 * history entry's state, and the widget would rightly return to the screen it was on; a new
 * visit has no such state, so it is dropped first.
 */
export async function openWidget(page, path = './') {
  if (page.url().startsWith('http')) await page.evaluate(() => history.replaceState(null, ''));
  await page.goto(path);
  await expect(page.locator('.hjcp-lang-switch')).toBeVisible();
}
