#!/usr/bin/env bash
# Builds the platform (optimised) and serves it on http://127.0.0.1:3000 with an SQLite file
# (consult.db, created and migrated on start, with demo content). See README for settings.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
"$root/scripts/ensure-tools.sh" --release
export PATH="$root/scripts/node-tools/node_modules/.bin:$HOME/.cargo/bin:$PATH"
export LEPTOS_OUTPUT_NAME=consult
# --split: staff-only islands (the builder) go into WASM chunks that public pages never fetch.
exec cargo leptos serve --release --precompress --split
