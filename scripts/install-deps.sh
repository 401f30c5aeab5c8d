#!/usr/bin/env bash
# Installs exactly the Debian 12 packages the build and tests need that are missing.
# Called by `make run` and `make test`; safe to run again (it does nothing when all are present).
set -euo pipefail

PACKAGES=(
  # toolchain
  build-essential cmake ninja-build ccache pkg-config clang libclang-rt-14-dev
  # Qt 6.4
  qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qt6-charts-dev qt6-svg-dev qt6-webengine-dev qt6-httpserver-dev qt6-websockets-dev
  qt6-multimedia-dev
  # Qt's own translations (Back/Next/Cancel, standard dialogs) in French and German
  qt6-translations-l10n
  libqt6sql6-sqlite libqt6sql6-psql libqt6svg6 qt6-qpa-plugins
  libgl-dev libvulkan-dev libxkbcommon-dev
  # crypto, coding, QR
  libsodium-dev libssl-dev libsecp256k1-dev libisal-dev libqrencode-dev libzbar-dev
  libsqlite3-dev zlib1g-dev
  # headless runs, fonts, test peers
  xvfb xauth fonts-dejavu-core postgresql nodejs npm sqlite3 openssl
  # a private D-Bus for the lock-on-sleep test (tst_walletlock)
  dbus-daemon
  # packaging (make package, tst_package): the .deb's library dependencies, metainfo check
  dpkg-dev appstream
)

missing=()
for p in "${PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

# node/npm may come from outside apt on some machines; accept a working one.
if command -v node >/dev/null 2>&1 && command -v npm >/dev/null 2>&1; then
  filtered=()
  for p in "${missing[@]}"; do
    [[ "$p" == nodejs || "$p" == npm ]] || filtered+=("$p")
  done
  missing=("${filtered[@]+"${filtered[@]}"}")
fi

if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all packages present"
  exit 0
fi

echo "install-deps: installing ${missing[*]}"
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
export DEBIAN_FRONTEND=noninteractive
if [ ! -f /var/lib/apt/periodic/update-success-stamp ] && [ -z "$(find /var/lib/apt/lists -maxdepth 1 -name '*Packages*' -print -quit 2>/dev/null)" ]; then
  $SUDO apt-get update
fi
$SUDO apt-get install -y --no-install-recommends "${missing[@]}" || {
  $SUDO apt-get update
  $SUDO apt-get install -y --no-install-recommends "${missing[@]}"
}
