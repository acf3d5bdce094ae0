#!/usr/bin/env bash
# Builds the Debian package from a build tree: builds what the package installs (the
# program, icons, man page, changelog), then cpack -G DEB. Prints the .deb's path.
# CPack strips the binary, so the usual RelWithDebInfo tree of scripts/setup.sh serves.
# Usage: scripts/package.sh [BUILD_DIR]            (default: build)
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$here/build}
if [ ! -f "$build/CMakeCache.txt" ]; then
  cmake -S "$here" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
fi
cmake --build "$build" --parallel "$(nproc)" --target juesuan juesuan_dist
rm -f "$build"/juesuan_*.deb
(cd "$build" && cpack -G DEB >/dev/null)
ls "$build"/juesuan_*.deb
