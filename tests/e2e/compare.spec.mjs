// Compare (issue 14): it opens with the person's current role and target chosen, and below
// 640 px the table is laid out as cards, each value labelled with its role's name, with no
// sideways scroll; at 1280 px it is the table.
import { test, expect } from './fixtures.mjs';
import { arrived, control, openWith, record, ROLES, STRINGS } from './screens.mjs';

const en = STRINGS.en;

async function toCompare(page, journey) {
  await openWith(page, record({ journey }));
  await arrived(page, 'en', 'screen_start', { focus: false });
  await control(page, 'en', 'start_button').click();
  await arrived(page, 'en', 'screen_task_list');
  await control(page, 'en', 'task_results').click();
  await arrived(page, 'en', 'screen_results');
  await control(page, 'en', 'results_link_compare').click();
  await arrived(page, 'en', 'screen_compare');
  return page.getByRole('table', { name: en.compare_caption });
}

const roleHeads = (table) => table.locator('thead th.hjcp-compare__role .hjcp-role-link');

test('compare opens with the current role and the target chosen, and only when it is empty', async ({ page }) => {
  const table = await toCompare(page, 'staff');
  await expect(roleHeads(table)).toHaveText([ROLES['team-member'].en, ROLES['line-manager'].en]);
  await expect(control(page, 'en', 'compare_top_three')).toHaveCount(0);

  // Emptied by the person, it stays empty while they are on the screen.
  for (let i = 0; i < 2; i++) await table.getByRole('button', { name: /^Remove / }).first().click();
  await expect(table).toHaveCount(0);
  await expect(control(page, 'en', 'compare_top_three')).toBeVisible();
});

test('an applicant with no target opens compare empty, with the top matches offered', async ({ page }) => {
  const table = await toCompare(page, 'applicant');
  await expect(table).toHaveCount(0);
  await expect(control(page, 'en', 'compare_top_three')).toBeVisible();
});

for (const width of [320, 1280]) {
  test(`compare at ${width}px: ${width < 640 ? 'cards, each value beside its role' : 'the table'}, no sideways scroll`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    const table = await toCompare(page, 'staff');
    await page.getByRole('combobox', { name: en.compare_add_label }).selectOption({ label: ROLES['middle-manager'].en });
    await control(page, 'en', 'compare_add_button').click();
    await expect(roleHeads(table)).toHaveCount(3);
    await page.screenshot({ path: `tests/e2e/output/screenshots/compare-cards-${width}.png`, fullPage: true });
    await page.locator('#hjcp-compare-heading').scrollIntoViewIfNeeded();
    await page.evaluate(() => document.getElementById('hjcp-compare-heading').scrollIntoView());
    await page.screenshot({ path: `tests/e2e/output/screenshots/compare-cards-${width}-view.png` });

    const sideways = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(sideways).toBeLessThanOrEqual(0);
    const region = page.locator('.hjcp-scroll--table');
    expect(await region.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(0);

    const layout = await table.evaluate((t) => getComputedStyle(t).display);
    const names = [ROLES['team-member'].en, ROLES['line-manager'].en, ROLES['middle-manager'].en];
    // Every value cell of each row, in order: the label its role's name shows beside it.
    const labels = await table.locator('tbody tr:not(.hjcp-compare__group)').evaluateAll((rows) =>
      rows.map((row) => [...row.querySelectorAll('td[data-label]')].map((td) => {
        const before = getComputedStyle(td, '::before');
        return { label: td.dataset.label, shown: before.display !== 'none' && before.content !== 'none' ? before.content : null };
      })));
    expect(labels.length).toBeGreaterThan(4);
    for (const row of labels) {
      expect(row.map((c) => c.label)).toEqual([...names, en.compare_your_rating].slice(0, row.length));
    }
    if (width < 640) {
      expect(layout).toBe('block');
      for (const row of labels) for (const cell of row) expect(cell.shown).toBe(JSON.stringify(cell.label));
      // The roles, with their Remove buttons, come first, each visible.
      for (const head of await roleHeads(table).all()) await expect(head).toBeVisible();
      // Each card's cells sit inside the page.
      const overflow = await table.locator('td').evaluateAll((tds) => tds.filter((td) => td.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5).length);
      expect(overflow).toBe(0);
    } else {
      expect(layout).toBe('table');
      for (const row of labels) for (const cell of row) expect(cell.shown).toBeNull();
      await expect(table.locator('thead th.hjcp-compare__yours-head')).toBeVisible();
    }
    // Still a table to assistive technology at both widths.
    await expect(page.getByRole('columnheader', { name: en.compare_your_rating })).toHaveCount(1);
    await expect(table.getByRole('rowheader').first()).toBeVisible();
  });
}
