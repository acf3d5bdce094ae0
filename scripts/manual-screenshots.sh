#!/usr/bin/env bash
# Writes the manual's screenshots (resources/manual/images/<language>/*.png) from the real
# program under Xvfb, in Chinese and in English, so the manual shows what the editor shows.
# Builds nothing: run it after building. The images are compiled into the program, so rebuild
# after running it.
# Usage: scripts/manual-screenshots.sh [BUILD_DIR]        (default: build)
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$here/build}
app=$build/app/juesuan
sample=$here/resources/samples/jianghan-bigdata-center-2023.juesuan
if [ ! -x "$app" ]; then
  echo "manual-screenshots.sh: $app not found; build first (scripts/setup.sh)" >&2
  exit 2
fi
command -v xvfb-run >/dev/null || { echo "manual-screenshots.sh: xvfb-run is missing (apt-get install xvfb xauth)" >&2; exit 2; }
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

# shot LANGUAGE NAME PAGE [FILE]: one window grab. A fresh settings folder per shot, so no
# recent file, preference or recovery question of the user's (or of another shot) shows.
shot() {
  local lang=$1 name=$2 page=$3 file=${4:-}
  local out=$here/resources/manual/images/$lang/$name.png
  local tmp=$scratch/$lang-$name.png
  rm -rf "$scratch/config" "$scratch/recovery"
  mkdir -p "$(dirname "$out")"
  XDG_CONFIG_HOME=$scratch/config JUESUAN_RECOVERY_DIR=$scratch/recovery JUESUAN_LANG=$lang \
    xvfb-run -a -s "-screen 0 1600x1000x24" \
    "$app" ${file:+"$file"} --page "$page" --screenshot "$tmp"
  # 256 colours are plenty for a window of flat widgets, at a third of the size; the
  # images are compiled into the program.
  if command -v convert >/dev/null; then
    convert "$tmp" -strip -colors 256 "PNG8:$out"
  else
    cp "$tmp" "$out"
  fi
  echo "wrote $out"
}

for lang in zh_CN en; do
  shot "$lang" main 05 "$sample"
  shot "$lang" new-report 02            # no file and no recent one: an empty report
  shot "$lang" part3 part3 "$sample"
  shot "$lang" figures figure/2 "$sample"
  shot "$lang" forms part6 "$sample"
done
