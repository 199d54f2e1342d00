#!/usr/bin/env bash
# Builds the release .deb an agency's IT staff install with `apt-get install ./malaka_*.deb`: the
# desktop app (with its desktop entry and icons) and the `malaka` command, which open the same
# default database. Too slow for every CI run (a release build); see docs/release.md.
set -euo pipefail
cd "$(dirname "$0")/.."
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$PWD/target}"

(cd ui && npm ci --no-audit --no-fund && npm run build)
cargo build --release --locked -p malaka-cli
# The UI is built above: the Tauri CLI would run `npm --prefix ui` from ui/ and miss it.
config=$(printf '{"build":{"beforeBuildCommand":""},"bundle":{"linux":{"deb":{"files":{"/usr/bin/malaka":"%s"}}}}}' \
  "$CARGO_TARGET_DIR/release/malaka")
ui/node_modules/.bin/tauri build --bundles deb --config "$config"

deb=$(ls -t "$CARGO_TARGET_DIR"/release/bundle/deb/*.deb | head -1)
echo "built $deb"
# The package's own check (tests/package.rs) runs whenever a package exists.
MALAKA_DEB="$deb" cargo test --locked --test package -- --nocapture
