#!/usr/bin/env bash
# Live results under load: a release server on a fresh SQLite file (demo content, no demo
# responses), 1,000 open dashboard streams, responses sent at a steady rate; prints p50/p95/p99
# from sending a response to its arrival on each dashboard, and the server's memory.
# Usage: bench/live.sh [streams 1000] [responses 100] [rate per second 5] [port 3031]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
streams="${1:-1000}"
responses="${2:-100}"
rate="${3:-5}"
port="${4:-3031}"
export LEPTOS_OUTPUT_NAME=consult
target_dir="${CARGO_TARGET_DIR:-$root/target}"
# Two sockets per stream (client and server) in one machine.
ulimit -n "$(ulimit -Hn)"

cargo build --quiet --release -p server --bin server --example live_bench
db="$(mktemp -d)/live.db"
DATABASE_URL="sqlite://$db?mode=rwc" LEPTOS_SITE_ADDR="127.0.0.1:$port" LEPTOS_SITE_ROOT=target/site \
  DEMO_RESPONSES=off RATE_LIMITS=off DEMO_DATA=on RUST_LOG=warn "$target_dir/release/server" &
server=$!
trap 'kill $server 2>/dev/null || true; rm -rf "$(dirname "$db")"' EXIT
for _ in $(seq 1 150); do
  curl -fsS -o /dev/null "http://127.0.0.1:$port/" 2>/dev/null && break
  sleep 0.2
done
echo "server memory before: $(awk '/VmRSS/ {print $2 " kB"}' /proc/$server/status)"
"$target_dir/release/examples/live_bench" "$port" "$streams" "$responses" "$rate"
echo "server memory after (peak $(awk '/VmHWM/ {print $2 " kB"}' /proc/$server/status)): $(awk '/VmRSS/ {print $2 " kB"}' /proc/$server/status)"
