#!/usr/bin/env bash
# Mutation testing of the core modules where residents' data and eligibility are at stake: every mutant that
# survives is a change to the code that no test notices. Not part of the suite (it takes an hour or more on
# 2 cores); run it after changing these modules and read target/mutants/mutants.out/missed.txt.
#   bash scripts/mutants.sh                 # drafts, identity, rules
#   bash scripts/mutants.sh core/src/identity.rs
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
if ! cargo mutants --version 2>/dev/null | grep -q "^cargo-mutants 27\."; then
  cargo install cargo-mutants --version "^27" --locked
fi
files=("$@")
[ ${#files[@]} -gt 0 ] || files=("core/src/drafts/*.rs" core/src/identity.rs core/src/rules/check.rs core/src/rules/condition.rs)
args=()
for f in "${files[@]}"; do args+=(--file "$f"); done
cargo mutants --package layanan-core "${args[@]}" --timeout 300 --output target/mutants || true
echo
for outcome in caught missed timeout unviable; do
  printf '%-9s %s\n' "$outcome" "$(wc -l < target/mutants/mutants.out/$outcome.txt 2>/dev/null || echo 0)"
done
