// The pathway map of every framework in frameworks/, drawn in a real browser: no route is
// hidden behind a role box it does not join, nothing is drawn outside the picture, no short
// "from outside the service" arrow runs along another route's line, each route's shape sits on
// its own line and off the boxes, and no text is drawn smaller than 12 pixels at desktop width.
// The geometry is read back from the rendered SVG (getPointAtLength, getScreenCTM), so this
// checks what a person sees. Then: each role's box is a link (keyboard and pointer), and on a
// phone the table of routes comes before the map and nothing scrolls the page sideways.
import { readdirSync, readFileSync } from 'node:fs';
import { test, expect } from './fixtures.mjs';
import { openWith, STRINGS } from './screens.mjs';

const FRAMEWORKS = readdirSync('frameworks').filter((f) => f.endsWith('.toml')).map((f) => f.replace(/\.toml$/, ''));

/** Opens the map of `fw` for an applicant who has rated one competence. */
async function openMap(page, fw) {
  const firstCompetence = readFileSync(`frameworks/${fw}.toml`, 'utf8').match(/^\[\[competences\]\]\s*\nid = "([^"]+)"/m)[1];
  await openWith(page, {
    app: 'hjcp', version: 2, lang: 'en', active: fw,
    frameworks: { [fw]: {
      framework: fw, persona: 'Applicant', facts: { qualification_level: 3, experience_years: 2, current_role: null },
      target_role: null, answers: { [firstCompetence]: { rating: { Level: 1 }, note: '', changed_ms: 0 } }, snapshots: [],
    } },
  });
  const main = page.locator('#hjcp-main');
  await main.getByRole('button', { name: STRINGS.en.start_button, exact: true }).click();
  await main.getByRole('link', { name: STRINGS.en.task_results }).or(main.getByRole('button', { name: STRINGS.en.task_results })).first().click();
  await main.getByRole('button', { name: STRINGS.en.results_link_map, exact: true }).first().click();
  await expect(page.locator('svg.hjcp-map__svg')).toBeVisible();
}

/** The size on screen, in CSS pixels, of every piece of text in the map. */
const textSizes = (svg) => svg.evaluate((svg) => [...svg.querySelectorAll('.hjcp-map__label, .hjcp-map__family, .hjcp-map__level')].map((t) => {
  const m = t.getScreenCTM();
  return { text: t.textContent.trim(), px: Math.hypot(m.a, m.b) * parseFloat(getComputedStyle(t).fontSize) };
}));

for (const fw of FRAMEWORKS) {
  test(`map of ${fw}: routes go round the roles they do not join, and every arrow is visible`, async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await openMap(page, fw);
    const svg = page.locator('svg.hjcp-map__svg');
    await expect(svg).toBeVisible();
    await svg.screenshot({ path: `tests/e2e/output/screenshots/map-${fw}.png` });

    const problems = await svg.evaluate((svg) => {
      const out = [];
      const [, , width, height] = svg.getAttribute('viewBox').split(' ').map(Number);
      const boxes = [...svg.querySelectorAll('.hjcp-map__node')].map((g) => {
        const r = g.querySelector('rect');
        const [x, y, w, h] = ['x', 'y', 'width', 'height'].map((a) => Number(r.getAttribute(a)));
        return { name: g.textContent.trim(), x, y, w, h };
      });
      const inside = (b, p, margin) => p.x > b.x - margin && p.x < b.x + b.w + margin && p.y > b.y - margin && p.y < b.y + b.h + margin;
      const edges = [...svg.querySelectorAll('.hjcp-map__edge')].map((path) => {
        const length = path.getTotalLength();
        const points = [];
        for (let s = 0; s <= length; s += 2) points.push(path.getPointAtLength(s));
        const ends = [points[0], path.getPointAtLength(length)];
        // The boxes a route joins are those its ends touch; an arrow from outside touches one.
        const joins = boxes.filter((b) => ends.some((p) => inside(b, p, 8)));
        return { d: path.getAttribute('d'), points, joins };
      });
      for (const e of edges) {
        for (const b of boxes.filter((b) => !e.joins.includes(b))) {
          if (e.points.some((p) => inside(b, p, -1))) out.push(`route ${e.d} passes behind "${b.name}"`);
        }
        if (e.points.some((p) => p.x < 0 || p.y < 0 || p.x > width || p.y > height)) out.push(`route ${e.d} leaves the picture`);
      }
      for (const arrow of edges.filter((e) => e.joins.length === 1)) {
        const xs = arrow.points.map((p) => p.x);
        const [top, bottom] = [Math.min(...arrow.points.map((p) => p.y)), Math.max(...arrow.points.map((p) => p.y))];
        for (const other of edges.filter((e) => e !== arrow)) {
          // Crossing it is allowed (some lines must); running along it for 12 units is not.
          if (other.points.filter((p) => p.y > top && p.y < bottom && Math.abs(p.x - xs[0]) < 3).length >= 6) {
            out.push(`the arrow from outside into "${arrow.joins[0].name}" lies on route ${other.d}`);
            break;
          }
        }
      }
      // Each route's shape is the element after its line: on that line, and on no box.
      for (const path of svg.querySelectorAll('.hjcp-map__edge')) {
        const mark = path.nextElementSibling;
        if (!mark?.classList.contains('hjcp-map__shape')) { out.push(`route ${path.getAttribute('d')} has no shape`); continue; }
        const b = mark.getBBox();
        const centre = { x: b.x + b.width / 2, y: b.y + b.height / 2 };
        const length = path.getTotalLength();
        let nearest = Infinity;
        for (let s = 0; s <= length; s += 1) {
          const p = path.getPointAtLength(s);
          nearest = Math.min(nearest, Math.hypot(p.x - centre.x, p.y - centre.y));
        }
        if (nearest > 2) out.push(`the shape of route ${path.getAttribute('d')} is ${nearest.toFixed(1)} units off its line`);
        for (const box of boxes) {
          if (b.x < box.x + box.w && b.x + b.width > box.x && b.y < box.y + box.h && b.y + b.height > box.y) {
            out.push(`the shape of route ${path.getAttribute('d')} covers "${box.name}"`);
          }
        }
      }
      if (edges.length === 0) out.push('no routes drawn');
      return out;
    });
    expect(problems).toEqual([]);

    // Text is never drawn below 12 CSS pixels at desktop width: the map is not scaled down.
    const sizes = await textSizes(svg);
    const smallest = Math.min(...sizes.map((s) => s.px));
    console.log(`${fw}: smallest map text ${smallest.toFixed(2)}px at 1280px`);
    expect(sizes.length).toBeGreaterThan(0);
    expect(sizes.filter((s) => s.px < 11.99)).toEqual([]);
  });
}

test('each role box is a link: Tab reaches it, Enter opens the role, and so does a click', async ({ page }) => {
  const fw = 'hmpps-health-care-wellbeing';
  await page.setViewportSize({ width: 1280, height: 900 });
  await openMap(page, fw);
  const links = page.locator('svg.hjcp-map__svg a.hjcp-map__link');
  expect(await links.count()).toBeGreaterThan(1);
  // Tab from the top of the page until a role box has focus: it is in the focus order.
  await page.locator('h1').focus();
  let focused = null;
  for (let i = 0; i < 40 && !focused; i += 1) {
    await page.keyboard.press('Tab');
    focused = await page.evaluate(() => (document.activeElement?.matches('a.hjcp-map__link') ? document.activeElement.querySelector('.hjcp-map__title').textContent.trim() : null));
  }
  expect(focused, 'Tab reaches a role box').not.toBeNull();
  // The focused box is yellow, as the widget's other focused links are.
  expect(await page.evaluate(() => getComputedStyle(document.activeElement.querySelector('rect')).fill)).toBe('rgb(255, 221, 0)');
  // Its name is the role's title, as words.
  await expect(page.getByRole('link', { name: focused, exact: true })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('h1')).toHaveText(focused);

  await page.goBack();
  await expect(page.locator('svg.hjcp-map__svg')).toBeVisible();
  const last = links.last();
  const title = (await last.locator('.hjcp-map__title').textContent()).trim();
  await last.click();
  await expect(page.locator('h1')).toHaveText(title);
});

for (const width of [320, 1280]) {
  test(`the widest map at ${width}px: ${width < 640 ? 'the routes table first, ' : 'the map first, '}nothing scrolls the page sideways`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await openMap(page, 'hmpps-career-pathways');
    const table = page.locator('table.hjcp-routes-table');
    const map = page.locator('figure.hjcp-map');
    const [tableTop, mapTop] = [(await table.boundingBox()).y, (await map.boundingBox()).y];
    if (width < 640) expect(tableTop).toBeLessThan(mapTop);
    else expect(mapTop).toBeLessThan(tableTop);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    await page.screenshot({ path: `tests/e2e/output/screenshots/map-page-${width}.png`, fullPage: true });
    await map.screenshot({ path: `tests/e2e/output/screenshots/map-figure-${width}.png` });
    // Turning a phone to landscape (or widening the window) puts the map first again.
    if (width < 640) {
      await page.setViewportSize({ width: 1000, height: 700 });
      await expect.poll(async () => (await map.boundingBox()).y < (await table.boundingBox()).y).toBe(true);
    }
  });
}
