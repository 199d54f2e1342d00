#!/usr/bin/env bash
# Installs what is missing, builds Malaka (release), and starts the desktop app on the default
# database, the same file the `malaka` command uses.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup.sh
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$PWD/target}"
(cd ui && npm run --silent build)
cargo build --release --locked -p malaka-cli -p malaka-desktop
malaka="$CARGO_TARGET_DIR/release/malaka"
"$malaka" init
# On an empty database the app's first screen offers to start empty or load the demo data.
exec "$CARGO_TARGET_DIR/release/malaka-desktop"
