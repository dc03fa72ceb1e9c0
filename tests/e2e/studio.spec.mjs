// The framework studio (crates/studio), served beside the widget at <base>studio/ from
// dist-studio/ (playwright.config.mjs passes --studio to the widget's servers).
//
//   - a file's problems in the studio are validate's, line for line (severity, line, message,
//     hint, order), for every framework and a sample of the fixtures;
//   - CASE packages open, convert and round-trip; a framework exports to CASE and back;
//   - the preview reaches the widget's screens and leaves localStorage alone;
//   - what is not a framework file is said so in a sentence, and the page goes on working;
//   - a large file is checked off the main thread; the error summary moves focus;
//   - axe (WCAG 2.2 AA) in English and Welsh at 320 and 1280 px; keyboard only; sub-path + CSP;
//   - the widget's dist/ has nothing of the studio.
// The shared fixture fails any test that logs a console error, violates the CSP or leaves the
// origin.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { randomUUID } from 'node:crypto';
import AxeBuilder from '@axe-core/playwright';
import { test, expect } from './fixtures.mjs';

test.describe.configure({ mode: 'parallel' });

const ROOT = new URL('../../', import.meta.url).pathname;
const FRAMEWORKS = join(ROOT, 'frameworks');
const FIXTURES = join(ROOT, 'crates/content/tests/fixtures');
const SAMPLES = join(ROOT, 'crates/content/tests/case/samples');
const OUT = join(ROOT, 'tests/e2e/output/studio');
mkdirSync(OUT, { recursive: true });
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

const FRAMEWORK_FILES = readdirSync(FRAMEWORKS).filter((f) => f.endsWith('.toml')).sort();
const SAMPLE_FILES = readdirSync(SAMPLES).filter((f) => f.endsWith('.json')).sort();
/** Fixtures covering many kinds of problem: TOML syntax, types, cycles, empty text, warnings, none. */
const FIXTURE_SAMPLE = [
  ['duplicate-key.toml', 'wrong-type.toml', 'syntax-error-unclosed.toml', 'cycle-with-other-errors.toml',
    'empty-text.toml', 'several-problems.toml', 'valid.toml', 'too-many-registrations.toml'],
  ['learning-builds-nothing.toml', 'qualification-only-entry.toml', 'route-in-to-closed-role.toml',
    'cite-source-out-of-range.toml', 'unknown-registration.toml', 'training-cy-mismatch.toml', 'welsh-missing.toml'],
];

/** The studio's own strings (locales/<lang>/studio.toml, flat `key = "text"` lines). */
function studioStrings(lang) {
  const out = {};
  for (const line of readFileSync(join(ROOT, `locales/${lang}/studio.toml`), 'utf8').split('\n')) {
    const m = line.match(/^([a-z0-9_]+)\s*=\s*(".*")\s*$/);
    if (m) out[m[1]] = JSON.parse(m[2]);
  }
  return out;
}
const EN = studioStrings('en');
const CY = studioStrings('cy');

/** `cargo run` of one of hjcp-content's commands; its stdout (and stderr) even when it exits 1. */
function cargo(bin, args) {
  try {
    const stdout = execFileSync('cargo', ['run', '-q', '-p', 'hjcp-content', '--bin', bin, '--', ...args], {
      cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 << 20,
    });
    return { stdout, stderr: '' };
  } catch (err) {
    if (typeof err.stdout !== 'string' || err.status !== 1) throw err;
    return { stdout: err.stdout, stderr: err.stderr };
  }
}

/**
 * validate's output as { file name: [{ severity, line, message, hint }] }, for the files directly
 * in the folder. Checks across the folder's files (one framework id in two files) are left out:
 * the studio sees one file at a time.
 */
function parseValidate(stdout, prefix) {
  const files = {};
  let last = null;
  for (const text of stdout.split('\n')) {
    const m = text.match(/^(.+?):(\d+): (error|warning): (.*)$/);
    if (m) {
      last = null;
      const [, path, line, severity, message] = m;
      if (!path.startsWith(prefix)) throw new Error(`validate named a file outside ${prefix}: ${text}`);
      const name = path.slice(prefix.length);
      if (name.includes('/')) continue;
      if (/^framework id ".*" is already used by /.test(message)) continue;
      last = { severity, line, message, hint: '' };
      (files[name] ??= []).push(last);
      continue;
    }
    const hint = text.match(/^ {2}hint: (.*)$/);
    if (hint && last) last.hint = hint[1];
    else last = null;
  }
  return files;
}

let VALIDATE = null;
/** The notes `case import` prints for each CASE sample. */
let IMPORT_NOTES = null;
test.beforeAll(({}, info) => {
  info.setTimeout(180_000); // cargo may have to build the commands first
  VALIDATE = {
    frameworks: parseValidate(cargo('validate', ['frameworks/']).stdout, 'frameworks/'),
    fixtures: parseValidate(cargo('validate', ['crates/content/tests/fixtures/']).stdout, 'crates/content/tests/fixtures/'),
  };
  IMPORT_NOTES = {};
  for (const f of SAMPLE_FILES) {
    // `case import` prints its notes on stderr, one `note: ` line each.
    const out = execFileSync('sh', ['-c', 'cargo run -q -p hjcp-content --bin case -- import "$1" -o /dev/null 2>&1 >/dev/null', 'sh', join(SAMPLES, f)], { cwd: ROOT, encoding: 'utf8' });
    IMPORT_NOTES[f] = out.split('\n').filter((l) => l.startsWith('note: ')).map((l) => l.slice('note: '.length));
  }
});

const counted = (n, one, many) => `${n} ${n === 1 ? one : many}`;
const countsText = (problems) => {
  const errors = problems.filter((p) => p.severity === 'error').length;
  return `${counted(errors, 'error', 'errors')}, ${counted(problems.length - errors, 'warning', 'warnings')}`;
};

const status = (page) => page.locator('.hjcp-studio-status');
const h1 = (page) => page.locator('#hjcp-main h1');
const kindOfFile = (page) => page.locator('.hjcp-summary-list__row').filter({ has: page.locator('dt', { hasText: /^(Kind of file|Math o ffeil)$/ }) }).locator('dd');

/** Opens the studio afresh and waits for the live page (the static first screen has no input). */
async function openStudio(page, url = 'studio/') {
  await page.goto(url);
  await expect(page.locator('#studio-file')).toBeAttached();
  await expect(page.locator('button.hjcp-lang-switch')).toBeVisible();
}

/** Chooses a file (a path, or { name, mimeType, buffer }) and waits until it has been checked. */
async function choose(page, file, lang = 'en') {
  const name = typeof file === 'string' ? basename(file) : file.name;
  await page.setInputFiles('#studio-file', file);
  await expect(status(page)).toHaveText((lang === 'cy' ? CY : EN).checked.replace('{file}', name), { timeout: 20_000 });
  return name;
}

/** Every problem drawn, in validate's order (the item ids keep it; errors are drawn first). */
async function shownProblems(page) {
  const drawn = await page.locator('.hjcp-studio-problem').evaluateAll((els) => els.map((el) => ({
    index: Number(el.id.replace('studio-problem-', '')),
    severity: el.dataset.severity,
    line: el.dataset.line,
    message: el.querySelector('.hjcp-studio-message')?.textContent ?? null,
    hint: el.querySelector('.hjcp-studio-hint')?.textContent ?? '',
  })));
  const severities = drawn.map((p) => p.severity);
  expect(severities, 'errors are drawn before warnings').toEqual([...severities].sort());
  return drawn.sort((a, b) => a.index - b.index).map(({ index, ...p }) => p);
}

/** Clicks a download button and saves the file; returns its path and text. */
async function download(page, selector, dir) {
  const [dl] = await Promise.all([page.waitForEvent('download'), page.locator(selector).click()]);
  const path = join(dir, dl.suggestedFilename());
  await dl.saveAs(path);
  return { path, text: readFileSync(path, 'utf8'), name: dl.suggestedFilename() };
}

async function axe(page, what) {
  const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  expect(violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`), `axe: ${what}`).toEqual([]);
}

/** The preview's own jump buttons (the nav inside .hjcp-studio-preview). */
const jump = (page, name) => page.locator('.hjcp-studio-preview nav').getByRole('button', { name, exact: true });

// ---------------------------------------------------------------------------------------------

test.describe('same problems as validate', () => {
  test('every framework in frameworks/', async ({ page }) => {
    await openStudio(page);
    for (const file of FRAMEWORK_FILES) {
      await choose(page, join(FRAMEWORKS, file));
      const expected = VALIDATE.frameworks[file] ?? [];
      expect(await shownProblems(page), file).toEqual(expected);
      await expect(page.locator('#studio-counts'), file).toHaveText(countsText(expected));
      await expect(kindOfFile(page)).toHaveText(EN.kind_toml);
    }
  });

  for (const [i, group] of FIXTURE_SAMPLE.entries()) {
    test(`fixtures, sample ${i + 1}: ${group.join(', ')}`, async ({ page }) => {
      await openStudio(page);
      for (const file of group) {
        await choose(page, join(FIXTURES, file));
        const expected = VALIDATE.fixtures[file] ?? [];
        if (file !== 'valid.toml') expect(expected.length, `validate finds something in ${file}`).toBeGreaterThan(0);
        expect(await shownProblems(page), file).toEqual(expected);
        await expect(page.locator('#studio-counts'), file).toHaveText(countsText(expected));
      }
    });
  }
});

test.describe('CASE', () => {
  test('each CASE sample opens with no errors, says what the import did, and its TOML opens with no errors', async ({ page }, info) => {
    await openStudio(page);
    for (const file of SAMPLE_FILES) {
      await choose(page, join(SAMPLES, file));
      await expect(kindOfFile(page), file).toHaveText(EN.kind_case);
      await expect(page.locator('#studio-counts'), file).toHaveText(/^0 errors, /);
      await expect(page.locator('#studio-outcome')).toHaveCount(0);
      const notes = IMPORT_NOTES[file];
      if (notes.length) {
        await expect(page.locator('#studio-import-notes')).toBeVisible();
        await expect(page.locator('#studio-import-notes li'), `${file}: the notes case import gives`).toHaveText(notes);
      }
      const toml = await download(page, '#studio-download-toml', info.outputPath());
      expect(toml.name).toBe(file.replace(/\.json$/, '.toml'));
      expect(toml.text).toContain('[framework]');
      await choose(page, toml.path);
      await expect(kindOfFile(page), toml.name).toHaveText(EN.kind_toml);
      await expect(page.locator('#studio-counts'), toml.name).toHaveText(/^0 errors, /);
    }
  });

  test('a framework exported to CASE opens again as a CASE package with no errors', async ({ page }, info) => {
    await openStudio(page);
    await choose(page, join(FRAMEWORKS, 'hmpps-leadership-code.toml'));
    await expect(page.locator('#studio-download-toml'), 'a TOML file is not offered as TOML').toHaveCount(0);
    const json = await download(page, '#studio-download-case', info.outputPath());
    expect(json.name).toBe('hmpps-leadership-code-case.json');
    const pkg = JSON.parse(json.text);
    expect(pkg.CFDocument.title).toBe('HMPPS Leadership Code');
    await choose(page, json.path);
    await expect(kindOfFile(page)).toHaveText(EN.kind_case);
    await expect(page.locator('#studio-counts')).toHaveText(/^0 errors, /);
    await expect(page.locator('#studio-download-case'), 'a CASE package is not offered as CASE again').toHaveCount(0);
    await expect(page.locator('#studio-download-toml')).toBeVisible();
  });
});

test.describe('preview', () => {
  /** Opens the preview, reaches Results, and (with roles) the first role, the map and compare. */
  async function reachResults(page, { roles }) {
    await page.locator('#studio-preview').click();
    await expect(page.locator('#studio-preview-title')).toBeFocused();
    await expect(page.locator('#studio-no-roles')).toHaveCount(roles ? 0 : 1);
    await jump(page, 'Results').click();
    await expect(h1(page)).toHaveText('Your results');
    if (roles) {
      for (const name of ['First role', 'Map', 'Compare roles']) {
        const before = await h1(page).textContent();
        await jump(page, name).click();
        await expect(h1(page), name).toBeVisible();
        await expect(h1(page), `${name} shows another screen`).not.toHaveText(before);
      }
    } else {
      await expect(page.locator('#studio-no-roles')).toBeVisible();
      await expect(jump(page, 'First role')).toHaveCount(0);
    }
    await page.locator('#studio-back').click();
    await expect(page.locator('#studio-preview')).toBeFocused();
  }

  for (const file of FRAMEWORK_FILES) {
    test(`${file} reaches the results, a role, the map and compare`, async ({ page }) => {
      await openStudio(page);
      await choose(page, join(FRAMEWORKS, file));
      await reachResults(page, { roles: true });
    });
  }

  test('a CASE sample (no roles) reaches the results', async ({ page }) => {
    await openStudio(page);
    await choose(page, join(SAMPLES, SAMPLE_FILES[0]));
    await reachResults(page, { roles: false });
  });

  test('a framework exported to CASE reaches the results', async ({ page }, info) => {
    await openStudio(page);
    await choose(page, join(FRAMEWORKS, 'hmpps-leadership-code.toml'));
    const json = await download(page, '#studio-download-case', info.outputPath());
    await choose(page, json.path);
    await expect(kindOfFile(page)).toHaveText(EN.kind_case);
    // The export carries the roles (in its hjcp extensions), so the import gets them back.
    await reachResults(page, { roles: true });
  });

  // The preview says nothing entered is saved (its session uses a MemoryStore), so the widget's
  // "Saved on this device" must not say otherwise.
  test('the preview does not claim an answer was saved on this device', async ({ page }) => {
    await openStudio(page);
    await choose(page, join(FRAMEWORKS, 'hmpps-leadership-code.toml'));
    await page.locator('#studio-preview').click();
    await expect(page.locator('.hjcp-studio-preview')).toContainText(EN.preview_not_saved);
    await jump(page, 'First question').click();
    await page.locator('#hjcp-main input[type=radio]').first().check();
    await page.waitForTimeout(300);
    await expect(page.getByText('Saved on this device')).toBeHidden();
  });

  // Each preview is the widget mounted afresh: page-wide state of the last one (its results
  // half's state in context) must not be reused once that preview is gone.
  test('the preview opens again on the same page, for the same file and another', async ({ page }) => {
    await openStudio(page);
    await choose(page, join(FRAMEWORKS, 'hmpps-leadership-code.toml'));
    await reachResults(page, { roles: true });
    await reachResults(page, { roles: true });
    await choose(page, join(FRAMEWORKS, 'hmpps-health-care-wellbeing.toml'));
    await reachResults(page, { roles: true });
  });

  test('rating in the preview leaves localStorage as it was, and Back returns focus to the preview button', async ({ page }) => {
    const SEED = '{"app":"hjcp","version":2,"note":"seeded by studio.spec — must survive the preview ✓"}';
    await page.addInitScript((seed) => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem('hjcp-career-pathways', seed);
        sessionStorage.setItem('seeded', '1');
      }
    }, SEED);
    await openStudio(page);
    const all = () => page.evaluate(() => JSON.stringify(Object.entries(localStorage).sort()));
    const before = await all();
    expect(await page.evaluate(() => localStorage.getItem('hjcp-career-pathways'))).toBe(SEED);
    await choose(page, join(FRAMEWORKS, 'hmpps-leadership-code.toml'));
    await page.locator('#studio-preview').click();
    await jump(page, 'First question').click();
    const radio = page.locator('#hjcp-main input[type=radio]').first();
    await radio.check();
    await page.locator('#hjcp-main').getByRole('button', { name: 'Continue' }).click();
    await expect(h1(page)).toBeVisible();
    await jump(page, 'Results').click();
    // With an answer given, the results lead with the roles that fit.
    await expect(h1(page)).toHaveText(/^(Your results|Roles that fit you best)$/);
    await page.locator('#studio-back').click();
    await expect(page.locator('#studio-preview')).toBeFocused();
    await expect(page.locator('#hjcp-main h1')).toHaveText(EN.heading);
    expect(await page.evaluate(() => localStorage.getItem('hjcp-career-pathways'))).toBe(SEED);
    expect(await all(), 'nothing else was stored either').toBe(before);
  });
});

test('what is not a framework file is said so in a sentence, and the page goes on working', async ({ page }) => {
  const png = join(OUT, 'picture.png');
  writeFileSync(png, Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8ffff3f0005fe02fea7d6a4c00000000049454e44ae426082', 'hex'));
  const prose = join(OUT, 'notes.txt');
  writeFileSync(prose, 'Dear team,\n\nHere are my thoughts on the new framework. It reads well, but the second area is long.\n\nThanks, Sam\n');
  const cases = [
    [{ name: 'empty.toml', mimeType: 'text/plain', buffer: Buffer.alloc(0) }, /The file is empty\./],
    [png, /This is a PNG image, not a text file\./],
    [{ name: 'other.json', mimeType: 'application/json', buffer: Buffer.from('{"name":"x"}') }, /This is JSON, but not a CASE 1\.0 package: /],
    [{ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"CFDocument": {"identifier": "x",\n') }, /starts like JSON but is not valid JSON: line \d+, column \d+/],
    [{ name: 'huge.toml', mimeType: 'text/plain', buffer: Buffer.alloc(11 * 1024 * 1024, 'a') }, /The file is 11\.0 MB\. The studio opens files up to 10 MB\./],
  ];
  await openStudio(page);
  for (const [file, reason] of cases) {
    const name = await choose(page, file);
    const outcome = page.locator('#studio-outcome');
    await expect(outcome, name).toHaveAttribute('role', 'alert');
    await expect(outcome.locator('h2'), name).toHaveText(EN.not_title.replace('{file}', name));
    await expect(outcome.locator('.hjcp-studio-reason'), name).toHaveText(reason);
    await expect(outcome, name).toBeFocused();
    await expect(page.locator('.hjcp-studio-problem')).toHaveCount(0);
    await expect(page.locator('#studio-preview')).toHaveCount(0);
  }
  // Prose is not refused up front: it is read as TOML, and validate's syntax error is shown in the
  // error summary (as validate itself would report it).
  await choose(page, prose);
  await expect(page.locator('#studio-outcome')).toHaveAttribute('role', 'alert');
  await expect(page.locator('#studio-outcome')).toContainText(EN.errors_title);
  await expect(page.locator('.hjcp-studio-problem[data-severity=error]')).not.toHaveCount(0);
  // And a good file afterwards.
  await choose(page, join(FRAMEWORKS, 'hmpps-leadership-code.toml'));
  await expect(page.locator('#studio-outcome')).toHaveCount(0);
  await expect(page.locator('#studio-counts')).toHaveText('0 errors, 0 warnings');
  await expect(page.locator('#studio-checked')).toBeFocused();
  // In Welsh, the kind of file is named in Welsh too.
  await page.locator('.hjcp-lang-switch').click();
  await choose(page, png, 'cy');
  await expect(page.locator('#studio-outcome .hjcp-studio-reason')).toHaveText(CY.not_binary_kind.replace('{kind}', CY.binary_png));
});

/**
 * An ~8 MB CASE package: the CASE export of hmpps-leadership-code (downloaded from the studio,
 * which is left open on it) with thousands of generated competences in its first area. Returns
 * its path and size.
 */
async function largeCasePackage(page, info) {
  await openStudio(page);
  await choose(page, join(FRAMEWORKS, 'hmpps-leadership-code.toml'));
  const pkg = JSON.parse((await download(page, '#studio-download-case', info.outputPath())).text);
  const area = pkg.CFItems.find((i) => i.CFItemType === 'Domain');
  const text = 'Shows the behaviour consistently across a range of situations, explains it to others and reflects on it. '.repeat(6);
  let size = JSON.stringify(pkg).length;
  for (let n = 1; size < 8 * 1024 * 1024; n++) {
    const id = randomUUID();
    const assoc = randomUUID();
    const item = { identifier: id, uri: `urn:uuid:${id}`, CFItemType: 'Competency', fullStatement: `Generated competence ${n}. ${text}`, humanCodingScheme: `generated-${n}`, lastChangeDateTime: '2026-12-02T00:00:00+00:00' };
    const link = { identifier: assoc, uri: `urn:uuid:${assoc}`, associationType: 'isChildOf', lastChangeDateTime: '2026-12-02T00:00:00+00:00',
      originNodeURI: { identifier: id, uri: `urn:uuid:${id}`, title: `Generated competence ${n}` },
      destinationNodeURI: { identifier: area.identifier, uri: area.uri, title: area.abbreviatedStatement ?? '' } };
    pkg.CFItems.push(item);
    pkg.CFAssociations.push(link);
    size += JSON.stringify(item).length + JSON.stringify(link).length + 2;
  }
  const big = info.outputPath('large-case.json');
  writeFileSync(big, JSON.stringify(pkg));
  const bytes = readFileSync(big).length;
  expect(bytes).toBeGreaterThan(8 * 1024 * 1024);
  expect(bytes).toBeLessThan(10 * 1024 * 1024);
  return { big, bytes };
}

test('a large CASE package (~8 MB) is checked while the page stays responsive', async ({ page }, info) => {
  test.setTimeout(90_000);
  const { big, bytes } = await largeCasePackage(page, info);
  await page.evaluate(() => {
    window.__ticks = 0;
    setInterval(() => { window.__ticks++; }, 10);
    window.__marks = {};
    const el = document.querySelector('.hjcp-studio-status');
    new MutationObserver(() => {
      const t = el.textContent;
      if (t.startsWith('Checking') && window.__marks.start == null) { window.__marks.start = window.__ticks; window.__marks.t0 = performance.now(); }
      if (t.startsWith('Checked') && window.__marks.end == null) { window.__marks.end = window.__ticks; window.__marks.t1 = performance.now(); }
    }).observe(el, { childList: true, subtree: true, characterData: true });
  });
  await page.setInputFiles('#studio-file', big);
  await expect(status(page)).toHaveText('Checked large-case.json.', { timeout: 60_000 });
  const marks = await page.evaluate(() => window.__marks);
  expect(marks.start, 'the status said "Checking" first').not.toBeUndefined();
  expect(marks.end - marks.start, 'the main thread ran timers while the file was checked').toBeGreaterThan(10);
  expect(page.workers().length, 'the check ran in a Web Worker').toBeGreaterThan(0);
  info.annotations.push({ type: 'ticks', description: `${marks.end - marks.start} timer ticks of 10 ms in ${Math.round(marks.t1 - marks.t0)} ms while checking ${bytes} bytes` });
  await expect(kindOfFile(page)).toHaveText(EN.kind_case);
});

// The problem lists, the Welsh lines and the "What changed" table stop at 300 rows (the
// downloads have them all), so a large draft does not block the page while it is drawn.
test('a large draft\'s "What changed" table is capped like the problem lists', async ({ page }, info) => {
  test.setTimeout(90_000);
  const { big } = await largeCasePackage(page, info);
  await choose(page, big);
  expect(await page.locator('.hjcp-studio-change').count()).toBeLessThanOrEqual(300);
});

test('the error summary takes focus, and its links move focus to the problem', async ({ page }) => {
  await openStudio(page);
  await choose(page, join(FIXTURES, 'cycle-with-other-errors.toml'));
  const outcome = page.locator('#studio-outcome');
  await expect(outcome).toBeFocused();
  await expect(page).toHaveTitle(`Error: ${EN.page_title}`);
  const links = outcome.locator('a');
  const expected = VALIDATE.fixtures['cycle-with-other-errors.toml'].filter((p) => p.severity === 'error');
  await expect(links).toHaveText(expected.map((p) => `Line ${p.line}: ${p.message}`));
  for (const n of [0, expected.length - 1]) {
    const href = await links.nth(n).getAttribute('href');
    expect(href).toMatch(/^#studio-problem-\d+$/);
    await links.nth(n).click();
    const target = page.locator(href);
    await expect(target).toBeFocused();
    await expect(target.locator('.hjcp-studio-message')).toHaveText(expected[n].message);
    await expect(target).toHaveAttribute('data-line', expected[n].line);
  }
});

test.describe('accessibility', () => {
  for (const lang of ['en', 'cy']) {
    test(`axe: empty, errors, a CASE import and the preview, at 320 and 1280 px (${lang})`, async ({ page }) => {
      test.setTimeout(90_000);
      const widths = [320, 1280];
      const check = async (what) => {
        for (const width of widths) {
          await page.setViewportSize({ width, height: 800 });
          await axe(page, `${what}, ${lang}, ${width} px`);
        }
      };
      await openStudio(page, `studio/?lang=${lang}`);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await check('empty studio');
      await choose(page, join(FIXTURES, 'cycle-with-other-errors.toml'), lang);
      await check('a result with errors');
      await choose(page, join(SAMPLES, 'SequenceNumberFramework.json'), lang);
      await check('a CASE import');
      await choose(page, join(FRAMEWORKS, 'hmpps-leadership-code.toml'), lang);
      await page.locator('#studio-preview').click();
      await jump(page, lang === 'cy' ? CY.jump_results : EN.jump_results).click();
      await expect(h1(page)).toHaveText(lang === 'cy' ? 'Eich canlyniadau' : 'Your results');
      await check('the preview, on results');
    });
  }
});

test('keyboard only: skip link, file input, preview and back', async ({ page }) => {
  await openStudio(page);
  await page.keyboard.press('Tab');
  await expect(page.locator('.hjcp-skip-link')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('#hjcp-main')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.locator('#studio-file')).toBeFocused();
  // The browser's file picker cannot be driven; the file is set as a picker would.
  await choose(page, join(FRAMEWORKS, 'hmpps-leadership-code.toml'));
  const tabTo = async (selector) => {
    for (let i = 0; i < 60; i++) {
      if (await page.locator(selector).evaluate((el) => el === document.activeElement)) return;
      await page.keyboard.press('Tab');
    }
    throw new Error(`Tab never reached ${selector}`);
  };
  await tabTo('#studio-preview');
  await expect(page.locator('#studio-preview')).toHaveText(EN.preview_button);
  await page.keyboard.press('Enter');
  await expect(page.locator('#studio-preview-title')).toBeFocused();
  await tabTo('#studio-back');
  await expect(page.locator('#studio-back')).toHaveText(EN.preview_back);
  await page.keyboard.press('Enter');
  await expect(page.locator('#studio-preview')).toBeFocused();
  await expect(h1(page)).toHaveText(EN.heading);
});

test('under a sub-path, with the CSP, a framework opens and previews', async ({ page }) => {
  const base = 'http://127.0.0.1:4175/careers/self-evaluation/';
  const requests = [];
  page.on('request', (r) => requests.push(r.url()));
  await openStudio(page, `${base}studio/`);
  await choose(page, join(FRAMEWORKS, 'hmpps-health-care-wellbeing.toml'));
  await expect(page.locator('#studio-counts')).toHaveText('0 errors, 0 warnings');
  await page.locator('#studio-preview').click();
  await jump(page, 'Results').click();
  await expect(h1(page)).toHaveText('Your results');
  await page.locator('#studio-back').click();
  expect(requests.filter((u) => !u.startsWith(`${base}studio/`) && !u.startsWith('blob:') && !u.startsWith('data:')), 'everything from the studio folder').toEqual([]);
});

test('in Welsh: the heading, <html lang>, and a result\'s labels are Welsh; validate\'s messages stay English, marked so', async ({ page }) => {
  await openStudio(page);
  await page.locator('.hjcp-lang-switch').click();
  await expect(h1(page)).toHaveText('Gwirio ffeil fframwaith');
  await expect(page.locator('html')).toHaveAttribute('lang', 'cy');
  await expect(page).toHaveTitle(CY.page_title);
  await choose(page, join(FIXTURES, 'cycle-with-other-errors.toml'), 'cy');
  await expect(page).toHaveTitle(CY.page_title_error.replace('{title}', CY.page_title));
  await expect(page.locator('#studio-outcome h2')).toHaveText(CY.errors_title);
  await expect(page.locator('.hjcp-summary-list__key')).toHaveText([CY.row_file, CY.row_kind, CY.row_result, CY.row_welsh]);
  await expect(kindOfFile(page)).toHaveText(CY.kind_toml);
  await expect(page.locator('#studio-counts')).toHaveText('3 gwall, 0 rhybudd');
  const first = page.locator('.hjcp-studio-problem').first();
  await expect(first.locator('h3')).toHaveText(`${CY.tag_error} ${CY.line_n.replace('{line}', '4')}`);
  await expect(first.locator('.hjcp-studio-hint-line strong')).toHaveText(CY.how_to_fix);
  const messages = page.locator('.hjcp-studio-message');
  await expect(messages).toHaveCount(3);
  for (const m of await messages.all()) await expect(m).toHaveAttribute('lang', 'en');
  for (const h of await page.locator('.hjcp-studio-hint').all()) await expect(h).toHaveAttribute('lang', 'en');
  await expect(messages.first()).toHaveText('this text is empty');
  // And back to English.
  await page.locator('.hjcp-lang-switch').click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.locator('#studio-counts')).toHaveText('3 errors, 0 warnings');
});

test('a file dropped on the box is checked', async ({ page }) => {
  await openStudio(page);
  const text = readFileSync(join(FIXTURES, 'duplicate-key.toml'), 'utf8');
  await page.evaluate((text) => {
    const data = new DataTransfer();
    data.items.add(new File([text], 'duplicate-key.toml', { type: 'text/plain' }));
    const zone = document.querySelector('.hjcp-studio-drop');
    zone.dispatchEvent(new DragEvent('dragover', { dataTransfer: data, bubbles: true, cancelable: true }));
    window.__over = zone.classList.contains('hjcp-studio-drop--over');
    zone.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
  }, text);
  await expect(status(page)).toHaveText('Checked duplicate-key.toml.');
  await expect(page.locator('.hjcp-studio-drop')).not.toHaveClass(/hjcp-studio-drop--over/);
  expect(await shownProblems(page)).toEqual(VALIDATE.fixtures['duplicate-key.toml']);
});

test("the widget's dist/ has nothing of the studio", async () => {
  const dist = join(ROOT, 'dist');
  const files = readdirSync(dist, { recursive: true }).map(String);
  expect(files.length).toBeGreaterThan(0);
  expect(files.filter((f) => /studio/i.test(f))).toEqual([]);
  expect(readFileSync(join(dist, 'index.html'), 'utf8')).not.toMatch(/studio/i);
});
