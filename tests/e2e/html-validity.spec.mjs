// Valid HTML (WCAG 4.1.1 is obsolete in 2.2, but invalid markup still breaks assistive
// technology): the Nu HTML Checker (vnu-jar, errors only) on the served index.html and on the
// rendered DOM of every screen (tests/e2e/screens.mjs), both journeys, English and Welsh.
// The checker is a JVM (about 2 s to start), so each test saves its screens to temporary files
// and checks them in one call.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { test, expect } from './fixtures.mjs';
import { everyScreen, extraStates, EXTRA_STATES, SCREENS } from './screens.mjs';

test.describe.configure({ mode: 'parallel' });

const VNU = fileURLToPath(new URL('../../node_modules/vnu-jar/build/dist/vnu.jar', import.meta.url));

/** Checks files { name: html } with one vnu run; returns its errors as "name:line: message". */
async function vnu(files) {
  const dir = mkdtempSync(join(tmpdir(), 'hjcp-vnu-'));
  try {
    const paths = Object.entries(files).map(([name, html]) => {
      const path = join(dir, `${name}.html`);
      writeFileSync(path, html);
      return path;
    });
    // vnu exits 1 when it finds errors; the JSON report is what counts.
    const { stdout, stderr } = await promisify(execFile)('java', ['-Xss4m', '-jar', VNU, '--errors-only', '--format', 'json', '--stdout', ...paths], { maxBuffer: 64 << 20 })
      .catch((e) => (e.stdout ? e : Promise.reject(e)));
    const report = JSON.parse(stdout || stderr);
    return report.messages
      .filter((m) => m.type === 'error' || m.subType === 'fatal')
      .map((m) => `${m.url.split('/').pop()}:${m.lastLine ?? '?'}: ${m.message}${m.extract ? ` — ${m.extract.trim().slice(0, 120)}` : ''}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test('the served index.html (the static first screen) is valid HTML', async ({ request }) => {
  const response = await request.get('./');
  expect(response.ok()).toBe(true);
  expect(await vnu({ index: await response.text() })).toEqual([]);
});

for (const journey of ['applicant', 'staff']) {
  for (const lang of ['en', 'cy']) {
    test(`every screen of the ${journey} journey in ${lang} is valid HTML once rendered`, async ({ page }) => {
      test.setTimeout(90_000);
      const files = {};
      for await (const name of everyScreen(page, { journey, lang })) files[`${journey}-${lang}-${name}`] = await page.content();
      expect(Object.keys(files).length).toBe(SCREENS[journey].length);
      expect(await vnu(files)).toEqual([]);
    });
  }
}

test('notices, banners, empty results and other states are valid HTML once rendered, in both languages', async ({ page }) => {
  test.setTimeout(90_000);
  const files = {};
  for (const lang of ['en', 'cy']) {
    for await (const name of extraStates(page, { lang })) files[`extra-${lang}-${name}`] = await page.content();
  }
  expect(Object.keys(files).length).toBe(EXTRA_STATES.length * 2);
  expect(await vnu(files)).toEqual([]);
});
