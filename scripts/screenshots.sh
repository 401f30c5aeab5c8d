#!/usr/bin/env bash
# Renders the app's pages offscreen into docs/screenshots/ from a fresh install: a scratch data
# dir, the local network started and synced, so the pictures show live demo data and the real
# empty states. The wizard, SLA, provider and files pictures come from the GUI tests
# (FB_SCREENSHOT_DIR=docs/screenshots ctest -L gui).
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD=${1:-build}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export QT_QPA_PLATFORM=offscreen
# files.png comes from tests/gui/files (a library with files in it); the rest from the app.
for page in marketplace slas wallet provider settings; do
    "./$BUILD/app/flashback" --data-dir "$tmp/data" --page "$page" --theme light \
        --screenshot "docs/screenshots/$page.png"
done
"./$BUILD/app/flashback" --data-dir "$tmp/data" --page marketplace --theme dark \
    --screenshot docs/screenshots/marketplace-dark.png
echo "screenshots written to docs/screenshots/"
