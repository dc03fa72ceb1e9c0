#!/usr/bin/env bash
# Builds the release bundle and serves it on 127.0.0.1, printing the URL.
#   scripts/serve.sh [--port 8080] [--base /careers/self-evaluation/]
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/build.sh
exec node scripts/serve.mjs --dir dist "$@"
