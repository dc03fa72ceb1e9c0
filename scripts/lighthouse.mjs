// Lighthouse 13 (npm, pinned in package-lock.json) against a built bundle served on loopback
// by scripts/serve.mjs, in Debian's Chromium, with Lighthouse's default mobile form factor and
// throttling (simulated slow 4G, 4x CPU slowdown). A report for scripts/bench.sh, not a test.
//
//   node scripts/lighthouse.mjs [--dir dist] [--runs 1] [--precompress br|gzip] [--json] [--html report.html]
//
// --precompress serves a compressed copy of every file with `Content-Encoding` (through
// serve.mjs's extra-headers option), as docs/performance.md recommends hosts do; without it the
// files go out uncompressed, as scripts/serve.mjs sends them.
// Prints a Markdown table of category scores and metrics (the median run by performance score
// when --runs > 1), or JSON with --json. Nothing leaves the machine: the page is on 127.0.0.1
// and Chromium runs with background networking, component updates and sync switched off.
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { startServer } from './serve.mjs';

const CHROME_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-dev-shm-usage',
];

export const METRICS = [
  ['first-contentful-paint', 'FCP', 'ms'],
  ['largest-contentful-paint', 'LCP', 'ms'],
  ['total-blocking-time', 'TBT', 'ms'],
  ['cumulative-layout-shift', 'CLS', ''],
  ['speed-index', 'Speed Index', 'ms'],
  ['interactive', 'Time to Interactive', 'ms'],
  ['total-byte-weight', 'Total byte weight', 'bytes'],
];
export const CATEGORIES = [['performance', 'Performance'], ['accessibility', 'Accessibility'], ['best-practices', 'Best practices']];

/** Runs Lighthouse once per run and returns the summary of each, plus the raw result of the last. */
export async function runLighthouse({ dir = 'dist', runs = 1, precompress = null, chromePath = process.env.CHROME_PATH ?? '/usr/bin/chromium' } = {}) {
  let served = dir;
  let headers = {};
  if (precompress) {
    served = compressedCopy(dir, precompress);
    headers = { 'content-encoding': precompress, vary: 'Accept-Encoding' };
  }
  const { server, url } = await startServer({ port: 0, dir: served, quiet: true, headers });
  const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: CHROME_FLAGS });
  const summaries = [];
  let last;
  try {
    for (let i = 0; i < runs; i++) {
      const result = await lighthouse(url, {
        port: chrome.port,
        output: 'html',
        logLevel: 'error',
        onlyCategories: CATEGORIES.map(([id]) => id),
      });
      last = result;
      summaries.push(summarise(result.lhr));
    }
  } finally {
    await chrome.kill();
    server.close();
    if (served !== dir) rmSync(served, { recursive: true, force: true });
  }
  return { url, summaries, last };
}

/** A temporary copy of `dir` with every file compressed (brotli -q 11 or gzip -9), same names. */
function compressedCopy(dir, encoding) {
  const out = mkdtempSync(join(tmpdir(), 'hjcp-lh-'));
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (!statSync(path).isFile()) continue;
    const data = readFileSync(path);
    writeFileSync(join(out, name), encoding === 'br'
      ? brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } })
      : gzipSync(data, { level: 9 }));
  }
  return out;
}

export function summarise(lhr) {
  const out = { lighthouseVersion: lhr.lighthouseVersion, formFactor: lhr.configSettings.formFactor, throttling: lhr.configSettings.throttlingMethod, scores: {}, metrics: {}, failing: {} };
  for (const [id] of CATEGORIES) out.scores[id] = Math.round((lhr.categories[id]?.score ?? 0) * 100);
  for (const [id] of METRICS) out.metrics[id] = lhr.audits[id]?.numericValue ?? null;
  // Audits that cost points in the categories we report, so a score below 100 explains itself.
  for (const [id] of CATEGORIES) {
    out.failing[id] = (lhr.categories[id]?.auditRefs ?? [])
      .filter((ref) => ref.weight > 0)
      .map((ref) => lhr.audits[ref.id])
      .filter((a) => a && a.score !== null && a.score < 1 && a.scoreDisplayMode !== 'notApplicable' && a.scoreDisplayMode !== 'informative')
      .map((a) => `${a.id} (${a.displayValue ?? a.score})`);
  }
  out.runWarnings = lhr.runWarnings ?? [];
  return out;
}

export function median(summaries) {
  const sorted = [...summaries].sort((a, b) => a.scores.performance - b.scores.performance);
  return sorted[Math.floor((sorted.length - 1) / 2)];
}

export function table(s) {
  const fmt = (v, unit) => (v === null ? 'n/a' : unit === 'ms' ? `${Math.round(v).toLocaleString('en-GB')} ms` : unit === 'bytes' ? `${Math.round(v).toLocaleString('en-GB')} B` : String(Math.round(v * 1000) / 1000));
  const lines = [`| Lighthouse ${s.lighthouseVersion} (${s.formFactor}, ${s.throttling} throttling) | value |`, '|---|---:|'];
  for (const [id, name] of CATEGORIES) lines.push(`| ${name} score | ${s.scores[id]} |`);
  for (const [id, name, unit] of METRICS) lines.push(`| ${name} | ${fmt(s.metrics[id], unit)} |`);
  return lines.join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const opt = (name, def) => { const i = args.indexOf(`--${name}`); return i >= 0 ? args[i + 1] : def; };
  const { summaries, last } = await runLighthouse({ dir: opt('dir', 'dist'), runs: Number(opt('runs', 1)), precompress: opt('precompress', null) });
  const s = median(summaries);
  const html = opt('html', null);
  if (html) writeFileSync(html, last.report);
  if (args.includes('--json')) console.log(JSON.stringify({ median: s, runs: summaries }, null, 2));
  else {
    console.log(table(s));
    for (const [id, name] of CATEGORIES) if (s.failing[id].length) console.log(`\n${name}: points lost on ${s.failing[id].join(', ')}`);
  }
}
