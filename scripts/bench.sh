#!/usr/bin/env bash
# Performance report (not a test; nothing here can fail the test run). Builds the release bundle
# and the minimal Leptos floor app (bench/floor) with the same profile and tools, then prints and
# writes to docs/performance.md (between its marker comments):
#   - raw, gzip -9 and brotli -q 11 bytes of every file, what is fetched first and what after
#     the first paint (the results half), the same for a single-file build (HJCP_SPLIT=0), bytes
#     per screen, and the floor with the ratio; the framework studio's files apart, and the
#     widget's first load against the previous report's;
#   - what the framework content costs, per framework (see docs/performance.md for the method);
#   - the budgets, met or missed;
#   - Lighthouse 13 (mobile, default throttling, median of 3) scores and metrics, as
#     scripts/serve.mjs sends the files (uncompressed), and precompressed with gzip and brotli;
#   - startup marks and memory from tests/e2e/perf.spec.mjs (desktop Chromium);
#   - engine timings in wasm (tests/wasm_bench.rs in headless Chromium) and natively, plus
#     `cargo bench -p hjcp-engine`;
#   - `twiggy top` of the wasm.
#
#   scripts/bench.sh            everything (about 15 minutes warm on 2 cores; more when cold)
#   scripts/bench.sh --quick    sizes, Lighthouse and the e2e marks only; keeps the engine and
#                               twiggy sections of docs/performance.md as they are
set -euo pipefail
cd "$(dirname "$0")/.."
quick=false
broken=false
[[ "${1:-}" == "--quick" ]] && quick=true

# Modest parallelism: the machine is shared with other builds.
export CARGO_BUILD_JOBS="${CARGO_BUILD_JOBS:-2}"
say() { printf '\033[1m[bench]\033[0m %s\n' "$*" >&2; }

say "building the release bundle"
scripts/build.sh >/dev/null
source scripts/env.sh
root="$PWD"
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
cp -r dist "$out/widget"
rm -rf "$out/widget/.stage"
# The framework studio (dist-studio/, its own folder): reported apart from the widget.
cp -r dist-studio "$out/studio"

say "building the single-file bundle (HJCP_SPLIT=0) to compare with the split one"
HJCP_SPLIT=0 HJCP_STUDIO=0 HJCP_DIST="$out/single" scripts/build.sh >/dev/null
rm -rf "$out/single/.stage"

say "building the floor app (bench/floor) with the same profile and tools"
(cd bench/floor && PATH="$root/node_modules/.bin:$PATH" trunk build --release --offline >/dev/null)
node scripts/postbuild.mjs bench/floor/dist >/dev/null
cp -r bench/floor/dist "$out/floor"
rm -rf "$out/floor/.stage"

say "content per framework (native test writes the postcard bytes)"
HJCP_CONTENT_OUT="$out/content" cargo test --release --features bench --test wasm_bench --quiet \
  -- content_bytes_per_framework >/dev/null

say "Lighthouse (mobile, median of 3), as scripts/serve.mjs sends the files, and precompressed with gzip and with brotli"
export CHROME_PATH=/usr/bin/chromium
node scripts/lighthouse.mjs --dir dist --runs 3 --json >"$out/lighthouse.json"
node scripts/lighthouse.mjs --dir dist --runs 3 --precompress gzip --json >"$out/lighthouse-gzip.json"
node scripts/lighthouse.mjs --dir dist --runs 3 --precompress br --json >"$out/lighthouse-precompressed.json"

say "startup marks and memory (tests/e2e/perf.spec.mjs)"
npx playwright test tests/e2e/perf.spec.mjs --reporter=line >"$out/perf.txt" 2>&1 \
  || say "perf.spec.mjs reported a failure (see below); numbers that were printed are still used"
grep -E '^PERF\||✘|Error' "$out/perf.txt" >&2 || true

if ! $quick; then
  say "engine in the browser (wasm32, release profile)"
  CHROMEDRIVER=/usr/bin/chromedriver cargo test --release --target wasm32-unknown-unknown --features bench \
    --test wasm_bench -- --nocapture >"$out/wasm-bench.txt" 2>&1 || { tail -30 "$out/wasm-bench.txt" >&2; say "wasm bench failed"; broken=true; }
  say "engine natively"
  cargo test --release --features bench --test wasm_bench -- --nocapture --test-threads 1 >"$out/native-bench.txt" 2>&1 \
    || { tail -30 "$out/native-bench.txt" >&2; say "native bench failed"; broken=true; }
  cargo bench -p hjcp-engine --quiet 2>/dev/null | sed -e 's/\x1b\[[0-9;]*m//g' >"$out/divan.txt" || say "cargo bench failed"

  say "twiggy top of the wasm, with the name section kept"
  command -v twiggy >/dev/null || cargo install twiggy --locked
  wasm-bindgen --target=web --out-dir="$out/named" --out-name=named --no-typescript \
    target/wasm32-unknown-unknown/release/hjcp-widget.wasm
  wasm-opt -Oz -g --output="$out/named/named.wasm" "$out/named/named_bg.wasm"
  twiggy top -n 20 "$out/named/named.wasm" >"$out/twiggy.txt"
fi

# A report with a table missing is worse than none: leave docs/performance.md as it was.
if $broken; then
  say "a bench failed (above); docs/performance.md not rewritten"
  exit 1
fi
say "report"
node scripts/bundle-report.mjs --bench "$out" docs/performance.md
