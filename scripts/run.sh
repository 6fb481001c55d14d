#!/usr/bin/env bash
# Builds the platform (optimised) and serves it on http://127.0.0.1:3000 with an SQLite file
# (consult.db, created and migrated on start). `--demo` loads the demo consultations and the demo
# staff account into an empty database; without it the server starts empty, as a deployment
# should. See README for settings.
set -euo pipefail
for arg in "$@"; do
  case "$arg" in
    --demo) export DEMO_DATA=on ;;
    *) echo "usage: $0 [--demo]" >&2; exit 2 ;;
  esac
done
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
"$root/scripts/ensure-tools.sh" --release
export PATH="$root/scripts/node-tools/node_modules/.bin:$HOME/.cargo/bin:$PATH"
export LEPTOS_OUTPUT_NAME=consult
# --split: staff-only islands (the builder) go into WASM chunks that public pages never fetch.
exec cargo leptos serve --release --precompress --split
