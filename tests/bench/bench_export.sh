#!/bin/sh
# Whole-process time of the report export: `juesuan export SAMPLE -o out.pdf` and `-o out.html`,
# median of 5 runs (wall clock, and CPU = user + sys, which is what a busy machine does not
# distort). With LibreOffice installed (soffice) and an XLSX export available, also times
# `soffice --headless --convert-to pdf` of the same nine tables and prints the ratio.
# Usage: bench_export.sh [JUESUAN] [SAMPLE]   (not run by CI)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
juesuan=${1:-$here/../../build/app/juesuan}
sample=${2:-$here/../../resources/samples/jianghan-bigdata-center-2023.juesuan}
runs=5
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

# Prints "wall cpu" in seconds for one run of the command.
measure() {
    /usr/bin/time -f '%e %U %S' -o "$out/time" "$@" >/dev/null 2>"$out/err" || { cat "$out/err" >&2; exit 1; }
    awk '{ printf "%.3f %.3f\n", $1, $2 + $3 }' "$out/time"
}

median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

bench() { # label, command...
    label=$1; shift
    : > "$out/runs"
    i=0
    while [ $i -lt $runs ]; do measure "$@" >> "$out/runs"; i=$((i + 1)); done
    wall=$(cut -d' ' -f1 "$out/runs" | median)
    cpu=$(cut -d' ' -f2 "$out/runs" | median)
    printf '%-34s median wall %6.3f s   median cpu %6.3f s   (%d runs)\n' "$label" "$wall" "$cpu" $runs
    echo "$wall" > "$out/last"
}

echo "machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
bench "juesuan export -o out.pdf" "$juesuan" export "$sample" -o "$out/out.pdf"
pdf=$(cat "$out/last")
echo "  pages: $(pdfinfo "$out/out.pdf" 2>/dev/null | awk '/^Pages:/ { print $2 }')  size: $(wc -c < "$out/out.pdf") bytes"
bench "juesuan export -o out.html" "$juesuan" export "$sample" -o "$out/out.html"
echo "  size: $(wc -c < "$out/out.html") bytes"

if command -v soffice >/dev/null 2>&1; then
    if "$juesuan" export "$sample" -o "$out/tables.xlsx" >/dev/null 2>&1; then
        bench "soffice --convert-to pdf (XLSX)" soffice --headless --convert-to pdf --outdir "$out" "$out/tables.xlsx"
        office=$(cat "$out/last")
        awk -v a="$office" -v b="$pdf" 'BEGIN { printf "spreadsheet route / juesuan PDF: %.1f×\n", a / b }'
    else
        echo "soffice found, but this juesuan cannot export XLSX: LibreOffice comparison skipped"
    fi
else
    echo "LibreOffice (soffice) not installed: spreadsheet comparison skipped"
fi
