// The byte ratchet (issue 16): fails when what a new visitor downloads before the start screen
// works, or everything the widget can fetch, grows beyond the size last reached plus a small
// margin. A size check, not a timing: the bytes are deterministic for the pinned toolchain, so
// this cannot flake.
//
//   node scripts/byte-ratchet.mjs [dist]           check; exit 1 when over a limit
//   node scripts/byte-ratchet.mjs [dist] --lower   after a cut: write the new, lower sizes
//
// The first load is every file of the build fetched before the start screen works, for a
// returning person using the largest framework (its content file included, the worst case);
// everything adds the other frameworks and the results half (scripts/bundle-report.mjs `when`,
// `loads`). `embed.js` is the host page's script and counts in neither. Sizes are brotli -q 11.
import { readFileSync, writeFileSync } from 'node:fs';
import { loads, measure } from './bundle-report.mjs';

const args = process.argv.slice(2);
const dir = args.find((a) => !a.startsWith('--')) ?? 'dist';
const lower = args.includes('--lower');
const file = new URL('./byte-ratchet.json', import.meta.url);
const ratchet = JSON.parse(readFileSync(file, 'utf8'));
const fmt = (n) => n.toLocaleString('en-GB');

const { rows } = measure(dir);
const load = loads(rows);
const checks = [
  ['first load (largest framework)', 'first_load_brotli', load.worst.brotli],
  ['everything', 'everything_brotli', load.everything.brotli],
];
let failed = false;
const next = { ...ratchet };
for (const [name, key, size] of checks) {
  const reached = ratchet[key];
  const limit = reached + ratchet.margin;
  console.log(`byte ratchet: ${name} ${fmt(size)} B brotli; reached ${fmt(reached)} B, limit ${fmt(limit)} B (margin ${fmt(ratchet.margin)} B)`);
  if (lower) {
    if (size < reached) {
      next[key] = size;
      console.log(`byte ratchet: ${name} lowered to ${fmt(size)} B`);
    }
  } else if (size > limit) {
    console.log(`byte ratchet: FAILED: ${name} grew by ${fmt(size - reached)} B. Cut it, or if the growth is worth it, raise ${key} in scripts/byte-ratchet.json and say why in the commit.`);
    failed = true;
  }
}
if (lower) writeFileSync(file, JSON.stringify(next, null, 2) + '\n');
else if (failed) process.exit(1);
else console.log('byte ratchet: ok');
