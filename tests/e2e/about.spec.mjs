// The about page and the accessibility statement, opened from the footer of any screen: their
// headings, every framework's sources (read from frameworks/*.toml), and Back returning to the
// screen the person left. (Axe, HTML validity and screenshots: `extraStates` in screens.mjs.)
import { readFileSync, readdirSync } from 'node:fs';
import { test, expect } from './fixtures.mjs';
import { arrived, control, fill, h1, openWith, record, STRINGS } from './screens.mjs';

/** Each framework's id and its sources' titles, from the `[[sources]]` tables of its file. */
function frameworks() {
  const dir = new URL('../../frameworks/', import.meta.url);
  return readdirSync(dir).filter((f) => f.endsWith('.toml')).map((file) => {
    const text = readFileSync(new URL(file, dir), 'utf8');
    const id = text.match(/^\[framework\][^[]*?^id = "([^"]+)"/m)[1];
    const sources = [...text.matchAll(/^\[\[sources\]\]\n(?:[a-z_]+ = .*\n)*/gm)]
      .map((m) => JSON.parse(m[0].match(/^title = (".*")$/m)[1]));
    return { id, sources };
  });
}

for (const lang of ['en', 'cy']) {
  test(`about and accessibility from the footer, ${lang}: headings, every framework's sources, and Back to where the person was`, async ({ page }) => {
    const t = STRINGS[lang];
    await openWith(page, record({ journey: 'applicant', lang }));
    await control(page, lang, 'start_button').click();
    await arrived(page, lang, 'screen_task_list');
    await control(page, lang, 'task_results').click();
    await arrived(page, lang, 'screen_results');

    await control(page, lang, 'footer_about').click();
    await arrived(page, lang, 'screen_about');
    await expect(h1(page)).toHaveText(t.about_heading);
    const h2 = page.locator('#hjcp-main h2');
    await expect(h2).toHaveText([t.about_who_heading, t.about_privacy_heading, t.about_time_heading, t.about_sources_heading, t.about_errors_heading]);
    const all = frameworks();
    expect(all.length).toBeGreaterThan(1);
    await expect(page.locator('.hjcp-about__framework')).toHaveCount(all.length);
    for (const { id, sources } of all) {
      const section = page.locator(`.hjcp-about__framework[data-framework="${id}"]`);
      await expect(section.locator('h3')).toHaveCount(1);
      await expect(section.locator('.hjcp-about__source')).toHaveCount(sources.length);
      for (const title of sources) await expect(section.locator('.hjcp-about__source').getByText(title, { exact: false }).first()).toBeVisible();
      // A source with no date is not left with a dangling comma.
      for (const line of await section.locator('.hjcp-about__source > span').allTextContents()) expect(line).not.toMatch(/,\s*$/);
    }
    // Dates only as precise as the source gives them, in words, and "no date" said plainly.
    const caption = (id) => page.locator(`.hjcp-about__framework[data-framework="${id}"] .hjcp-caption`);
    const dated = (published) => fill(t.about_framework_published, { published });
    await expect(caption('hmpps-health-care-wellbeing')).toContainText(dated(`8 ${t.progress_month_5} 2025`));
    await expect(caption('hmpps-career-pathways')).toContainText(dated(`${t.progress_month_2} 2023`));
    await expect(caption('hmpps-leadership-code')).toContainText(dated('2020'));
    await expect(caption('nhse-non-custodial')).toContainText(t.about_framework_undated);
    await expect(caption('nhse-non-custodial')).toContainText(fill(t.about_framework_written, { written: `2 ${t.progress_month_12} 2026` }));
    await control(page, lang, 'back').click();
    await arrived(page, lang, 'screen_results');

    await control(page, lang, 'footer_accessibility').click();
    await arrived(page, lang, 'screen_accessibility');
    await expect(h1(page)).toHaveText(t.accessibility_heading);
    await expect(page.locator('#hjcp-main h2')).toHaveText([t.accessibility_using_heading, t.accessibility_how_heading,
      t.accessibility_feedback_heading, t.accessibility_enforcement_heading, t.accessibility_technical_heading]);
    await expect(page.locator('#hjcp-main h3')).toHaveText([t.accessibility_status_heading, t.accessibility_tested_heading,
      t.accessibility_prepared_heading]);
    await expect(page.locator('#hjcp-main ul.hjcp-list--bullet')).toHaveCount(2);
    // "Return to where you were" does what Back does.
    await control(page, lang, 'about_back_to_tool').click();
    await arrived(page, lang, 'screen_results');
  });
}

test('the footer links wrap inside 320px without the page scrolling sideways', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 600 });
  await openWith(page, null);
  const links = page.locator('.hjcp-footer li');
  await expect(links).toHaveCount(3);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  for (const link of await links.all()) {
    const box = await link.boundingBox();
    expect(box.x + box.width).toBeLessThanOrEqual(320);
  }
});
