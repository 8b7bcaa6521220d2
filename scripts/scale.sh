#!/usr/bin/env bash
# The kabupaten check (not a test): generates a content folder of 10,000 services, builds the complete bundle
# from it with the one deploy command, and reports the build time (budget: 15 minutes on 2 cores), what a
# first visit of a service page costs next to the village's own build, and search per keystroke over it.
# Usage: bash scripts/scale.sh [services]
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export PATH="$HOME/.cargo/bin:$PATH"
SERVICES=${1:-10000}
python3 scripts/generate-kabupaten.py target/kabupaten "$SERVICES"
start=$(date +%s)
LAYANAN_CONTENT=target/kabupaten trunk build --release --dist target/kabupaten-dist >/dev/null
echo "== built $(find target/kabupaten-dist -name index.html | wc -l) pages in $(( $(date +%s) - start )) s"
echo "== a service page of the kabupaten build, and of the village's own build"
node scripts/bytes.mjs report target/kabupaten-dist layanan/akta-kelahiran/index.html layanan/akta-kelahiran-d7/index.html layanan/bidang/kesehatan/index.html
[ -d target/bench-dist ] || trunk build --release --dist target/bench-dist >/dev/null
node scripts/bytes.mjs report target/bench-dist layanan/akta-kelahiran/index.html
echo "== search per keystroke over $SERVICES services (native release build)"
cargo run --quiet --release -p layanan-core --example search_bench
