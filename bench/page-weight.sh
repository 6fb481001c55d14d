#!/usr/bin/env bash
# Builds the release site, serves it on a fresh SQLite file (demo content), and prints what each
# page transfers by type (compressed, as served, cold cache) and Lighthouse's mobile performance
# score. Usage: bench/page-weight.sh [port, default 3030]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
port="${1:-3030}"
"$root/scripts/ensure-tools.sh" --release --test
export PATH="$root/scripts/node-tools/node_modules/.bin:$HOME/.cargo/bin:$PATH"
export LEPTOS_OUTPUT_NAME=consult
target_dir="${CARGO_TARGET_DIR:-$root/target}"

bench="$root/bench/page-weight"
stamp="$bench/node_modules/.installed-from"
lock_sum="$(sha256sum "$bench/package-lock.json" | cut -d' ' -f1)"
if [ "$(cat "$stamp" 2>/dev/null)" != "$lock_sum" ]; then
  (cd "$bench" && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund --silent)
  echo "$lock_sum" >"$stamp"
fi

cargo leptos build --release --precompress --split
db="$(mktemp -d)/page-weight.db"
DATABASE_URL="sqlite://$db?mode=rwc" LEPTOS_SITE_ADDR="127.0.0.1:$port" LEPTOS_SITE_ROOT=target/site \
  DEMO_DATA=on RUST_LOG=warn "$target_dir/release/server" &
server=$!
trap 'kill $server 2>/dev/null || true; rm -rf "$(dirname "$db")"' EXIT
for _ in $(seq 1 100); do
  curl -fsS -o /dev/null "http://127.0.0.1:$port/" 2>/dev/null && break
  sleep 0.2
done
node "$bench/measure.mjs" "http://127.0.0.1:$port"
