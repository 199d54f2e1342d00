#!/usr/bin/env bash
# Installs what building and testing Malaka needs on Debian or Ubuntu, skipping what is there.
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(pkg-config build-essential file curl sqlite3 libwebkit2gtk-4.1-dev libgtk-3-dev libsoup-3.0-dev
  libjavascriptcoregtk-4.1-dev librsvg2-dev libayatana-appindicator3-dev libxdo-dev libssl-dev
  webkit2gtk-driver xvfb xauth
  poppler-utils zbar-tools  # tests read the PDFs back (pdftotext, pdfinfo, pdftoppm) and decode QR codes
  python3-icalendar  # an independent iCalendar parser reads the exported .ics back
  postgresql postgresql-client  # team mode: its tests start a throwaway cluster (initdb, pg_ctl)
  dbus-daemon gnome-keyring)  # the team password in a real Secret Service keyring (test.sh)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  echo "setup: installing ${missing[*]}"
  sudo_cmd=""
  [ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq -o DPkg::Lock::Timeout=600 "${missing[@]}" >/dev/null
fi

if ! command -v cargo >/dev/null; then
  echo "setup: Rust is missing; install it with rustup (https://rustup.rs), then run this again" >&2
  exit 1
fi
command -v node >/dev/null || { echo "setup: Node.js 20+ and npm are needed" >&2; exit 1; }

# The WebDriver bridge the end-to-end suite drives the real webview through.
if ! command -v tauri-driver >/dev/null && [ ! -x "$HOME/.cargo/bin/tauri-driver" ]; then
  cargo install tauri-driver --locked --version '^2' --quiet
fi

# The web UI's packages, exactly as locked.
if [ ! -d ui/node_modules ] || [ ui/package-lock.json -nt ui/node_modules/.package-lock.json ]; then
  (cd ui && npm ci --no-audit --no-fund --loglevel=error)
fi
