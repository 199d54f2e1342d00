#!/usr/bin/env bash
# Runs every check and test: formatting, lints, the UI build and its checks, all Rust tests.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup.sh

# One feature set for every cargo call, so nothing builds twice (see PLATFORM.md).
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$PWD/target}"

echo "== ui: build"
(cd ui && npm run --silent build)

echo "== rust: format"
cargo fmt --all --check

echo "== rust: clippy"
cargo clippy --workspace --all-targets --locked -- -D warnings

echo "== rust: tests"
cargo test --workspace --locked
