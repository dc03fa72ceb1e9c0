// The results half (src/results_half.rs): a second wasm file, fetched in the background once
// the first screen has painted. When it cannot be fetched, a person asking for results is told
// so, with a retry, and loses nothing; once it can, the results come.
import AxeBuilder from '@axe-core/playwright';
import { test, expect, openWidget } from './fixtures.mjs';
import { aboutYou, chooseFramework, h1, rateArea } from './journey-steps.mjs';

const HALF = /\/results-half-[0-9a-f]{16}\.wasm$/;

test('the first load does not wait for the results half, which follows in the background', async ({ page }) => {
  const order = [];
  page.on('request', (r) => order.push(new URL(r.url()).pathname.split('/').pop()));
  const half = page.waitForRequest(HALF);
  await openWidget(page);
  await half;
  const main = order.findIndex((f) => /^hjcp-widget-[0-9a-f]{16}_bg\.wasm$/.test(f));
  const second = order.findIndex((f) => HALF.test(`/${f}`));
  expect(main, 'the main module is fetched').toBeGreaterThanOrEqual(0);
  expect(second, 'the results half is fetched after the main module').toBeGreaterThan(main);
  // Nothing else is fetched for it: one wasm file and the small loader it imports.
  expect(order.filter((f) => f.endsWith('.wasm'))).toHaveLength(2);
});

test('with the results half blocked, asking for results says so and keeps the answers; unblocked, the results come', async ({ page, guarded }) => {
  let blocked = true;
  await page.route(HALF, (route) => (blocked ? route.abort('internetdisconnected') : route.continue()));
  await openWidget(page);
  await chooseFramework(page);
  await aboutYou(page);
  await rateArea(page, 0, 2);

  await page.getByRole('button', { name: 'See your results' }).click();
  await expect(h1(page)).toHaveText('Your results could not be shown');
  await expect(h1(page)).toBeFocused();
  await expect(page.getByRole('alert')).toContainText('Your answers are still saved on this device.');
  await expect(page.getByRole('button', { name: 'Back' })).toBeVisible();
  for (const width of [320, 1280]) {
    await page.setViewportSize({ width, height: 800 });
    const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    expect(violations.map((v) => `${v.id}: ${v.help}`), `axe at ${width} px`).toEqual([]);
  }
  const stored = await page.evaluate(() => localStorage.getItem('hjcp-career-pathways'));
  expect(stored).toContain('"rating":{"Level":2}');

  // A reload while still blocked: the same message, the answers still there.
  await page.reload();
  await expect(h1(page)).toHaveText('Your results could not be shown');
  expect(await page.evaluate(() => localStorage.getItem('hjcp-career-pathways'))).toBe(stored);

  // In Welsh too.
  await page.locator('.hjcp-lang-switch').click();
  await expect(h1(page)).toHaveText('Nid oedd modd dangos eich canlyniadau');
  await expect(page.getByRole('button', { name: 'Rhowch gynnig arall arni' })).toBeVisible();
  await page.locator('.hjcp-lang-switch').click();

  blocked = false;
  await page.getByRole('button', { name: 'Try again' }).click();
  await expect(h1(page)).not.toHaveText('Your results could not be shown');
  await expect(page).toHaveTitle(/Your results/);
  await expect(h1(page)).toBeFocused();
  await expect(page.locator('.hjcp-main')).toContainText(/fit/i);

  // Blocking a fetch is reported by the browser and by the split loader on the console: those
  // messages, and only those, were expected here.
  const expected = (p) => /results-half|failed to load|Failed to fetch|ERR_INTERNET_DISCONNECTED|TypeError/i.test(p);
  const unexpected = guarded.filter((p) => !expected(p));
  guarded.length = 0;
  guarded.push(...unexpected);
});

test('under a sub-path the results half comes from the same folder, cached as immutable, and the results show', async ({ page }) => {
  const base = 'http://127.0.0.1:4175/careers/self-evaluation/';
  const half = page.waitForResponse(HALF);
  await openWidget(page, base);
  const response = await half;
  expect(response.url().startsWith(base)).toBe(true);
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toBe('application/wasm');
  expect(response.headers()['cache-control']).toContain('immutable');
  await chooseFramework(page);
  await aboutYou(page);
  await rateArea(page, 0, 1);
  await page.getByRole('button', { name: 'See your results' }).click();
  await expect(page).toHaveTitle(/Your results/);
  await expect(h1(page)).toBeFocused();
});

const CONTENT = /\/content-([a-z0-9-]+)-[0-9a-f]{16}\.bin$/;
const contentOf = (url) => new URL(url).pathname.match(CONTENT)?.[1];

test('a first visit fetches no framework; choosing one fetches it alone, and a return fetches only that one', async ({ page }) => {
  const fetched = [];
  page.on('request', (r) => { const id = contentOf(r.url()); if (id) fetched.push(id); });
  const half = page.waitForRequest(HALF);
  await openWidget(page);
  await half;
  expect(fetched, 'nothing of any framework before one is chosen').toEqual([]);

  const radio = page.locator('input[name=framework]').nth(2);
  const arrived = page.waitForResponse(CONTENT);
  await radio.focus();
  await page.keyboard.press('Space');
  const response = await arrived;
  expect(contentOf(response.url())).toBe('hmpps-leadership-code');
  expect(response.headers()['cache-control']).toContain('immutable');
  await page.waitForTimeout(100);
  await expect(radio, 'the live start screen is not drawn again under the keyboard').toBeFocused();
  expect(fetched).toEqual(['hmpps-leadership-code']);

  await page.getByRole('button', { name: 'Start now' }).click();
  await aboutYou(page);
  fetched.length = 0;
  await page.reload();
  await expect(h1(page)).toHaveText('Rate yourself');
  expect(fetched, 'a reload fetches the framework in use, and only it').toEqual(['hmpps-leadership-code']);
});

test("when a framework's content cannot be fetched, Start now waits, says so, and goes on after Try again", async ({ page, guarded }) => {
  let blocked = true;
  await page.route(CONTENT, (route) => (blocked ? route.abort('internetdisconnected') : route.continue()));
  await openWidget(page);
  await page.locator('input[name=framework]').first().check();
  await expect(page.getByRole('alert')).toContainText('could not be loaded');
  await page.getByRole('button', { name: 'Start now' }).click();
  await expect(h1(page)).toHaveText('Explore your career in health and justice');
  const alert = page.getByRole('alert').filter({ hasText: 'could not be loaded' });
  await expect(alert).toContainText('HMPPS career pathways');
  await expect(alert).toContainText('Your answers are still saved on this device.');
  await expect(alert, 'the person who pressed Start now is taken to the message').toBeFocused();
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  expect(violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);

  blocked = false;
  await alert.getByRole('button', { name: 'Try again' }).click();
  // What the person asked for (Start now) goes on once the framework has arrived.
  await expect(h1(page)).toHaveText('Which of these describes you?');
  await expect(page.getByRole('alert').filter({ hasText: 'could not be loaded' })).toHaveCount(0);

  const expected = (p) => /content-|Failed to fetch|ERR_INTERNET_DISCONNECTED|TypeError/i.test(p);
  const unexpected = guarded.filter((p) => !expected(p));
  guarded.length = 0;
  guarded.push(...unexpected);
});
