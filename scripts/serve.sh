#!/usr/bin/env bash
# Builds the release bundle and serves it the way a static host would (404.html for unknown paths).
#   bash scripts/serve.sh                  -> http://127.0.0.1:8080/
#   PUBLIC_URL=/desa/ bash scripts/serve.sh -> http://127.0.0.1:8080/desa/
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export PATH="$HOME/.cargo/bin:$PATH"
PUBLIC_URL=${PUBLIC_URL:-/}
PORT=${PORT:-8080}
trunk build --release --public-url "$PUBLIC_URL"
echo "Serving dist/ at http://127.0.0.1:$PORT$PUBLIC_URL (Ctrl+C to stop)"
exec node tests/e2e/server.mjs dist "$PUBLIC_URL" "$PORT"
