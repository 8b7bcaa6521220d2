#!/usr/bin/env bash
# Size and speed benchmark (not a test). Builds the release bundle and, with the same profile, a minimal
# Leptos + leptos_router app (bench/minimal), then reports side by side, so the ratios hold on a noisy machine:
#   1. bytes before a page is readable and before it is interactive (brotli), for both;
#   2. what each crate and each module costs in the wasm bundles (twiggy, when installed);
#   3. search latency per keystroke, rules and autosave costs (native);
#   4. Lighthouse, mobile profile, on home, a service page and a checker page, and on the minimal app.
# Usage: bash scripts/bench.sh [--no-lighthouse]
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export PATH="$HOME/.cargo/bin:$PATH"
DIST=target/bench-dist
MINIMAL=target/bench-minimal
trunk build --release --dist "$DIST" >/dev/null
(cd bench/minimal && trunk build --release --dist "../../$MINIMAL" >/dev/null)

echo "== bytes of a first visit, brotli (budgets for a service page: readable <= 30 KB, interactive <= 150 KB)"
node scripts/bytes.mjs report "$DIST"
echo "-- the minimal Leptos app"
node scripts/bytes.mjs report "$MINIMAL" index.html
node --input-type=module -e '
const { measure, PAGES } = await import("./scripts/bytes.mjs");
const [dist, minimal] = process.argv.slice(1);
const base = measure(minimal, "index.html").interactive;
for (const [name, page] of Object.entries(PAGES)) {
  console.log(`${name.padEnd(10)} interactive: ${(measure(dist, page).interactive / base).toFixed(2)} x the minimal app`);
}' "$DIST" "$MINIMAL"

echo "== what the wasm bundles are made of (bytes after wasm-opt -Oz, by crate and by module of this app)"
command -v twiggy >/dev/null || cargo install --locked twiggy >/dev/null
BUNDLES=$(python3 -c 'import tomllib; print(" ".join(b["name"] for b in tomllib.load(open("bundles/list.toml", "rb"))["bundle"]))')
for bundle in $BUNDLES minimal; do
  python3 scripts/wasm-profile.py "target/wasm32-unknown-unknown/release/$bundle.wasm" 14
done

echo "== search latency per keystroke (native release build)"
cargo run --quiet --release -p layanan-core --example search_bench
echo "== eligibility rules and draft autosave (native release build)"
cargo run --quiet --release -p layanan-core --example rules_bench
cargo run --quiet --release -p layanan-core --example drafts_bench

[ "${1:-}" = "--no-lighthouse" ] && exit 0
if [ ! -x tools/node_modules/.bin/lighthouse ]; then
  npm install --prefix tools --no-audit --no-fund lighthouse@13 >/dev/null
fi
node tests/e2e/server.mjs "$DIST" / 8787 >/dev/null &
APP=$!
node tests/e2e/server.mjs "$MINIMAL" / 8788 >/dev/null &
YARDSTICK=$!
trap 'kill $APP $YARDSTICK' EXIT
sleep 1
echo "== Lighthouse, mobile profile (simulated slow 4G, 4x CPU slowdown), served compressed like a real host"
echo "   budgets: LCP <= 1.0 s, TBT <= 30 ms, CLS 0; performance, accessibility, best practices 1.00"
lighthouse() {
  CHROME_PATH=$(command -v chromium) tools/node_modules/.bin/lighthouse "$1" \
    --quiet --output=json --output-path="target/lighthouse-$2.json" \
    --chrome-flags="--headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run"
}
lighthouse http://127.0.0.1:8788/ minimal
lighthouse http://127.0.0.1:8787/ home
lighthouse http://127.0.0.1:8787/layanan/akta-kelahiran/ service
lighthouse http://127.0.0.1:8787/cek/pkh/ checker
node -e '
const read = (n) => require(`./target/lighthouse-${n}.json`);
const base = read("minimal").audits["largest-contentful-paint"].numericValue;
for (const name of ["minimal", "home", "service", "checker"]) {
  const r = read(name), a = r.audits, c = r.categories;
  const ms = (k) => `${Math.round(a[k].numericValue)} ms`;
  const lcp = a["largest-contentful-paint"].numericValue;
  console.log(`${name.padEnd(8)} perf ${c.performance.score.toFixed(2)} a11y ${c.accessibility.score.toFixed(2)} bp ${c["best-practices"].score.toFixed(2)}` +
    ` | FCP ${ms("first-contentful-paint")} LCP ${ms("largest-contentful-paint")} (x${(lcp / base).toFixed(2)} of minimal)` +
    ` TBT ${ms("total-blocking-time")} CLS ${a["cumulative-layout-shift"].numericValue.toFixed(3)}` +
    ` | ${Math.round(a["total-byte-weight"].numericValue / 1024)} KiB`);
}'
