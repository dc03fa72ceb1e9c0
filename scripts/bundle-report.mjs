// Prints raw, gzip -9 and brotli (quality 11) bytes of every file in a bundle folder and the
// total, as a Markdown table. Used by scripts/bench.sh; not a test.
//   node scripts/bundle-report.mjs dist [--json]
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';

export function measure(dir) {
  const rows = [];
  const walk = (d) => {
    for (const name of readdirSync(d).sort()) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) { walk(path); continue; }
      const data = readFileSync(path);
      rows.push({
        file: path.slice(dir.length + 1),
        raw: data.length,
        gzip: gzipSync(data, { level: 9 }).length,
        brotli: brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: data.length } }).length,
      });
    }
  };
  walk(dir);
  const total = rows.reduce((t, r) => ({ file: 'total', raw: t.raw + r.raw, gzip: t.gzip + r.gzip, brotli: t.brotli + r.brotli }), { file: 'total', raw: 0, gzip: 0, brotli: 0 });
  return { rows, total };
}

export function table({ rows, total }) {
  const fmt = (n) => n.toLocaleString('en-GB');
  const lines = ['| file | raw | gzip -9 | brotli -q 11 |', '|---|---:|---:|---:|'];
  for (const r of [...rows, total]) {
    const name = r.file === 'total' ? '**total**' : `\`${r.file.replace(/-[0-9a-f]{16}/, '-<hash>')}\``;
    lines.push(`| ${name} | ${fmt(r.raw)} | ${fmt(r.gzip)} | ${fmt(r.brotli)} |`);
  }
  return lines.join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const result = measure(process.argv[2] ?? 'dist');
  console.log(process.argv.includes('--json') ? JSON.stringify(result, null, 2) : table(result));
}
