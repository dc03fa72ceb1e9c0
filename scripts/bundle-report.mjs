// Size and performance tables for scripts/bench.sh; not a test.
//
//   node scripts/bundle-report.mjs dist [--json]      raw, gzip -9 and brotli -q 11 bytes of every
//                                                     file in a bundle folder, and the total
//   node scripts/bundle-report.mjs --bench <dir>      the full report from what bench.sh collected
//                                                     in <dir>: prints it and rewrites the marked
//                                                     blocks of docs/performance.md
//
// Sizes are exact byte counts of what a host would send: gzip level 9 and brotli quality 11
// (each file compressed on its own, as with static precompression). "KB" below is 1,000 bytes.
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';

export const KB = 1000;

export function sizes(data) {
  return {
    raw: data.length,
    gzip: gzipSync(data, { level: 9 }).length,
    brotli: brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: data.length } }).length,
  };
}

/**
 * When a file of the widget's build is fetched: `first` before the start screen works,
 * `content` a framework's content, when it is chosen (a returning person's before the start
 * screen), `deferred` in the background after the first paint (the results half,
 * src/results_half.rs), `host` by the host page, not by the widget (embed.js).
 */
export function when(file) {
  if (file === 'embed.js') return 'host';
  if (/^results-half-[0-9a-f]{16}\.wasm$/.test(file)) return 'deferred';
  if (/^content-.+-[0-9a-f]{16}\.bin$/.test(file)) return 'content';
  return 'first';
}

const add = (a, b) => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip, brotli: a.brotli + b.brotli });
const ZERO = { raw: 0, gzip: 0, brotli: 0 };

/**
 * Totals of a measured widget build: `first` (a first visit, before the start screen works),
 * `worst` (the first load of a returning person using the largest framework: `first` and that
 * framework's content; a single-file build has no content files and the two are the same),
 * `deferred` (the results half), `everything` the widget can fetch, and `largest`, the largest
 * content file's row.
 */
export function loads(rows) {
  const sum = (pick) => rows.filter((r) => pick(when(r.file))).reduce(add, ZERO);
  const contents = rows.filter((r) => when(r.file) === 'content');
  const largest = contents.reduce((big, r) => (r.brotli > (big?.brotli ?? -1) ? r : big), null);
  const first = sum((w) => w === 'first');
  return { first, worst: largest ? add(first, largest) : first, largest, deferred: sum((w) => w === 'deferred'), everything: sum((w) => w !== 'host') };
}

export function measure(dir) {
  const rows = [];
  const walk = (d) => {
    for (const name of readdirSync(d).sort()) {
      if (name.startsWith('.')) continue; // Trunk's .stage folder
      const path = join(d, name);
      if (statSync(path).isDirectory()) { walk(path); continue; }
      rows.push({ file: path.slice(dir.length + 1), ...sizes(readFileSync(path)) });
    }
  };
  walk(dir);
  const total = rows.reduce((t, r) => ({ file: 'total', raw: t.raw + r.raw, gzip: t.gzip + r.gzip, brotli: t.brotli + r.brotli }), { file: 'total', raw: 0, gzip: 0, brotli: 0 });
  return { rows, total };
}

const fmt = (n) => (n === undefined || n === null || Number.isNaN(n) ? '' : Math.round(n).toLocaleString('en-GB'));
const unhash = (file) => file.replace(/-[0-9a-f]{8,16}(?=[._])/, '-<hash>');

export function table({ rows, total }) {
  const lines = ['| file | raw | gzip -9 | brotli -q 11 |', '|---|---:|---:|---:|'];
  for (const r of [...rows, total]) {
    const name = r.file === 'total' ? '**total**' : `\`${unhash(r.file)}\``;
    lines.push(`| ${name} | ${fmt(r.raw)} | ${fmt(r.gzip)} | ${fmt(r.brotli)} |`);
  }
  return lines.join('\n');
}

/** Per-framework content cost from the postcard files the native bench test wrote. */
export function content(dir) {
  const all = sizes(readFileSync(join(dir, 'catalog.bin')));
  const frameworks = readdirSync(dir).filter((f) => f.startsWith('only-')).sort().map((f) => {
    const id = f.slice(5, -4);
    const only = sizes(readFileSync(join(dir, f)));
    const without = sizes(readFileSync(join(dir, `without-${id}.bin`)));
    return { id, only, marginal: { raw: all.raw - without.raw, gzip: all.gzip - without.gzip, brotli: all.brotli - without.brotli } };
  });
  return { all, frameworks };
}

/** `PERF|name|value|unit` lines (tests/e2e/perf.spec.mjs) and `BENCH|target|case|metric|value|unit` lines (tests/wasm_bench.rs). */
function parseLines(text, tag) {
  return text.split('\n').map((l) => l.slice(l.indexOf(`${tag}|`))).filter((l) => l.startsWith(`${tag}|`)).map((l) => l.trim().split('|').slice(1));
}

const read = (dir, name) => (existsSync(join(dir, name)) ? readFileSync(join(dir, name), 'utf8') : null);

/** The brotli bytes of a row of the previous report's bundle table (docs/performance.md), if any. */
export function previousBrotli(doc, item) {
  if (!doc || !existsSync(doc)) return null;
  const line = readFileSync(doc, 'utf8').split('\n').find((l) => l.startsWith(`| widget | ${item} |`));
  const cells = line?.split('|').map((c) => c.trim());
  const value = cells ? Number(cells[5]?.replaceAll(',', '')) : NaN;
  return Number.isFinite(value) && value > 0 ? value : null;
}

export function benchReport(dir, doc = null) {
  const widget = measure(join(dir, 'widget'));
  const floor = measure(join(dir, 'floor'));
  const cont = existsSync(join(dir, 'content')) ? content(join(dir, 'content')) : null;
  const lh = read(dir, 'lighthouse.json') ? JSON.parse(read(dir, 'lighthouse.json')) : null;
  const lhPre = read(dir, 'lighthouse-precompressed.json') ? JSON.parse(read(dir, 'lighthouse-precompressed.json')) : null;
  const perf = Object.fromEntries(parseLines(read(dir, 'perf.txt') ?? '', 'PERF').map(([k, v, u]) => [k, { v: Number(v), u }]));

  const L = ['| what | item | raw | gzip -9 | brotli -q 11 | value |', '|---|---|---:|---:|---:|---|'];
  const row = (what, item, s = {}, value = '') => L.push(`| ${what} | ${item} | ${fmt(s.raw)} | ${fmt(s.gzip)} | ${fmt(s.brotli)} | ${value} |`);
  const WHEN = { first: 'first load', content: 'when the framework is chosen', deferred: 'after the first paint', host: "host page's script" };
  for (const r of widget.rows) row('widget', `\`${unhash(r.file)}\``, r, WHEN[when(r.file)]);
  const load = loads(widget.rows);
  const largest = load.largest ? `\`${unhash(load.largest.file)}\`` : 'none';
  row('widget', '**first load, first visit** (before the start screen works)', load.first);
  row('widget', '**first load, worst case** (returning, largest framework: + its content)', load.worst, largest);
  row('widget', '**deferred** (the results half, fetched after the first paint)', load.deferred);
  row('widget', '**everything the widget can fetch** (all four frameworks)', load.everything);
  // Read before this report replaces the table: what the first load was in the previous one.
  for (const [item, now] of [['**first load, first visit** (before the start screen works)', load.first], ['**first load, worst case** (returning, largest framework: + its content)', load.worst]]) {
    const before = previousBrotli(doc, item);
    if (before !== null) {
      const d = now.brotli - before;
      row('widget', `${item.replaceAll('**', '')} against the previous report`, {}, d === 0 ? `unchanged (${fmt(before)} B brotli)` : `${d > 0 ? '+' : ''}${fmt(d)} B brotli (was ${fmt(before)})`);
    }
  }
  const single = existsSync(join(dir, 'single')) ? measure(join(dir, 'single')) : null;
  if (single) {
    const one = loads(single.rows);
    const diff = (a, b) => `${a - b > 0 ? '+' : ''}${fmt(a - b)}`;
    row('one wasm file (HJCP_SPLIT=0)', 'first load, worst case', one.worst, `the split: ${diff(load.worst.brotli, one.worst.brotli)} B brotli`);
    row('one wasm file (HJCP_SPLIT=0)', 'everything', one.everything, `the split: ${diff(load.everything.brotli, one.everything.brotli)} B brotli`);
  }
  row('per screen', 'start, about, accessibility (first visit)', load.first, 'first load only');
  row('per screen', 'questions, task list, check answers, take away', load.worst, '+ the chosen framework (largest shown)');
  row('per screen', 'results, role, path, map, compare, plan, browse, progress', add(load.worst, load.deferred), '+ the results half');
  if (existsSync(join(dir, 'studio'))) {
    // The framework studio: its own folder and page, never fetched by the widget.
    const studio = measure(join(dir, 'studio'));
    for (const r of studio.rows) row('studio (dist-studio/)', `\`${unhash(r.file)}\``, r, r.file.startsWith('studio-worker') ? 'its Web Worker (loads the same wasm)' : '');
    row('studio (dist-studio/)', '**total**', studio.total, 'framework owners only; not part of the widget');
  }
  for (const r of floor.rows) row('floor', `\`${unhash(r.file)}\``, r);
  row('floor', '**total**', floor.total, 'minimal Leptos app, same profile and tools');
  const ratio = (k) => load.worst[k] / floor.total[k];
  L.push(`| ratio | worst first load ÷ floor | ${ratio('raw').toFixed(2)}× | ${ratio('gzip').toFixed(2)}× | ${ratio('brotli').toFixed(2)}× | |`);
  if (cont) {
    row('content', 'all frameworks (postcard, as embedded)', cont.all, 'compressed on its own');
    for (const f of cont.frameworks) {
      row('content', `\`${f.id}\` alone`, f.only, `removing it saves ${fmt(f.marginal.gzip)} gzip / ${fmt(f.marginal.brotli)} brotli`);
    }
  }
  const budget = (item, value, limit) => row('budget', item, {}, `${fmt(value)} B: ${value <= limit ? 'met' : `MISSED by ${fmt(value - limit)} B`}`);
  budget('first load, largest framework (brotli) ≤ 150,000 B', load.worst.brotli, 150 * KB);
  budget('everything the widget can fetch (brotli) ≤ 320,000 B', load.everything.brotli, 320 * KB);
  const lhGz = read(dir, 'lighthouse-gzip.json') ? JSON.parse(read(dir, 'lighthouse-gzip.json')) : null;
  for (const [label, data] of [['Lighthouse (serve.mjs, uncompressed)', lh], ['Lighthouse (gzip precompressed)', lhGz], ['Lighthouse (brotli precompressed)', lhPre]]) {
    if (!data) continue;
    const s = data.median;
    const m = s.metrics;
    row(label, 'performance / accessibility / best practices', {}, `${s.scores.performance} / ${s.scores.accessibility} / ${s.scores['best-practices']}`);
    row(label, 'FCP / LCP', {}, `${fmt(m['first-contentful-paint'])} ms / ${fmt(m['largest-contentful-paint'])} ms`);
    row(label, 'TBT / CLS', {}, `${fmt(m['total-blocking-time'])} ms / ${m['cumulative-layout-shift']}`);
    row(label, 'total byte weight', {}, `${fmt(m['total-byte-weight'])} B`);
  }
  const p = (k) => (perf[k] ? `${perf[k].v} ${perf[k].u}` : 'n/a');
  if (Object.keys(perf).length) {
    row('startup (desktop, median of 5 fresh loads)', 'instantiate + decode content + first render', {}, p('startup.instantiate_decode_render'));
    row('startup (desktop, median of 5 fresh loads)', 'of which instantiate / decode / session + render', {}, `${p('startup.instantiate')} / ${p('startup.decode_content')} / ${p('startup.session_and_render')}`);
    row('startup (desktop, median of 5 fresh loads)', 'navigation → first contentful paint / → app rendered', {}, `${p('startup.nav_to_fcp')} / ${p('startup.nav_to_rendered')}`);
    row('startup', 'layout shift when the app takes over (320 / 1280 px)', {}, `${p('cls.takeover_320px')} / ${p('cls.takeover_1280px')}`);
    row('memory after both full journeys', 'wasm linear memory + JS heap used', {}, `${p('memory.after_both_journeys.wasm_linear')} + ${p('memory.after_both_journeys.js_heap_used')} = ${p('memory.after_both_journeys.total')}`);
  }
  return { widget, floor, content: cont, lighthouse: lh, lighthousePrecompressed: lhPre, perf, table: L.join('\n') };
}

/** Engine timings: one table per target (wasm, native), a row per case. */
export function engineTables(dir) {
  const out = [];
  for (const [file, title] of [['wasm-bench.txt', 'In the browser (wasm32, headless Chromium, release profile, no wasm-opt)'], ['native-bench.txt', 'Native (x86_64, release profile)']]) {
    const text = read(dir, file);
    if (!text) continue;
    const cases = new Map();
    for (const [, c, metric, value] of parseLines(text, 'BENCH')) {
      if (!cases.has(c)) cases.set(c, {});
      cases.get(c)[metric] = Number(value);
    }
    const ms = (v) => (v === undefined ? '' : v < 1 ? `${(v * 1000).toFixed(1)} µs` : `${v.toFixed(2)} ms`);
    const kb = (v) => (v === undefined ? '' : `${(v / 1024).toFixed(0)} KiB`);
    const lines = [`**${title}**`, '', '| case | competences / roles / routes | full recompute (`recommend`) | `Prepared::recommend` | update after one rating change | framework heap | lookups heap | results heap |', '|---|---|---:|---:|---:|---:|---:|---:|'];
    for (const [c, m] of cases) {
      if (c === 'catalog') continue;
      lines.push(`| ${c} | ${fmt(m.competences)} / ${fmt(m.roles)} / ${fmt(m.routes)} | ${ms(m.full_recommend)} | ${ms(m.prepared_recommend)} | ${ms(m.update_one_rating)} | ${kb(m.framework_heap)} | ${kb(m.prepared_heap)} | ${kb(m.results_heap)} |`);
    }
    const cat = cases.get('catalog');
    if (cat) lines.push('', `Decoding the embedded catalog (${fmt(cat.catalog_postcard)} postcard bytes → ${kb(cat.catalog_heap)} of heap): ${ms(cat.decode)} (first decode ${ms(cat.decode_first)}).`);
    out.push(lines.join('\n'));
  }
  return out.join('\n\n');
}

/** Replaces the block between `<!-- NAME:START -->` and `<!-- NAME:END -->` in a Markdown file. */
export function replaceBlock(file, name, body) {
  const text = readFileSync(file, 'utf8');
  const re = new RegExp(`<!-- ${name}:START -->[\\s\\S]*<!-- ${name}:END -->`);
  if (!re.test(text)) throw new Error(`${file} has no ${name} markers`);
  writeFileSync(file, text.replace(re, () => `<!-- ${name}:START -->\n${body.trim()}\n<!-- ${name}:END -->`));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  if (args[0] === '--bench') {
    const dir = args[1];
    const doc = args[2] ?? 'docs/performance.md';
    const date = new Date().toISOString().slice(0, 10);
    const report = benchReport(dir, doc);
    console.log(report.table);
    const engine = engineTables(dir);
    if (engine) console.log(`\n${engine}`);
    const twiggy = read(dir, 'twiggy.txt');
    if (twiggy) console.log(`\ntwiggy top (names kept, same optimisation):\n${twiggy}`);
    const divan = read(dir, 'divan.txt');
    replaceBlock(doc, 'BUNDLE', `Measured ${date} by \`scripts/bench.sh\`.\n\n${report.table}`);
    if (engine) replaceBlock(doc, 'ENGINE', `Measured ${date} by \`scripts/bench.sh\`.\n\n${engine}`);
    if (divan) replaceBlock(doc, 'DIVAN', `\`cargo bench -p hjcp-engine\`, measured ${date}:\n\n\`\`\`text\n${divan.trim()}\n\`\`\``);
    if (twiggy) replaceBlock(doc, 'TWIGGY', `Measured ${date}: \`twiggy top -n 20\` of the release wasm with its name section kept (\`wasm-opt -Oz -g\`; the shipped file is the same code without names).\n\n\`\`\`text\n${twiggy.trim()}\n\`\`\``);
    writeFileSync(join(dir, 'report.json'), JSON.stringify(report, null, 2));
    console.log(`\nwrote ${doc}`);
  } else {
    const result = measure(args[0] ?? 'dist');
    console.log(args.includes('--json') ? JSON.stringify(result, null, 2) : table(result));
  }
}
