#!/usr/bin/env bash
# Builds the release bundle into dist/ (set-up first, so it works on a fresh machine).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
source scripts/env.sh
trunk build --release --offline
node scripts/postbuild.mjs dist
