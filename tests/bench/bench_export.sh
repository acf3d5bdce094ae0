#!/bin/sh
# Whole-process time of the report export: `juesuan export SAMPLE -o out.pdf` and `-o out.html`,
# median of 5 runs (wall clock, and CPU = user + sys, which is what a busy machine does not
# distort), and `-o out.xlsx` (the nine tables as a workbook). Then times LibreOffice's
# `soffice --headless --convert-to pdf` of that workbook (the spreadsheet route to a PDF of the
# tables) and prints the ratio. LibreOffice is installed here when missing
# (libreoffice-calc-nogui, with apt-get as root): only this benchmark needs it, never the build.
# Then the page model's own figures (issue 14) from bench_report, one process per case so
# that /usr/bin/time reports each case's peak memory: 1,000 / 5,000 / 20,000 项 rows in each
# of 公开02/03/05表 (seconds, pages, seconds per 100 pages), one self-evaluation indicator of
# 200,000 characters and of 5 MB, and print preview of the sample.
# Usage: bench_export.sh [JUESUAN] [SAMPLE] [BENCH_REPORT]   (not run by CI)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
juesuan=${1:-$here/../../build/app/juesuan}
sample=${2:-$here/../../resources/samples/jianghan-bigdata-center-2023.juesuan}
bench_report=${3:-$here/../../build/tests/bench/bench_report}
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
bench "juesuan export -o out.xlsx" "$juesuan" export "$sample" -o "$out/out.xlsx"
echo "  size: $(wc -c < "$out/out.xlsx") bytes"

if ! command -v soffice >/dev/null 2>&1 && command -v apt-get >/dev/null 2>&1; then
    sudo_cmd=""
    [ "$(id -u)" -eq 0 ] || sudo_cmd=sudo
    echo "installing libreoffice-calc-nogui for the comparison (this benchmark only)"
    export DEBIAN_FRONTEND=noninteractive
    $sudo_cmd apt-get install -y -qq --no-install-recommends libreoffice-calc-nogui >/dev/null 2>&1 \
        || { $sudo_cmd apt-get update -qq && $sudo_cmd apt-get install -y -qq --no-install-recommends libreoffice-calc-nogui >/dev/null 2>&1; } \
        || echo "could not install libreoffice-calc-nogui"
fi

if command -v soffice >/dev/null 2>&1; then
    if "$juesuan" export "$sample" -o "$out/tables.xlsx" >/dev/null 2>&1; then
        # A profile of its own, so that a first run's set-up is not timed and no user profile is touched.
        soffice -env:UserInstallation=file://$out/lo --headless --convert-to pdf --outdir "$out/warm" "$out/tables.xlsx" >/dev/null 2>&1 || true
        bench "soffice --convert-to pdf (XLSX)" soffice -env:UserInstallation=file://$out/lo --headless --convert-to pdf --outdir "$out" "$out/tables.xlsx"
        echo "  pages: $(pdfinfo "$out/tables.pdf" 2>/dev/null | awk '/^Pages:/ { print $2 }')"
        office=$(cat "$out/last")
        awk -v a="$office" -v b="$pdf" 'BEGIN { printf "spreadsheet route / juesuan PDF: %.1f×\n", a / b }'
    else
        echo "soffice found, but this juesuan cannot export XLSX: LibreOffice comparison skipped"
    fi
else
    echo "LibreOffice (soffice) not installed: spreadsheet comparison skipped"
fi

if [ -x "$bench_report" ]; then
    export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}
    echo "page model (bench_report; wall and processor time inside the process, peak memory of the whole process):"
    report_case() { # args for bench_report
        /usr/bin/time -f '%M' -o "$out/mem" "$bench_report" "$@" 2>"$out/err" | sed 's/^/  /' \
            || { cat "$out/err" >&2; return 0; }
        awk '{ printf "    peak memory %.0f MiB\n", $1 / 1024 }' "$out/mem"
    }
    for rows in 1000 5000 20000; do report_case rows "$rows" "$out/rows.pdf"; done
    report_case cell 200000 "$out/cell.pdf"
    report_case cell 5000000 "$out/cell5m.pdf"
    report_case sample "$sample" "$out/sample.pdf"
    report_case preview "$sample"
else
    echo "bench_report not built ($bench_report): page model figures skipped"
fi
