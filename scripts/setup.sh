#!/usr/bin/env bash
# Installs everything the project needs, from the package registries only, and skips what is
# already installed at the right version. Idempotent: a second run takes seconds.
#
#   scripts/setup.sh            build tools: wasm target, Trunk, wasm-bindgen-cli, wasm-split-cli,
#                               wasm-opt (npm)
#   scripts/setup.sh --browser  also Debian's Chromium + ChromeDriver and Java (for tests)
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14
want_browser=false
[[ "${1:-}" == "--browser" ]] && want_browser=true

say() { printf '\033[1m[setup]\033[0m %s\n' "$*"; }
export PATH="$HOME/.cargo/bin:$PATH"

# 1. The wasm target.
if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

# 2. Trunk, pinned: 0.22 needs a newer rustc than this toolchain.
if [[ "$(trunk --version 2>/dev/null || true)" != "trunk $TRUNK_VERSION" ]]; then
  say "installing trunk $TRUNK_VERSION (10-19 minutes on a cold 2-core machine)"
  CARGO_PROFILE_RELEASE_LTO=false CARGO_PROFILE_RELEASE_CODEGEN_UNITS=16 \
    cargo install trunk --version "$TRUNK_VERSION" --locked
fi

# 3. wasm-bindgen-cli at exactly the wasm-bindgen version in Cargo.lock.
bindgen_version=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
if [[ -z "$bindgen_version" ]]; then
  echo "setup: cannot find wasm-bindgen in Cargo.lock; run 'cargo generate-lockfile' first" >&2
  exit 1
fi
if [[ "$(wasm-bindgen --version 2>/dev/null || true)" != "wasm-bindgen $bindgen_version" ]]; then
  say "installing wasm-bindgen-cli $bindgen_version (5-8 minutes cold)"
  # --locked can fail when the registry index lags one of its locked dependencies.
  cargo install wasm-bindgen-cli --version "$bindgen_version" --locked \
    || cargo install wasm-bindgen-cli --version "$bindgen_version"
fi

# 3b. wasm-split-cli (crate wasm_split_cli_support) at the wasm_split_helpers version in Cargo.lock:
#     the tool that cuts the results half out of the module must speak the same markers as the
#     macros that placed the split point (scripts/build.sh).
split_version=$(awk '/^name = "wasm_split_helpers"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
if [[ -z "$split_version" ]]; then
  echo "setup: cannot find wasm_split_helpers in Cargo.lock" >&2
  exit 1
fi
if ! cargo install --list | grep -qx "wasm_split_cli_support v$split_version:"; then
  say "installing wasm-split-cli $split_version (1-3 minutes cold)"
  CARGO_PROFILE_RELEASE_LTO=false CARGO_PROFILE_RELEASE_CODEGEN_UNITS=16 \
    cargo install wasm_split_cli_support --version "$split_version" --features build-binary --locked
fi

# 4. npm packages from the lockfile: wasm-opt (binaryen 132), Playwright, axe-core, vnu, Lighthouse.
#    --ignore-scripts: no package may fetch anything at install time; browsers come from Debian.
lock_stamp=node_modules/.package-lock.json
if [[ ! -f "$lock_stamp" || package-lock.json -nt "$lock_stamp" ]]; then
  say "installing npm packages from package-lock.json"
  PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --ignore-scripts --no-audit --no-fund
fi
wasm_opt_version=$(node_modules/.bin/wasm-opt --version)
if [[ "$wasm_opt_version" != *"version_132"* ]]; then
  echo "setup: expected wasm-opt version_132 from npm binaryen, got: $wasm_opt_version" >&2
  exit 1
fi

# 5. Browser test tools from Debian, installed together so their versions match.
if $want_browser; then
  missing=()
  command -v chromium >/dev/null || missing+=(chromium)
  command -v chromedriver >/dev/null || missing+=(chromium-driver)
  command -v java >/dev/null || missing+=(default-jre-headless)
  command -v brotli >/dev/null || missing+=(brotli)
  if (( ${#missing[@]} )); then
    say "installing ${missing[*]} from Debian"
    sudo_cmd=""
    [[ $(id -u) -ne 0 ]] && sudo_cmd="sudo"
    $sudo_cmd apt-get update -o DPkg::Lock::Timeout=600 -qq
    DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq -o DPkg::Lock::Timeout=600 \
      "${missing[@]}" chromium chromium-driver >/dev/null
  fi
fi
say "ready"
