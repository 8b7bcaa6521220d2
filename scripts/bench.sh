#!/usr/bin/env bash
# Size and speed benchmark (not a test): builds the release bundle, prints the bytes of every file
# (raw / gzip / brotli) and the first-visit total, then runs Lighthouse with its mobile profile against the
# bundle served by the plain static server.  Usage: bash scripts/bench.sh [--no-lighthouse]
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export PATH="$HOME/.cargo/bin:$PATH"
DIST=target/bench-dist
trunk build --release --dist "$DIST" >/dev/null
echo "== bytes per file (release build)"
node scripts/size-report.mjs "$DIST"

echo "== search latency per keystroke (native release build)"
cargo run --quiet --release -p layanan-core --example search_bench
echo "== eligibility rules and draft autosave (native release build)"
cargo run --quiet --release -p layanan-core --example rules_bench
cargo run --quiet --release -p layanan-core --example drafts_bench

[ "${1:-}" = "--no-lighthouse" ] && exit 0
if [ ! -x tools/node_modules/.bin/lighthouse ]; then
  npm install --prefix tools --no-audit --no-fund lighthouse@13 >/dev/null
fi
PORT=8787
node tests/e2e/server.mjs "$DIST" / "$PORT" >/dev/null &
SERVER=$!
trap 'kill $SERVER' EXIT
sleep 1
echo "== Lighthouse, mobile profile (simulated slow 4G, 4x CPU slowdown), served compressed like a real host"
CHROME_PATH=$(command -v chromium) tools/node_modules/.bin/lighthouse "http://127.0.0.1:$PORT/" \
  --quiet --output=json --output-path=target/lighthouse.json \
  --chrome-flags="--headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run"
node -e '
const r = require("./target/lighthouse.json");
const a = r.audits, c = r.categories;
const ms = (k) => Math.round(a[k].numericValue) + " ms";
console.log("performance", c.performance.score, "| accessibility", c.accessibility.score, "| best practices", c["best-practices"].score);
console.log("FCP", ms("first-contentful-paint"), "| LCP", ms("largest-contentful-paint"), "| TBT", ms("total-blocking-time"), "| CLS", a["cumulative-layout-shift"].numericValue.toFixed(3), "| TTI", ms("interactive"));
console.log("transferred", Math.round(a["total-byte-weight"].numericValue / 1024), "KiB");
'
