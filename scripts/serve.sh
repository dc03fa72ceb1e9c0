#!/usr/bin/env bash
# Builds the release bundle and the framework studio and serves both on 127.0.0.1, printing
# the URLs (the studio at <base>studio/).
#   scripts/serve.sh [--port 8080] [--base /careers/self-evaluation/]
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/build.sh
exec node scripts/serve.mjs --dir dist --studio dist-studio "$@"
