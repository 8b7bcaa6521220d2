#!/usr/bin/env bash
# The whole test suite: formatting and lints, then three layers:
#   1. native `cargo test` for the pure core and the app's pure helpers;
#   2. wasm-bindgen-test in headless Chromium for browser-facing code (storage);
#   3. end-to-end: the release bundle, built for a sub-path, served by a plain static server and driven in
#      headless Chromium like a person; before that, its first-visit bytes are checked against the record.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export PATH="$HOME/.cargo/bin:$PATH"

echo "== 0/3 formatting and lints (rustfmt.toml; clippy on every feature, natively and for the browser)"
cargo fmt --all --check
cargo clippy --locked -p layanan-core --all-targets -- -D warnings
cargo clippy --locked -p layanan --all-features --all-targets -- -D warnings
cargo clippy --locked --target wasm32-unknown-unknown -p layanan --features hydrate,agenda,checkers,forms,planner,office -- -D warnings

echo "== 1/3 native tests"
cargo test --locked -p layanan-core -p layanan

echo "== 2/3 in-browser tests (headless Chromium)"
CHROMEDRIVER=$(command -v chromedriver) WASM_BINDGEN_TEST_TIMEOUT=60 \
  cargo test --locked --target wasm32-unknown-unknown --test web

echo "== 3/3 end-to-end tests (release build under a sub-path)"
E2E_BASE=/tanjung-barat/
E2E_DIST=target/e2e-dist
# Pages are rendered as of a fixed day, so dated pages (the agenda) are the same on every run; the tests set
# the browser's clock relative to it.
export LAYANAN_TODAY=2026-12-01
trunk build --release --public-url "$E2E_BASE" --dist "$E2E_DIST"
echo "-- first-visit bytes against the record (bench/bytes.json)"
node scripts/bytes.mjs check "$E2E_DIST" bench/bytes.json
echo "-- every activity's calendar file, read by an independent reader, against its page"
target/pytools/bin/python tests/calendars/check.py "$E2E_DIST" "$LAYANAN_TODAY"
E2E_DIST="$E2E_DIST" E2E_BASE="$E2E_BASE" E2E_TODAY="$LAYANAN_TODAY" node --test --test-concurrency=1 tests/e2e/
