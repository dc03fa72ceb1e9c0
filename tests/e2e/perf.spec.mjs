// Performance checks against the release build. These REPORT timings and memory (console
// lines `PERF|name|value|unit`, read by scripts/bench.sh, and test annotations); they never
// assert a time, so a slow or busy machine cannot fail the run. They do check the things that
// are not timings: the static first screen is in the served HTML (with a <noscript> message)
// and the live start screen takes its place without anything moving.
import { test, expect, openWidget } from './fixtures.mjs';
import { aboutYou, areaTasks, chooseFramework, h1, rateArea } from './journey-steps.mjs';

function report(name, value, unit = 'ms') {
  const shown = typeof value === 'number' ? Math.round(value * 100) / 100 : value;
  console.log(`PERF|${name}|${shown}|${unit}`);
  test.info().annotations.push({ type: 'perf', description: `${name}: ${shown} ${unit}` });
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];

/** The marks app.rs `start()` sets, the wasm download, and navigation timing, from the page. */
async function startupTimes(page) {
  await page.waitForFunction(() => performance.getEntriesByName('hjcp:rendered').length > 0);
  return page.evaluate(() => {
    const at = (name) => performance.getEntriesByName(name)[0]?.startTime ?? NaN;
    const wasm = performance.getEntriesByType('resource').find((r) => r.name.endsWith('_bg.wasm'));
    const nav = performance.getEntriesByType('navigation')[0];
    return {
      start: at('hjcp:start'),
      catalog: at('hjcp:catalog'),
      rendered: at('hjcp:rendered'),
      wasmFetchStart: wasm?.fetchStart ?? NaN,
      wasmResponseEnd: wasm?.responseEnd ?? NaN,
      domContentLoaded: nav?.domContentLoadedEventEnd ?? NaN,
      fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
    };
  });
}

test('startup: instantiate, decode the content and first render (reported, not asserted)', async ({ browser, baseURL }) => {
  const runs = [];
  // A fresh context per run: nothing cached, as on a first visit.
  for (let i = 0; i < 5; i++) {
    const context = await browser.newContext({ baseURL });
    const page = await context.newPage();
    await page.goto('./');
    await expect(page.locator('.hjcp-lang-switch')).toBeVisible();
    runs.push(await startupTimes(page));
    await context.close();
  }
  const pick = (f) => median(runs.map(f));
  report('startup.runs', runs.length, 'fresh loads (median)');
  report('startup.nav_to_fcp', pick((r) => r.fcp));
  report('startup.nav_to_wasm_start', pick((r) => r.start));
  report('startup.nav_to_rendered', pick((r) => r.rendered));
  report('startup.wasm_download', pick((r) => r.wasmResponseEnd - r.wasmFetchStart));
  // After the bytes are in: compile what streaming compilation had not finished, instantiate,
  // run the JS glue up to `start()`.
  report('startup.instantiate', pick((r) => r.start - r.wasmResponseEnd));
  report('startup.decode_content', pick((r) => r.catalog - r.start));
  // Launch parameters, session and stored record, and mounting the start screen.
  report('startup.session_and_render', pick((r) => r.rendered - r.catalog));
  report('startup.instantiate_decode_render', pick((r) => r.rendered - r.wasmResponseEnd));
});

const PARTS = ['.hjcp-header__title', '#hjcp-main h1', '#hjcp-main .hjcp-lead', '#hjcp-main .hjcp-inset'];

async function geometry(page) {
  return page.evaluate((parts) => parts.map((sel) => {
    const el = document.querySelector(sel);
    if (!el) return { sel, missing: true };
    const r = el.getBoundingClientRect();
    return { sel, text: el.innerText.replace(/\s+/g, ' ').trim(), x: r.x, y: r.y, width: r.width, height: r.height };
  }), PARTS);
}

for (const width of [320, 1280]) {
  test(`the static first screen is the live start screen's first part, with no shift, at ${width}px`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.addInitScript(() => {
      window.__hjcpShift = 0;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) if (!e.hadRecentInput) window.__hjcpShift += e.value;
      }).observe({ type: 'layout-shift', buffered: true });
    });
    // Hold the wasm back until the static screen has been measured.
    let release;
    const held = new Promise((ok) => { release = ok; });
    await page.route(/_bg\.wasm$/, async (route) => { await held; await route.continue(); });
    await page.goto('./');
    await expect(page.locator('#hjcp-main h1')).toBeVisible();
    await expect(page.locator('.hjcp-lang-switch')).toHaveCount(0);
    const before = await geometry(page);
    release();
    await expect(page.locator('.hjcp-lang-switch')).toBeVisible();
    await page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok))));
    const after = await geometry(page);
    for (let i = 0; i < PARTS.length; i++) {
      expect(after[i].missing, `${PARTS[i]} is on the live start screen`).toBeFalsy();
      expect(before[i].missing, `${PARTS[i]} is in the static first screen`).toBeFalsy();
      expect(after[i].text, `${PARTS[i]} says the same`).toBe(before[i].text);
      for (const k of ['x', 'y', 'width', 'height']) {
        expect(Math.abs(after[i][k] - before[i][k]), `${PARTS[i]} ${k} is unchanged (${before[i][k]} → ${after[i][k]})`).toBeLessThan(1);
      }
    }
    report(`cls.takeover_${width}px`, await page.evaluate(() => window.__hjcpShift), 'layout shift score');
  });
}

test('the served HTML has the title, what the tool is, the privacy promise and a <noscript> message', async ({ page, browser, baseURL }) => {
  // Read the HTML as served: no script has run on it.
  const html = await (await page.request.get('./')).text();
  const root = html.slice(html.indexOf('<div id="hjcp-root">'));
  expect(root).toContain('Health and justice career pathways');
  expect(root).toMatch(/<h1[^>]*>Explore your career in health and justice<\/h1>/);
  expect(root).toContain('class="hjcp-lead"');
  expect(root).toContain('Your answers stay on this device');
  expect(root).toMatch(/<noscript>[\s\S]*This tool needs JavaScript and WebAssembly[\s\S]*<\/noscript>/);
  // And with scripts off the static screen is what shows.
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
  const bare = await context.newPage();
  await bare.goto('./');
  await expect(bare.locator('#hjcp-main h1')).toHaveText('Explore your career in health and justice');
  await expect(bare.getByText('Your answers stay on this device')).toBeVisible();
  await context.close();
});

/** Rates every area of the framework chosen and opens the results. */
async function rateEverything(page, step) {
  const areas = await areaTasks(page).count();
  for (let i = 0; i < areas; i++) await rateArea(page, i, step);
  await page.getByRole('button', { name: 'See your results' }).click();
  await expect(page).toHaveTitle(/Your results/);
}

test('memory after both full journeys: wasm linear memory + JS heap (reported, not asserted)', async ({ page }) => {
  test.setTimeout(120_000);
  // The Trunk loader announces the instance; keep its memory to read the linear memory size.
  await page.addInitScript(() => {
    addEventListener('TrunkApplicationStarted', (e) => { window.__hjcpWasm = e.detail.wasm; });
  });
  const cdp = await page.context().newCDPSession(page);
  const measure = async (label) => {
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = await cdp.send('Runtime.getHeapUsage');
    const wasm = await page.evaluate(() => window.__hjcpWasm?.memory?.buffer?.byteLength ?? NaN);
    report(`memory.${label}.wasm_linear`, wasm / 1048576, 'MiB');
    report(`memory.${label}.js_heap_used`, heap.usedSize / 1048576, 'MiB');
    report(`memory.${label}.total`, (wasm + heap.usedSize) / 1048576, 'MiB');
  };
  await openWidget(page);
  await measure('start');

  // Someone exploring a career: first framework, every area rated at the second step.
  await chooseFramework(page, 0);
  await aboutYou(page);
  await rateEverything(page, 1);

  // Then clear, and a member of staff with the second framework at the third step.
  await page.getByRole('button', { name: 'Clear all my answers' }).click();
  await page.getByRole('button', { name: 'Yes, clear my answers' }).click();
  await expect(h1(page)).toHaveText('Explore your career in health and justice');
  const frameworks = await page.locator('input[name=framework]').count();
  await chooseFramework(page, Math.min(1, frameworks - 1));
  await aboutYou(page, { staff: true });
  await rateEverything(page, 2);
  await measure('after_both_journeys');
});
