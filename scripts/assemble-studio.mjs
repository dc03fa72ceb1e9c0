// After the studio's wasm is built (scripts/build.sh): writes the framework studio's own folder
// (dist-studio/ by default), apart from the widget's dist/, so a host copying dist/ never
// publishes the studio and the widget's bundle does not change. Every file but index.html gets a
// content-hashed name; paths stay relative ('./…'), so the studio works from any sub-path; the
// loader and the worker are files of their own, so the page runs under a CSP with no
// 'unsafe-inline'.
//
//   node scripts/assemble-studio.mjs <wasm-out> <dist-studio>
//
// <wasm-out> holds wasm-bindgen's hjcp-studio.js and hjcp-studio_bg.wasm. The page and its Web
// Worker load the same module: the page calls start(), the worker check().
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';

const [out, dist] = process.argv.slice(2);
if (!out || !dist) {
  console.error('usage: node scripts/assemble-studio.mjs <wasm-out> <dist-studio>');
  process.exit(2);
}
const hash = (body) => createHash('sha256').update(body).digest('hex').slice(0, 16);

rmSync(dist, { recursive: true, force: true });
mkdirSync(dist, { recursive: true });
const written = [];
const put = (stem, ext, body) => {
  const name = `${stem}-${hash(body)}${ext}`;
  writeFileSync(`${dist}/${name}`, body);
  written.push(name);
  return name;
};

const wasm = put('hjcp-studio', '_bg.wasm', readFileSync(`${out}/hjcp-studio_bg.wasm`));
const glue = put('hjcp-studio', '.js', readFileSync(`${out}/hjcp-studio.js`));
// The widget's stylesheet, so the studio and the preview look as the widget does.
const widgetCss = put('widget', '.css', readFileSync('public/widget.css'));
const studioCss = put('studio', '.css', readFileSync('crates/studio/public/studio.css'));
writeFileSync(`${dist}/favicon.svg`, readFileSync('public/favicon.svg'));

// The worker reads the file itself (a File crosses to it without a copy on the page) and answers
// with postcard bytes; a file the browser cannot read is told apart from a checker that failed.
const worker = put('studio-worker', '.js', `import init, { check } from './${glue}';
const ready = init({ module_or_path: new URL('./${wasm}', import.meta.url) });
onmessage = async ({ data: { id, file } }) => {
  let bytes;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch (e) {
    postMessage({ id, unreadable: true, error: String(e?.message ?? e) });
    return;
  }
  try {
    await ready;
    const report = check(file.name, bytes);
    postMessage({ id, report }, [report.buffer]);
  } catch (e) {
    postMessage({ id, error: String(e?.message ?? e) });
  }
};
`);
const loader = put('studio-loader', '.js', `import init, { start } from './${glue}';
await init({ module_or_path: new URL('./${wasm}', import.meta.url) });
start(new URL('./${worker}', import.meta.url).href);
`);

let html = readFileSync('crates/studio/public/index.html', 'utf8');
if (!html.includes('</head>')) {
  console.error('assemble-studio: index.html has no </head>');
  process.exit(1);
}
html = html.replace(
  '</head>',
  `<link rel="stylesheet" href="./${widgetCss}">\n<link rel="stylesheet" href="./${studioCss}">\n` +
    `<link rel="modulepreload" href="./${glue}" crossorigin>\n` +
    `<script type="module" src="./${loader}"></script>\n</head>`,
);
writeFileSync(`${dist}/index.html`, html);
console.log(`assemble-studio: ${written.join(', ')}`);
