#!/usr/bin/env bash
# Runs every test layer and ends with one line summing them: "total: N passed, N failed".
#   1. native `cargo test` (engine, words, content, widget catalog and strings)
#   2. wasm-bindgen-test in headless Chromium (components, storage)
#   3. end-to-end journeys with Playwright + axe-core against the release build, after the
#      byte ratchet (scripts/byte-ratchet.mjs: the first load may not grow past the size reached)
# Does its own set-up first, so it works on a fresh machine.
set -uo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --browser || { echo "setup failed"; exit 1; }
source scripts/env.sh

passed=0
failed=0
log_dir=$(mktemp -d)
layer_failed=false

# Adds the counts from every "test result:" line of a cargo test log.
count_cargo() {
  local p f
  p=$(grep -Eo 'test result: [A-Za-z]+\. [0-9]+ passed' "$1" | awk '{s+=$4} END {print s+0}')
  f=$(grep -Eo '[0-9]+ failed;' "$1" | awk '{s+=$1} END {print s+0}')
  echo "$p $f"
}

layer() { printf '\n\033[1m== %s ==\033[0m\n' "$*"; layer_start=$(date +%s); }
# Says how long the layer that just ran took, so a slow layer shows in every run's log.
took() { echo "$1: took $(( $(date +%s) - layer_start )) s"; }

layer "0/3 format and lints"
# One lint check: clean only when the command succeeds and reports no warning or error of its
# own (a build script's notes about the frameworks, "hjcp-widget@…", are not lint findings).
check() {
  local what=$1; shift
  local log="$log_dir/lint-${what//[^a-z0-9]/-}.log"
  "$@" > "$log" 2>&1
  local code=$?
  if grep -E '^(warning|error)(\[|:)' "$log" | grep -qv 'hjcp-widget@' || (( code != 0 )); then
    grep -v 'hjcp-widget@' "$log" | grep -E -A12 '^(warning|error)(\[|:)'
    echo "lint: $what found problems (exit $code)"; failed=$((failed + 1))
  else
    echo "lint: $what clean"; passed=$((passed + 1))
  fi
}
if cargo fmt --all --check > "$log_dir/fmt.log" 2>&1; then
  echo "lint: cargo fmt --check clean"; passed=$((passed + 1))
else
  cat "$log_dir/fmt.log"; echo "lint: cargo fmt --check found unformatted code (run cargo fmt --all)"; failed=$((failed + 1))
fi
check "clippy (native)" cargo clippy --workspace --all-targets --features bench --color never
check "clippy (wasm32)" cargo clippy -p hjcp-widget --target wasm32-unknown-unknown --all-targets --features bench --color never
check "clippy (wasm32, studio)" cargo clippy -p hjcp-studio --target wasm32-unknown-unknown --all-targets --color never
took "format and lints"

layer "1/3 native cargo test"
cargo test --workspace --color never 2>&1 | tee "$log_dir/native.log"
status=${PIPESTATUS[0]}
read -r p f < <(count_cargo "$log_dir/native.log")
echo "native: $p passed, $f failed"; took native
passed=$((passed + p)); failed=$((failed + f))
if (( status != 0 && f == 0 )); then failed=$((failed + 1)); echo "native: cargo test exited $status"; fi

layer "2/3 wasm-bindgen-test in headless Chromium"
CHROMEDRIVER=/usr/bin/chromedriver cargo test -p hjcp-widget --target wasm32-unknown-unknown --color never 2>&1 | tee "$log_dir/wasm.log"
status=${PIPESTATUS[0]}
read -r p f < <(count_cargo "$log_dir/wasm.log")
echo "wasm: $p passed, $f failed"; took wasm
passed=$((passed + p)); failed=$((failed + f))
if (( status != 0 && f == 0 )); then failed=$((failed + 1)); echo "wasm: cargo test exited $status"; fi

layer "3/3 end-to-end (Playwright, axe-core) against the release build"
if scripts/build.sh 2>&1 | tee "$log_dir/build.log"; then
  # The byte ratchet (a size, never a time): the first load may not grow past the size reached.
  if node scripts/byte-ratchet.mjs dist; then passed=$((passed + 1)); else failed=$((failed + 1)); fi
  npx playwright test 2>&1 | tee "$log_dir/e2e.log"
  status=${PIPESTATUS[0]}
  p=$(grep -Eo '^ *[0-9]+ passed' "$log_dir/e2e.log" | tail -1 | grep -Eo '[0-9]+' || echo 0)
  f=$(grep -Eo '^ *[0-9]+ failed' "$log_dir/e2e.log" | tail -1 | grep -Eo '[0-9]+' || echo 0)
  echo "e2e: $p passed, $f failed"; took "release build and e2e"
  passed=$((passed + p)); failed=$((failed + f))
  if (( status != 0 && f == 0 )); then failed=$((failed + 1)); echo "e2e: playwright exited $status"; fi
else
  echo "e2e: the release build failed"
  failed=$((failed + 1))
fi

echo
echo "total: $passed passed, $failed failed"
(( failed == 0 && passed > 0 ))
