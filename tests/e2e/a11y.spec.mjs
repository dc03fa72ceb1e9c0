// WCAG 2.2 AA on every screen (tests/e2e/screens.mjs visits them all), for both journeys,
// in English and Welsh, each screen at 320 × 256 CSS px (a 1280 × 1024 window at 400 % zoom,
// and the narrowest phone) and at 1280 px. On each screen:
//   - axe-core with the WCAG 2.0/2.1/2.2 A and AA tags: no violations;
//   - no horizontal scrolling at 320 px (1.4.10 Reflow);
//   - every visible target at least 24 × 24 CSS px, or spaced as the 2.5.8 exception allows
//     (axe checks this too; this check reports every offender with its size);
//   - exactly one visible h1, <html lang> equal to the UI language, a document title of its
//     own (no two different screens share a title);
//   - in Welsh: framework text that has no Welsh translation is marked lang="en" (3.1.2), and
//     no English UI string is shown in place of its Welsh one.
// Problems are collected per screen and reported together, so one run shows all of them.
// Screenshots of every screen go to tests/e2e/output/screenshots/.
// Forced colours and reduced motion: every screen again with both emulated, axe clean.
import { mkdirSync, readFileSync, readdirSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { test, expect } from './fixtures.mjs';
import { everyScreen, extraStates, openWith, record, sidewaysScroll, EXTRA_STATES, SCREENS, STRINGS } from './screens.mjs';

test.describe.configure({ mode: 'parallel' });

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const SHOTS = new URL('./output/screenshots/', import.meta.url);
mkdirSync(SHOTS, { recursive: true });

/**
 * Framework strings that have no Welsh translation (the English shown in a Welsh UI), read
 * from frameworks/*.toml: every translatable field (the ones the validator counts) with no
 * `<field>_cy` beside it in the same table. Long enough (12+ characters) to be unambiguous.
 */
function englishOnly() {
  const FIELDS = new Set(['title', 'summary', 'owner', 'notes', 'label', 'descriptor', 'description', 'text', 'family', 'scope', 'training', 'requirements', 'provider']);
  const dir = new URL('../../frameworks/', import.meta.url);
  const out = new Set();
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.toml'))) {
    const lines = readFileSync(new URL(file, dir), 'utf8').split('\n');
    let table = new Map();
    const flush = () => {
      for (const [key, values] of table) if (FIELDS.has(key) && !table.has(`${key}_cy`)) values.forEach((v) => out.add(v));
      table = new Map();
    };
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i];
      if (/^\s*\[/.test(line)) { flush(); continue; }
      let m = line.match(/^([a-z_]+)\s*=\s*"""(.*)$/);
      if (m) {
        let text = m[2];
        while (!text.includes('"""') && i + 1 < lines.length) text += '\n' + lines[++i];
        text = text.slice(0, text.indexOf('"""')).replace(/\\\n\s*/g, '');
        table.set(m[1], text.split('\n\n').map((p) => p.trim()));
        continue;
      }
      m = line.match(/^([a-z_]+)\s*=\s*(".*"|\[.*\])\s*(#.*)?$/);
      if (m) {
        try {
          const v = JSON.parse(m[2]);
          table.set(m[1], Array.isArray(v) ? v : [v]);
        } catch { /* a value that is not a plain string (numbers, ids) */ }
      }
    }
    flush();
  }
  return [...out].map((s) => s.trim()).filter((s) => s.length >= 12);
}
const ENGLISH_ONLY_TEXT = englishOnly();
/** English UI strings that differ in Welsh and have no placeholders. */
const ENGLISH_UI = Object.entries(STRINGS.en)
  .filter(([k, v]) => !v.includes('{') && STRINGS.cy[k] !== v && v.length >= 2)
  .map(([, v]) => v);

/** Everything checked in the page itself, returned as a list of problems in words. */
function pageChecks({ lang, englishOnlyText, englishUi }) {
  const problems = [];
  const visible = (el) => {
    const r = el.getBoundingClientRect();
    const s = getComputedStyle(el);
    if (r.width === 0 || r.height === 0 || s.visibility === 'hidden') return false;
    // Visually hidden text (clip) and off-screen skip links are not targets until focused.
    if (r.width <= 1 || r.height <= 1 || r.right + window.scrollX < 0 || r.bottom + window.scrollY < 0) return false;
    return el.closest('[hidden], [aria-hidden=true]') === null;
  };
  const describe = (el) => {
    const id = el.id ? `#${el.id}` : '';
    const cls = el.className && typeof el.className === 'string' ? `.${el.className.trim().split(/\s+/).join('.')}` : '';
    return `<${el.tagName.toLowerCase()}${id}${cls}> "${(el.textContent || el.value || '').trim().replace(/\s+/g, ' ').slice(0, 40)}"`;
  };

  if (document.documentElement.lang !== lang) problems.push(`<html lang="${document.documentElement.lang}">, expected "${lang}"`);
  const h1s = [...document.querySelectorAll('h1')].filter(visible);
  if (h1s.length !== 1) problems.push(`${h1s.length} visible h1 elements: ${h1s.map(describe).join(', ')}`);

  // 2.5.8 Target Size (Minimum): 24 × 24, or no other target within a 24 px circle's reach.
  const TARGETS = 'a[href], button, input:not([type=hidden]), select, textarea, summary, [tabindex]:not([tabindex="-1"]), [role=button], [role=link]';
  const targets = [...document.querySelectorAll(TARGETS)].filter(visible).map((el) => ({ el, r: el.getBoundingClientRect() }));
  const small = (t) => t.r.width < 23.95 || t.r.height < 23.95;
  const centre = (r) => [r.left + r.width / 2, r.top + r.height / 2];
  const distToRect = ([x, y], r) => Math.hypot(Math.max(r.left - x, 0, x - r.right), Math.max(r.top - y, 0, y - r.bottom));
  // The inline exception: a link inside a sentence (text beside it in the same block).
  const inline = (el) => {
    if (!(el.tagName === 'A' || el.classList.contains('hjcp-link-button'))) return false;
    const block = el.parentElement;
    const text = [...block.childNodes].filter((n) => n !== el && !n.contains?.(el)).map((n) => n.textContent).join('').trim();
    return getComputedStyle(el).display.startsWith('inline') && text.length > 0;
  };
  for (const t of targets.filter(small)) {
    if (inline(t.el)) continue;
    const c = centre(t.r);
    const clash = targets.find((o) => o !== t && !o.el.contains(t.el) && !t.el.contains(o.el) &&
      (small(o) ? Math.hypot(c[0] - centre(o.r)[0], c[1] - centre(o.r)[1]) < 24 : distToRect(c, o.r) < 12));
    if (clash) problems.push(`target ${describe(t.el)} is ${t.r.width.toFixed(1)}×${t.r.height.toFixed(1)} px and too close to ${describe(clash.el)}`);
  }

  if (lang === 'cy') {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const seen = new Set();
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement;
      const text = n.textContent.replace(/\s+/g, ' ').trim();
      if (!text || !el || !visible(el) || el.closest('script, style, noscript')) continue;
      const marked = el.closest('[lang]')?.getAttribute('lang');
      if (marked === 'en') continue;
      const english = englishOnlyText.find((s) => text.includes(s.replace(/\s+/g, ' '))) ?? (englishUi.includes(text) ? text : null);
      if (english && !seen.has(english)) {
        seen.add(english);
        problems.push(`English text not marked lang="en" in the Welsh UI: "${english.slice(0, 60)}" in ${describe(el)}`);
      }
    }
  }
  return problems;
}

/**
 * Runs in the page: pieces of text drawn over other text (a tag wider than its column, a label
 * running into the next one), from the line boxes of every visible text node.
 */
function overlappingText() {
  const boxes = [];
  const walker = document.createTreeWalker(document.querySelector('#hjcp-root') ?? document.body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const el = n.parentElement;
    if (!n.textContent.trim() || !el || el.closest('.hjcp-visually-hidden, svg, details:not([open]) > :not(summary), [hidden]')) continue;
    if (getComputedStyle(el).visibility === 'hidden') continue;
    const range = document.createRange();
    range.selectNodeContents(n);
    for (const r of range.getClientRects()) if (r.width > 1 && r.height > 1) boxes.push({ n, r });
  }
  boxes.sort((a, b) => a.r.top - b.r.top);
  const out = [];
  for (let i = 0; i < boxes.length && out.length < 5; i++) {
    const a = boxes[i];
    for (let j = i + 1; j < boxes.length && boxes[j].r.top < a.r.bottom; j++) {
      const b = boxes[j];
      if (a.n === b.n) continue;
      const w = Math.min(a.r.right, b.r.right) - Math.max(a.r.left, b.r.left);
      const h = Math.min(a.r.bottom, b.r.bottom) - Math.max(a.r.top, b.r.top);
      if (w > 2 && h > 0.4 * Math.min(a.r.height, b.r.height)) {
        out.push(`text drawn over other text: "${a.n.textContent.trim().slice(0, 30)}" and "${b.n.textContent.trim().slice(0, 30)}"`);
        break;
      }
    }
  }
  return out;
}

/** Everything checked on one screen at one width: axe, the page checks, reflow at 320 px (400 %
 * zoom) and overlapping text. */
async function checkScreen(page, lang, width) {
  return [
    ...(await axe(page)),
    ...(await page.evaluate(pageChecks, { lang, englishOnlyText: ENGLISH_ONLY_TEXT, englishUi: ENGLISH_UI })),
    ...(width <= 320 ? await page.evaluate(sidewaysScroll) : []),
    ...(await page.evaluate(overlappingText)),
  ];
}

async function axe(page) {
  // Legacy mode runs axe in the page itself: the widget has no iframes, and the default mode
  // opens a blank page for every analysis, which doubles the time.
  const { violations } = await new AxeBuilder({ page }).setLegacyMode(true).withTags(TAGS).analyze();
  return violations.map((v) => `axe ${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}${v.nodes.length > 3 ? ` and ${v.nodes.length - 3} more` : ''}`);
}

const WIDTHS = [
  // A 1280 × 1024 window at 400 % zoom: 320 × 256 CSS px.
  { width: 320, height: 256 },
  { width: 1280, height: 900 },
];

for (const journey of ['applicant', 'staff']) {
  for (const lang of ['en', 'cy']) {
    test(`${journey} journey, ${lang}, at 320px and 1280px: every screen meets WCAG 2.2 AA`, async ({ page }) => {
      test.setTimeout(150_000);
      const problems = [];
      const titles = new Map();
      const visited = [];
      let n = 0;
      for await (const name of everyScreen(page, { journey, lang })) {
        visited.push(name);
        n++;
        const title = await page.title();
        const screen = name.replace(/-error$/, '');
        if (titles.has(title) && titles.get(title) !== screen) problems.push(`${name}: same title as the ${titles.get(title)} screen: "${title}"`);
        titles.set(title, screen);
        // Each screen at both widths, in the same state.
        for (const size of WIDTHS) {
          await page.setViewportSize(size);
          const found = await checkScreen(page, lang, size.width);
          if (lang === 'cy' && ['rate', 'results', 'role', 'path', 'plan'].includes(name)) {
            // Every framework string has Welsh, so nothing here is in English: only the
            // sources' titles and quoted passages inside the provenance details are.
            const english = await page.locator('#hjcp-main [lang="en"]').evaluateAll((els) => els
              .filter((el) => !el.closest('details.hjcp-disclosure'))
              .map((el) => el.textContent.trim()).filter(Boolean));
            found.push(...english.map((t) => `framework text shown in English, marked lang="en": "${t.slice(0, 60)}"`));
          }
          problems.push(...found.map((p) => `${name} at ${size.width}px: ${p}`));
          await page.screenshot({ path: new URL(`${journey}-${lang}-${size.width}-${String(n).padStart(2, '0')}-${name}.png`, SHOTS).pathname, fullPage: true });
        }
      }
      expect(visited).toEqual(SCREENS[journey]);
      expect(problems).toEqual([]);
    });
  }

  // (Both journeys share these states, so they run once per language.)
  if (journey === 'applicant') {
    for (const lang of ['en', 'cy']) {
      test(`notices, banners, empty results and other states, ${lang}, at 320px and 1280px: WCAG 2.2 AA`, async ({ page }) => {
        test.setTimeout(120_000);
        const problems = [];
        const visited = [];
        for await (const name of extraStates(page, { lang })) {
          visited.push(name);
          for (const size of WIDTHS) {
            await page.setViewportSize(size);
            const found = await checkScreen(page, lang, size.width);
            problems.push(...found.map((p) => `${name} at ${size.width}px: ${p}`));
            await page.screenshot({ path: new URL(`extra-${lang}-${size.width}-${name}.png`, SHOTS).pathname, fullPage: true });
          }
        }
        expect(visited).toEqual(EXTRA_STATES);
        expect(problems).toEqual([]);
      });
    }
  }

  test(`${journey} journey with forced colours and reduced motion: every screen passes axe`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.emulateMedia({ reducedMotion: 'reduce', forcedColors: 'active' });
    await page.setViewportSize({ width: 1280, height: 900 });
    const problems = [];
    for await (const name of everyScreen(page, { journey, lang: journey === 'staff' ? 'cy' : 'en' })) {
      const found = await axe(page);
      // No movement left when reduced motion is asked for.
      found.push(...(await page.evaluate(() => [...document.querySelectorAll('#hjcp-root *')]
        .filter((el) => {
          const s = getComputedStyle(el);
          return (s.animationName !== 'none' && parseFloat(s.animationDuration) > 0) || parseFloat(s.transitionDuration) > 0;
        })
        .map((el) => `moves under reduced motion: <${el.tagName.toLowerCase()} class="${el.className}">`))));
      problems.push(...found.map((p) => `${name}: ${p}`));
    }
    expect(problems).toEqual([]);
  });
}

// 1.4.12 Text Spacing: with line height 1.5, paragraph spacing 2em, letter spacing 0.12em and
// word spacing 0.16em forced on everything (as a reader's style sheet would), no text is cut
// off or drawn over other text, at 320 px and 1280 px, and nothing scrolls sideways at 320 px.
// The override is a <style> element, which the widget's Content-Security-Policy rightly
// blocks, so these tests bypass the CSP.
test.describe('text spacing', () => {
  test.use({ bypassCSP: true });
  const SPACING = '* { line-height: 1.5 !important; letter-spacing: .12em !important; word-spacing: .16em !important; } p { margin-bottom: 2em !important; }';
  for (const [journey, lang] of [['applicant', 'en'], ['staff', 'cy']]) {
    test(`${journey} journey, ${lang}: text spacing overrides cut nothing off and overlap nothing`, async ({ page }) => {
      test.setTimeout(120_000);
      await page.addInitScript((css) => document.addEventListener('DOMContentLoaded', () => {
        const style = document.createElement('style');
        style.textContent = css;
        document.head.append(style);
      }), SPACING);
      const problems = [];
      for await (const name of everyScreen(page, { journey, lang })) {
        for (const size of WIDTHS) {
          await page.setViewportSize(size);
          const found = await page.evaluate(() => {
            const out = [];
            if (getComputedStyle(document.body).letterSpacing === 'normal') out.push('the spacing style sheet did not apply');
            for (const el of document.querySelectorAll('#hjcp-root *')) {
              if (el.closest('.hjcp-visually-hidden, .hjcp-skip-link, svg')) continue;
              const s = getComputedStyle(el);
              const clips = (o) => o === 'hidden' || o === 'clip';
              const cutX = clips(s.overflowX) && el.scrollWidth > el.clientWidth + 1;
              const cutY = clips(s.overflowY) && el.scrollHeight > el.clientHeight + 1;
              if ((cutX || cutY) && el.textContent.trim()) out.push(`text cut off in <${el.tagName.toLowerCase()} class="${el.className}">: "${el.textContent.trim().slice(0, 40)}"`);
            }
            return out;
          });
          found.push(...(await page.evaluate(sidewaysScroll)), ...(await page.evaluate(overlappingText)));
          problems.push(...found.map((p) => `${name} at ${size.width}px: ${p}`));
        }
      }
      expect(problems).toEqual([]);
    });
  }
});

// Windows High Contrast and similar (forced-colors) replace every colour, so anything told apart
// by colour or background alone would vanish: tags, status labels and buttons keep a border, and
// the map keeps its outlines (axe cannot see this: it checks contrast, not presence).
test('forced colours keep the edges of tags, buttons and the map visible', async ({ page }) => {
  await page.emulateMedia({ forcedColors: 'active' });
  await openWith(page, record({ journey: 'staff' }));
  const check = () => page.evaluate(() => {
    const out = [];
    if (!matchMedia('(forced-colors: active)').matches) out.push('forced colours are not active');
    for (const el of document.querySelectorAll('.hjcp-status, .hjcp-tag, .hjcp-button, .hjcp-task-tag')) {
      const s = getComputedStyle(el);
      if (el.getClientRects().length && (s.borderTopStyle === 'none' || parseFloat(s.borderTopWidth) < 1) && (s.borderLeftStyle === 'none' || parseFloat(s.borderLeftWidth) < 1)) {
        out.push(`no border on <${el.tagName.toLowerCase()} class="${el.className}"> "${el.textContent.trim().slice(0, 30)}"`);
      }
    }
    for (const el of document.querySelectorAll('.hjcp-map__node rect, .hjcp-map__edge')) {
      if (getComputedStyle(el).stroke === 'none') out.push(`map outline lost: ${el.getAttribute('class')}`);
    }
    return out;
  });
  const problems = [];
  const visit = async (name, button) => {
    if (button) await page.locator('#hjcp-main').getByRole('button', { name: button, exact: true }).first().click();
    await expect(page.locator('#hjcp-main h1').first()).toBeFocused();
    problems.push(...(await check()).map((p) => `${name}: ${p}`));
  };
  problems.push(...(await check()).map((p) => `start: ${p}`));
  await visit('task list', 'Start now');
  await visit('check answers', 'Check your answers');
  await visit('results', 'Continue to your results');
  await visit('map', 'See the pathway map');
  expect(await page.locator('.hjcp-map__node rect').count()).toBeGreaterThan(0);
  expect(problems).toEqual([]);
});
