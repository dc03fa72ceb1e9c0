#!/usr/bin/env bash
# Performance report (not a test): builds the release bundle and prints raw / gzip -9 / brotli
# bytes of every file, then writes them to docs/performance.md between the BUNDLE markers.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/build.sh >/dev/null
source scripts/env.sh
table=$(node scripts/bundle-report.mjs dist)
echo "$table"
mkdir -p docs
[[ -f docs/performance.md ]] || printf '# Performance\n\n<!-- BUNDLE:START -->\n<!-- BUNDLE:END -->\n' > docs/performance.md
node -e '
const fs = require("fs");
const [file, table, date] = [process.argv[1], process.argv[2], process.argv[3]];
const text = fs.readFileSync(file, "utf8");
const block = `<!-- BUNDLE:START -->\nRelease bundle, measured ${date} by \`scripts/bench.sh\`:\n\n${table}\n<!-- BUNDLE:END -->`;
fs.writeFileSync(file, text.replace(/<!-- BUNDLE:START -->[\s\S]*<!-- BUNDLE:END -->/, block));
' docs/performance.md "$table" "$(date -u +%Y-%m-%d)"
echo "wrote docs/performance.md"
