#!/usr/bin/env bash
# Writes docs/screenshot.png: the editor on the bundled sample with 公开05表 selected, as
# drawn under Xvfb. Builds nothing: run it after building (scripts/setup.sh builds into build/).
# Usage: scripts/screenshot.sh [BUILD_DIR] [OUT.png]      (defaults: build, docs/screenshot.png)
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$here/build}
out=${2:-$here/docs/screenshot.png}
app=$build/app/juesuan
if [ ! -x "$app" ]; then
  echo "screenshot.sh: $app not found; build first (scripts/setup.sh)" >&2
  exit 2
fi
mkdir -p "$(dirname "$out")"
# A private settings and recovery folder: no recent files or recovery questions of the user's.
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
XDG_CONFIG_HOME=$scratch/config JUESUAN_RECOVERY_DIR=$scratch/recovery JUESUAN_LANG=${JUESUAN_LANG:-zh_CN} \
  xvfb-run -a -s "-screen 0 1600x1000x24" \
  "$app" "$here/resources/samples/jianghan-bigdata-center-2023.juesuan" --page 05 --screenshot "$out"
echo "wrote $out"
