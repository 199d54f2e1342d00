#!/usr/bin/env bash
# Installs what is missing, builds Malaka, and starts it on the default database.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup.sh
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$PWD/target}"
(cd ui && npm run --silent build)
cargo build --release --locked -p malaka-cli -p malaka-desktop
malaka="$CARGO_TARGET_DIR/release/malaka"
"$malaka" init
# First run on an empty database: load the demo so there is something to look at.
if [ "$("$malaka" person list --limit 1 --json)" = "[]" ]; then
  "$malaka" demo
fi
"$malaka" activity list
exec "$CARGO_TARGET_DIR/release/malaka-desktop"
