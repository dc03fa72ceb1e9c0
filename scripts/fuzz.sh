#!/usr/bin/env bash
# Bounded fuzzing of the three decoders that read untrusted input (not run in CI):
#   stored_decode   the browser record        (hjcp_engine::stored::decode)
#   answers_import  the answers file          (stored::import_answers, import_answers_lenient)
#   case_import     a CASE 1.0 package        (hjcp_content::case::import, then compile/export)
#
#   scripts/fuzz.sh [SECONDS_PER_TARGET] [TARGET...]      default: 60 seconds, all three
#
# Uses cargo-fuzz (libFuzzer), installing it from crates.io if missing. The stable toolchain
# accepts the -Z flags cargo-fuzz passes when RUSTC_BOOTSTRAP=1 is set, which this does.
# Seeds come from tests/fixtures/stored/, the CASE samples and CASE exports of the content
# fixtures; the corpus grows in fuzz/corpus/<target> and is kept between runs. A crash stops
# libFuzzer, so the run restarts until the time is used (at most 5 crashes per target);
# each crashing input is saved in fuzz/artifacts/<target>/. Reproduce one with
#   RUSTC_BOOTSTRAP=1 cargo fuzz run -s none <target> <artifact>   (from fuzz/)
# and add it as a regression test before fixing it.
#
# FUZZ_SANITIZER=address builds with AddressSanitizer (slower; the fuzzed crates have no
# unsafe code, so the default is none). Prints one line per target and a total; exits 1 if
# any target crashed.
set -uo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh

secs=${1:-60}
[ $# -gt 0 ] && shift
targets=("$@")
[ ${#targets[@]} -eq 0 ] && targets=(stored_decode answers_import case_import)
sanitizer=${FUZZ_SANITIZER:-none}
export RUSTC_BOOTSTRAP=1

command -v cargo-fuzz >/dev/null || cargo install cargo-fuzz --locked || { echo "cannot install cargo-fuzz"; exit 2; }

# Seeds, rebuilt each run from the repository's own examples.
seeds=fuzz/target/seeds
rm -rf "$seeds"
mkdir -p "$seeds/stored" "$seeds/case"
for f in tests/fixtures/stored/*.json; do
  [ "$(stat -c %s "$f")" -le 65536 ] && cp "$f" "$seeds/stored/"
done
cp crates/content/tests/case/samples/*.json "$seeds/case/"
cargo build -q -p hjcp-content --bin case || exit 2
for f in crates/content/tests/fixtures/*.toml; do
  # Every fixture that compiles (warnings allowed), exported compactly as a CASE package.
  target/debug/case export "$f" 2>/dev/null | python3 -c 'import json,sys; print(json.dumps(json.load(sys.stdin),separators=(",",":")))' \
    > "$seeds/case/$(basename "$f" .toml).json" 2>/dev/null || rm -f "$seeds/case/$(basename "$f" .toml).json"
done

(cd fuzz && cargo fuzz build -s "$sanitizer" 2>&1 | tail -1) || exit 2

total_execs=0
total_crashes=0
for t in "${targets[@]}"; do
  case $t in
    stored_decode|answers_import) seed="$seeds/stored"; max_len=16384 ;;
    case_import) seed="$seeds/case"; max_len=65536 ;;
    *) echo "unknown target $t"; exit 2 ;;
  esac
  mkdir -p "fuzz/corpus/$t" "fuzz/artifacts/$t"
  execs=0
  crashes=0
  start=$(date +%s)
  while :; do
    left=$(( secs - ($(date +%s) - start) ))
    [ "$left" -le 0 ] && break
    log=$(mktemp)
    (cd fuzz && cargo fuzz run -s "$sanitizer" "$t" "corpus/$t" "../$seed" -- \
      -max_total_time="$left" -max_len="$max_len" -dict=json.dict -print_final_stats=1 \
      -artifact_prefix="artifacts/$t/" >"$log" 2>&1)
    status=$?
    n=$(grep -Eo 'stat::number_of_executed_units: [0-9]+' "$log" | tail -1 | awk '{print $2}')
    [ -z "$n" ] && n=$(grep -Eo '^#[0-9]+' "$log" | tail -1 | tr -d '#')
    execs=$(( execs + ${n:-0} ))
    if [ $status -ne 0 ]; then
      if grep -q 'Test unit written to' "$log"; then
        crashes=$(( crashes + 1 ))
        echo "--- $t: crash (input saved as $(grep -o 'Test unit written to .*' "$log" | tail -1 | awk '{print $NF}'))"
        grep -m1 -A3 'panicked at' "$log" || grep -m1 -B2 -A8 'ERROR: libFuzzer' "$log"
        [ $crashes -ge 5 ] && { rm -f "$log"; break; }
      else
        echo "--- $t: libFuzzer failed (exit $status):"; tail -20 "$log"; rm -f "$log"; exit 2
      fi
    fi
    rm -f "$log"
  done
  corpus=$(find "fuzz/corpus/$t" -type f | wc -l)
  printf '%-15s %4ss  %10d executions  %d crashes  corpus %d inputs\n' "$t" "$secs" "$execs" "$crashes" "$corpus"
  total_execs=$(( total_execs + execs ))
  total_crashes=$(( total_crashes + crashes ))
done
echo "fuzz total: $total_execs executions, $total_crashes crashes"
[ "$total_crashes" -eq 0 ]
