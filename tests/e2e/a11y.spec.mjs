// axe-core (WCAG 2.0/2.1/2.2 A and AA rules) on the start and rating screens, both widths.
import AxeBuilder from '@axe-core/playwright';
import { test, expect, openWidget } from './fixtures.mjs';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

for (const width of [320, 1280]) {
  test(`start and rating screens have no axe violations at ${width}px`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await openWidget(page);
    expect((await new AxeBuilder({ page }).withTags(TAGS).analyze()).violations).toEqual([]);
    await page.locator('input[name=framework]').first().check();
    await page.getByRole('button', { name: 'Start now' }).click();
    await expect(page.getByText(/Question 1 of/)).toBeVisible();
    expect((await new AxeBuilder({ page }).withTags(TAGS).analyze()).violations).toEqual([]);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
    expect(overflow, 'no horizontal scrolling').toBe(false);
  });
}
