// The byte ratchet (issue 16): fails when what a new visitor downloads before the start screen
// works grows beyond the size last reached plus a small margin. A size check, not a timing:
// the bytes are deterministic for the pinned toolchain, so this cannot flake.
//
//   node scripts/byte-ratchet.mjs [dist]           check; exit 1 when over the limit
//   node scripts/byte-ratchet.mjs [dist] --lower   after a cut: write the new, lower size
//
// The first load is every file of the build except `embed.js` (the host page's script, loaded
// by the host before the frame). Sizes are brotli -q 11, as scripts/bundle-report.mjs measures.
import { readFileSync, writeFileSync } from 'node:fs';
import { measure } from './bundle-report.mjs';

const args = process.argv.slice(2);
const dir = args.find((a) => !a.startsWith('--')) ?? 'dist';
const lower = args.includes('--lower');
const file = new URL('./byte-ratchet.json', import.meta.url);
const ratchet = JSON.parse(readFileSync(file, 'utf8'));

const { rows } = measure(dir);
const firstLoad = rows.filter((r) => r.file !== 'embed.js');
const total = firstLoad.reduce((t, r) => t + r.brotli, 0);
const limit = ratchet.first_load_brotli + ratchet.margin;
const fmt = (n) => n.toLocaleString('en-GB');

console.log(`byte ratchet: first load ${fmt(total)} B brotli (${firstLoad.length} files); reached ${fmt(ratchet.first_load_brotli)} B, limit ${fmt(limit)} B (margin ${fmt(ratchet.margin)} B)`);
if (lower) {
  if (total >= ratchet.first_load_brotli) {
    console.log('byte ratchet: not lowered: the first load is no smaller than the size reached');
  } else {
    writeFileSync(file, JSON.stringify({ ...ratchet, first_load_brotli: total }, null, 2) + '\n');
    console.log(`byte ratchet: lowered to ${fmt(total)} B`);
  }
} else if (total > limit) {
  console.log(`byte ratchet: FAILED: the first load grew by ${fmt(total - ratchet.first_load_brotli)} B. Cut it, or if the growth is worth it, raise first_load_brotli in scripts/byte-ratchet.json and say why in the commit.`);
  process.exit(1);
} else {
  console.log('byte ratchet: ok');
}
