#!/usr/bin/env bash
# Installs what Juesuan needs on Debian 12 and builds it into build/.
# Idempotent: packages already present are skipped by apt; the build is incremental.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
pkgs=(
  build-essential cmake ninja-build pkg-config
  qt6-base-dev qt6-base-dev-tools qt6-charts-dev qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools
  libqt6opengl6-dev qt6-l10n-tools qt6-qpa-plugins qt6-translations-l10n libgl-dev libvulkan-dev
  libxlsxwriter-dev libminizip-dev libfreexl-dev libbenchmark-dev libglpk-dev clang libclang-rt-14-dev
  fonts-wqy-microhei fonts-arphic-uming poppler-utils xvfb xauth imagemagick
)
missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  export DEBIAN_FRONTEND=noninteractive
  sudo_cmd=""
  [ "$(id -u)" -eq 0 ] || sudo_cmd=sudo
  $sudo_cmd apt-get update -qq
  $sudo_cmd apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
cmake -S "$here" -B "$here/build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$here/build" --parallel "$(nproc)"
