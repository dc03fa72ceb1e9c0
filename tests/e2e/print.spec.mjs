// Printing the results, the path and the plan, as several of the persona scenarios of
// crates/words/tests/personas would: each printout is dated ("Printed on 2 December 2026", in
// the person's language) and fits two pages of A4, a summary to take to a careers conversation
// (closed disclosures, the "Why" explanations, the cards after the first few, the roles closed
// for now and what changes from the current role are left out, each saying so). Chromium's PDF
// compresses its text, so the date is read from the print-media render and the pages are
// counted in the PDF itself.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { test, expect } from './fixtures.mjs';
import { STRINGS, arrived, control, fill, openWith } from './screens.mjs';

const OUT = 'tests/e2e/output/print';
mkdirSync(OUT, { recursive: true });

/** A persona's answers, as the record the widget stores, in `lang` (as advice.spec.mjs does). */
function persona(name, lang) {
  const file = JSON.parse(readFileSync(`crates/words/tests/personas/${name}.answers.json`, 'utf8'));
  return { app: 'hjcp', version: 1, lang, active: file.answers.framework, frameworks: { [file.answers.framework]: file.answers } };
}

/** Today as the widget writes it in `lang`: "2 December 2026" / "2 Rhagfyr 2026". */
function today(lang) {
  const d = new Date();
  const t = STRINGS[lang];
  return fill(t.progress_day, { day: d.getDate(), month: t[`progress_month_${d.getMonth() + 1}`], year: d.getFullYear() });
}

/** Pages in a PDF: its page objects (`/Type /Page`, not the `/Pages` tree). */
const pageCount = (pdf) => (pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length;

const PEOPLE = [
  ['hmpps-staff-prison-officer', 'en'],
  ['hmpps-applicant-level2-experienced', 'cy'],
  ['nhse-applicant-registered-nurse', 'en'],
  ['hcw-staff-frontline-practitioner', 'cy'],
  ['leadership-staff-line-manager', 'en'],
];

for (const [name, lang] of PEOPLE) {
  test(`${name}, ${lang}: results, path and plan each print dated, on at most two pages of A4`, async ({ page }) => {
    test.setTimeout(90_000);
    const t = STRINGS[lang];
    const counts = {};
    await openWith(page, persona(name, lang), `?lang=${lang}`);
    await control(page, lang, 'start_button').click();
    const tasks = fill(t.title_suffix, { screen: t.screen_task_list });
    for (let i = 0; i < 4 && (await page.title()) !== tasks; i++) {
      await control(page, lang, 'continue_button').click();
      await page.waitForTimeout(100);
    }
    await arrived(page, lang, 'screen_task_list');
    await control(page, lang, 'task_results').click();
    await arrived(page, lang, 'screen_results');
    for (const [screen, link, button] of [['results', null, 'results_print'], ['path', 'results_link_path', 'path_print'], ['plan', 'results_link_plan', 'plan_print']]) {
      if (link) {
        await control(page, lang, link).click();
        await arrived(page, lang, `screen_${screen}`);
      }
      await expect(control(page, lang, button)).toBeVisible();
      const printed = page.locator('.hjcp-printed-on');
      await expect(printed).toBeHidden();
      await page.emulateMedia({ media: 'print' });
      await expect(printed).toBeVisible();
      await expect(printed).toHaveText(fill(t.printed_on, { date: today(lang) }));
      await expect(control(page, lang, button)).toBeHidden();
      // What the person acts on is never left out: every step of the path, every gap of the plan.
      const kept = { path: '.hjcp-step', plan: 'section[aria-labelledby="hjcp-plan-gaps"] .hjcp-req' }[screen];
      if (kept) expect(await page.locator(kept).evaluateAll((els) => els.filter((e) => !e.checkVisibility()).length), `${screen}: hidden in print`).toBe(0);
      const pdf = await page.pdf({ format: 'A4', printBackground: true });
      if (process.env.PRINT_SHOTS) {
        // To read a printout as an image: the print render at the width of A4 inside its margins.
        const size = page.viewportSize();
        await page.setViewportSize({ width: 688, height: 1000 });
        await page.screenshot({ path: `${OUT}/${name}-${lang}-${screen}.png`, fullPage: true });
        await page.setViewportSize(size);
      }
      await page.emulateMedia({ media: 'screen' });
      writeFileSync(`${OUT}/${name}-${lang}-${screen}.pdf`, pdf);
      counts[screen] = pageCount(pdf);
    }
    test.info().annotations.push({ type: 'pages', description: JSON.stringify(counts) });
    console.log(`${name} ${lang}: ${JSON.stringify(counts)}`);
    for (const [screen, n] of Object.entries(counts)) {
      expect(n, `${screen} printed on ${n} pages`).toBeGreaterThan(0);
      expect(n, `${screen} printed on ${n} pages, more than two`).toBeLessThanOrEqual(2);
    }
  });
}
