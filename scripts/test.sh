#!/usr/bin/env bash
# Runs every check and test: formatting, lints, the UI's checks and tests, all Rust tests, the
# generated-bindings drift check, and the end-to-end suite through the real webview.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup.sh

# One feature set for every cargo call, so nothing builds twice (see PLATFORM.md).
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$PWD/target}"

echo "== ui: checks and tests"
(cd ui && npm run --silent check && npm run --silent lint && npm run --silent format:check \
  && npm run --silent i18n:check && npm run --silent test)

echo "== ui: build (embedded into the desktop binary)"
(cd ui && npm run --silent build)

echo "== rust: format"
cargo fmt --all --check

echo "== rust: clippy"
cargo clippy --workspace --all-targets --locked -- -D warnings

echo "== rust: tests (team mode against one throwaway PostgreSQL cluster for the whole run)"
pg_dir="$(mktemp -d)"
trap 'scripts/postgres-cluster.sh stop "$pg_dir"' EXIT
MALAKA_TEST_POSTGRES="$(scripts/postgres-cluster.sh start "$pg_dir")"
export MALAKA_TEST_POSTGRES
cargo test --workspace --locked

echo "== rust: the team password in a real OS keyring (a session bus and an unlocked Secret Service)"
dbus-run-session -- sh -c 'printf keyring | gnome-keyring-daemon --unlock --components=secrets >/dev/null \
  && MALAKA_TEST_KEYRING=1 cargo test --locked --workspace --lib team_password'

echo "== bench: small dataset and a quick run, so the harness never rots (times are not checked)"
bench_dir="$(mktemp -d)"
"$CARGO_TARGET_DIR/debug/malaka-bench" generate --scale small --db "$bench_dir/bench.db"
"$CARGO_TARGET_DIR/debug/malaka-bench" run --quick --db "$bench_dir/bench.db" --cli "$CARGO_TARGET_DIR/debug/malaka"
echo "== bench on a team database: the same register moved to PostgreSQL, a quick run against psql"
psql -X -q -d "$MALAKA_TEST_POSTGRES/postgres" -c "CREATE DATABASE bench"
"$CARGO_TARGET_DIR/debug/malaka" --db "$MALAKA_TEST_POSTGRES/bench" team init
"$CARGO_TARGET_DIR/debug/malaka" --db "$bench_dir/bench.db" team move --to "$MALAKA_TEST_POSTGRES/bench" >/dev/null
"$CARGO_TARGET_DIR/debug/malaka-bench" run --quick --db "$MALAKA_TEST_POSTGRES/bench"
rm -rf "$bench_dir"

echo "== bindings: the committed TypeScript types match the Rust types"
if ! git diff --quiet -- ui/src/lib/bindings || [ -n "$(git ls-files --others --exclude-standard ui/src/lib/bindings)" ]; then
  git status --short ui/src/lib/bindings
  echo "ui/src/lib/bindings drifted from the Rust types: run the tests and commit the result" >&2
  exit 1
fi

echo "== e2e: the real app through tauri-driver and WebKitWebDriver under Xvfb"
xvfb-run -a cargo test --locked --features e2e --test e2e -- --test-threads=1
