// After the wasm is built (scripts/build.sh): gives each file of the module a content-hashed
// name, writes the loader, and links both from index.html. Paths stay relative ('./…'), so the
// bundle works from any sub-path; the loader is a file of its own, so the page runs under a CSP
// with no 'unsafe-inline'.
//
//   node scripts/assemble.mjs <wasm-out> <dist>
//
// <wasm-out> holds wasm-bindgen's hjcp-widget.js and hjcp-widget_bg.wasm, cargo's messages
// (cargo.json, which say where build.rs wrote the content files) and, in a split build,
// wasm-split's __wasm_split.js and split_<name>.wasm chunks. The two JS files import each
// other, so they share one hash, taken over both (and the chunk names they mention).
import { createHash } from 'node:crypto';
import { copyFileSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';

const [out, dist] = process.argv.slice(2);
if (!out || !dist) {
  console.error('usage: node scripts/assemble.mjs <wasm-out> <dist>');
  process.exit(2);
}
const hash = (...parts) => {
  const h = createHash('sha256');
  for (const p of parts) h.update(p);
  return h.digest('hex').slice(0, 16);
};
const fail = (why) => {
  console.error(`assemble: ${why}`);
  process.exit(1);
};

// Files from an earlier build would be served beside the new ones: remove them.
for (const f of readdirSync(dist)) {
  if (/^(hjcp-widget|split|results-half|loader)-[0-9a-f]{16}(_bg)?\.(js|wasm)$/.test(f)) rmSync(`${dist}/${f}`);
  if (/^content-.+-[0-9a-f]{16}\.bin$/.test(f)) rmSync(`${dist}/${f}`);
}

// Each framework's content, as build.rs wrote it (already named by a hash of its bytes, which
// the wasm's index names): fetched by the page when the framework is chosen.
const messages = readFileSync(`${out}/cargo.json`, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
const script = messages.filter((m) => m.reason === 'build-script-executed' && /[/#]hjcp-widget[@#]|hjcp-widget /.test(m.package_id)).pop();
if (!script) fail("cargo's messages name no build script run for hjcp-widget");
const contentDir = `${script.out_dir}/content`;
const contentFiles = readdirSync(contentDir).filter((f) => /^content-.+-[0-9a-f]{16}\.bin$/.test(f)).sort();
if (!contentFiles.length) fail(`no content files in ${contentDir}`);
for (const f of contentFiles) copyFileSync(`${contentDir}/${f}`, `${dist}/${f}`);

const copyHashed = (from, stem, ext) => {
  const body = readFileSync(`${out}/${from}`);
  const name = `${stem}-${hash(body)}${ext}`;
  copyFileSync(`${out}/${from}`, `${dist}/${name}`);
  return name;
};

const mainWasm = copyHashed('hjcp-widget_bg.wasm', 'hjcp-widget', '_bg.wasm');
let glue = readFileSync(`${out}/hjcp-widget.js`, 'utf8');

const chunks = readdirSync(out).filter((f) => /^split_.+\.wasm$/.test(f)).sort();
let splitJs = null;
const renamed = {};
for (const chunk of chunks) {
  const stem = chunk.replace(/^split_/, '').replace(/\.wasm$/, '').replaceAll('_', '-');
  renamed[chunk] = copyHashed(chunk, stem, '.wasm');
}
try {
  splitJs = readFileSync(`${out}/__wasm_split.js`, 'utf8');
} catch {
  if (chunks.length) fail('wasm-split wrote chunks but no __wasm_split.js');
}
if (splitJs !== null) {
  for (const [from, to] of Object.entries(renamed)) {
    const quoted = `"./${from}"`;
    if (!splitJs.includes(quoted)) fail(`__wasm_split.js does not load ${from} as ${quoted}`);
    splitJs = splitJs.replaceAll(quoted, `"./${to}"`);
  }
}

// One hash for the two JS files that import each other.
const shared = hash(glue, splitJs ?? '');
const glueName = `hjcp-widget-${shared}.js`;
if (splitJs !== null) {
  const splitName = `split-${shared}.js`;
  // Only the import statements: the glue also names "./__wasm_split.js" as the key of the
  // wasm's import object, which is the module's own name for it and must stay.
  for (const [text, from] of [[glue, 'from "./__wasm_split.js"'], [splitJs, 'from "./hjcp-widget.js"']]) {
    if (!text.includes(from)) fail(`expected ${from}; wasm-bindgen or wasm-split changed shape`);
  }
  glue = glue.replaceAll('from "./__wasm_split.js"', `from "./${splitName}"`);
  splitJs = splitJs.replaceAll('from "./hjcp-widget.js"', `from "./${glueName}"`);
  writeFileSync(`${dist}/${splitName}`, splitJs);
}
writeFileSync(`${dist}/${glueName}`, glue);

// The loader paints the static first screen before starting the app, so the wasm download does
// not hold up the first paint: it waits for the next frame (a hidden page paints nothing, so it
// does not wait; a 1 s fallback covers off-screen iframes, whose frames are throttled).
const loader = `import init from './${glueName}';
if (document.visibilityState === 'visible') await new Promise((go) => { requestAnimationFrame(() => setTimeout(go)); setTimeout(go, 1000); });
const wasm = await init({ module_or_path: new URL('./${mainWasm}', import.meta.url) });
dispatchEvent(new CustomEvent('TrunkApplicationStarted', { detail: { wasm } }));
`;
const loaderName = `loader-${hash(loader)}.js`;
writeFileSync(`${dist}/${loaderName}`, loader);

const htmlPath = `${dist}/index.html`;
let html = readFileSync(htmlPath, 'utf8');
if (!html.includes('</head>')) fail('index.html has no </head>');
if (/hjcp-widget-[0-9a-f]{16}\.js/.test(html)) fail('index.html already links a module; Trunk built the wasm too');
html = html.replace(
  '</head>',
  `<link rel="modulepreload" href="./${glueName}" crossorigin>\n` +
    `<script type="module" src="./${loaderName}"></script>\n</head>`,
);
writeFileSync(htmlPath, html);
const summary = [mainWasm, ...Object.values(renamed), `${contentFiles.length} content files`].join(', ');
console.log(`assemble: ${summary}; loader ${loaderName}`);
