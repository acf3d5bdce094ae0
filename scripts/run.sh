#!/usr/bin/env bash
# Sets everything up (scripts/setup.sh) and opens the bundled sample report: the editor
# when a display exists, otherwise the headless `table` verb showing 公开01表.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
"$here/scripts/setup.sh"
sample="$here/resources/samples/jianghan-bigdata-center-2023.juesuan"
if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
  exec "$here/build/app/juesuan" "$sample"
fi
echo "No display: showing 公开01表 of the sample with the headless table verb." >&2
exec "$here/build/app/juesuan" table "$sample" 01
