#!/usr/bin/env bash
# Renders every page of the app offscreen into docs/screenshots/ (a scratch data dir, so the
# pictures show a fresh install).
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD=${1:-build}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export QT_QPA_PLATFORM=offscreen
for page in marketplace slas files wallet provider settings; do
    "./$BUILD/app/flashback" --data-dir "$tmp/data" --page "$page" --theme light \
        --screenshot "docs/screenshots/$page.png"
done
"./$BUILD/app/flashback" --data-dir "$tmp/data" --page marketplace --theme dark \
    --screenshot docs/screenshots/marketplace-dark.png
echo "screenshots written to docs/screenshots/"
