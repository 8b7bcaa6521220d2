#!/usr/bin/env bash
# Installs what building and testing need, skipping whatever is already there at the right version:
# the wasm target, trunk, wasm-bindgen-cli (the Cargo.lock version), wasm-opt, Chromium and its driver, Java (for
# the HTML checker), the build's script minifier, the end-to-end npm packages, python's calendar reader, and the
# crates (so trunk can build offline).
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"

TRUNK_VERSION=0.21.14        # trunk 0.22 needs a newer rustc than these machines have
BINARYEN_VERSION=132          # Debian's binaryen is too old for current rustc output
WASM_BINDGEN_VERSION=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)

say() { printf '\n== %s\n' "$*"; }
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32 target"
  rustup target add wasm32-unknown-unknown
fi

if ! trunk --version 2>/dev/null | grep -q " $TRUNK_VERSION\$"; then
  say "installing trunk $TRUNK_VERSION (takes 7-14 minutes once)"
  cargo install trunk --version "$TRUNK_VERSION" --locked
fi

if ! wasm-bindgen --version 2>/dev/null | grep -q " $WASM_BINDGEN_VERSION\$"; then
  say "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (takes 4-8 minutes once)"
  # No --locked: its lock file names a crate version the registry does not serve.
  cargo install wasm-bindgen-cli --version "=$WASM_BINDGEN_VERSION"
fi

if ! wasm-opt --version 2>/dev/null | grep -q "version $BINARYEN_VERSION "; then
  say "installing wasm-opt (binaryen $BINARYEN_VERSION)"
  as_root npm install -g "binaryen@$BINARYEN_VERSION"
fi

if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
  say "installing Chromium and ChromeDriver"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver
fi

if ! command -v java >/dev/null; then
  say "installing Java (for the W3C HTML checker)"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq default-jre-headless
fi

if [ ! -d tests/e2e/node_modules/playwright-core ] || [ ! -f tests/e2e/node_modules/vnu-jar/build/dist/vnu.jar ]; then
  say "installing the end-to-end test packages"
  (cd tests/e2e && npm ci --no-audit --no-fund)
fi

if [ ! -x scripts/node_modules/.bin/terser ]; then
  say "installing the build's script minifier"
  (cd scripts && npm ci --no-audit --no-fund)
fi

# An independent reader of calendar files (tests/calendars/check.py), in its own environment.
if ! target/pytools/bin/python -c 'import icalendar, recurring_ical_events' 2>/dev/null \
  || ! cmp -s tests/calendars/requirements.txt target/pytools/requirements.txt; then
  say "installing the calendar reader (python icalendar)"
  python3 -m venv target/pytools
  target/pytools/bin/pip install --quiet -r tests/calendars/requirements.txt
  cp tests/calendars/requirements.txt target/pytools/requirements.txt
fi

# Trunk builds offline, so every crate must already be in cargo's cache.
cargo fetch --locked >/dev/null
