#!/usr/bin/env bash
# Fails if a server-only crate (database, web server, password hashing...) reaches the browser
# bundle's dependency tree.
set -euo pipefail
cd "$(dirname "$0")/.."
tree="$(cargo tree -p frontend --target wasm32-unknown-unknown -e normal --prefix none)"
forbidden='^(sea-orm|sea-query|sqlx|sqlx-core|libsqlite3-sys|tokio|axum|leptos_axum|hyper|argon2|ammonia|pulldown-cmark|migration|tower-http) '
if found="$(grep -E "$forbidden" <<<"$tree" | sort -u)" && [ -n "$found" ]; then
  echo "server-only crates in the WASM build:" >&2
  echo "$found" >&2
  exit 1
fi
echo "    no server-only crates in the WASM dependency tree ($(wc -l <<<"$tree") entries checked)"
