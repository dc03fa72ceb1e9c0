// After `trunk build`: move the inline module script Trunk injects into its own hashed file,
// so the page runs under a CSP with no 'unsafe-inline'. Fails loudly if the HTML changes shape.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';

const dir = process.argv[2] ?? 'dist';
const htmlPath = `${dir}/index.html`;
let html = readFileSync(htmlPath, 'utf8');
let moved = 0;
html = html.replace(/<script type="module"(?![^>]*\ssrc=)([^>]*)>([\s\S]*?)<\/script>/g, (_all, attrs, body) => {
  const hash = createHash('sha256').update(body).digest('hex').slice(0, 16);
  const name = `loader-${hash}.js`;
  // Trunk's loader imports with absolute-looking relative paths ('./x.js'); a module file
  // resolves them against its own URL, which is the same folder.
  writeFileSync(`${dir}/${name}`, body.trim() + '\n');
  moved += 1;
  const rest = attrs.replace(/\s*nonce="[^"]*"/, '');
  return `<script type="module" src="./${name}"${rest}></script>`;
});
if (/<script(?![^>]*\ssrc=)[^>]*>[\s\S]*?<\/script>/.test(html)) {
  console.error('postbuild: an inline script is left in index.html; the CSP would block it');
  process.exit(1);
}
if (/\sstyle="/.test(html)) {
  console.error('postbuild: an inline style attribute is in index.html; the CSP would block it');
  process.exit(1);
}
writeFileSync(htmlPath, html);
console.log(`postbuild: moved ${moved} inline script(s) to files`);
