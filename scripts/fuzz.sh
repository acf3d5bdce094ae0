#!/usr/bin/env bash
# Builds a fuzz target with libFuzzer (clang, AddressSanitizer + UBSan) into build-fuzz/ and
# runs it for a given time:
#
#   scripts/fuzz.sh TARGET SECONDS [libFuzzer options…]
#   scripts/fuzz.sh document 1800            # the .juesuan loader, 30 minutes
#
# TARGET names tests/fuzz/fuzz_TARGET.cpp; its seeds are tests/fuzz/corpus/TARGET/ and its
# dictionary tests/fuzz/TARGET.dict (when present). The run works on a copy of the seeds in
# build-fuzz/run/TARGET/corpus (new inputs collect there, never in the source tree) and
# writes crashes, leaks and timeouts to build-fuzz/run/TARGET/artifacts/. To keep a finding,
# copy it into tests/fuzz/corpus/TARGET/: CTest replays that folder in every normal build.
# JOBS (default 1) is passed to -jobs; the log is build-fuzz/run/TARGET/fuzz-*.log.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
if [ $# -lt 2 ]; then
  echo "usage: scripts/fuzz.sh TARGET SECONDS [libFuzzer options…]" >&2
  exit 2
fi
target=$1
seconds=$2
shift 2
source_file="$here/tests/fuzz/fuzz_$target.cpp"
if [ ! -f "$source_file" ]; then
  echo "fuzz.sh: no fuzz target $target (tests/fuzz/fuzz_$target.cpp)" >&2
  exit 2
fi
for tool in clang clang++; do
  command -v $tool >/dev/null || { echo "fuzz.sh: $tool is missing (scripts/setup.sh installs it)" >&2; exit 2; }
done

build="$here/build-fuzz"
launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
CC=clang CXX=clang++ cmake -S "$here" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DJUESUAN_FUZZ=ON "${launcher[@]}" >/dev/null
cmake --build "$build" --target "fuzz_$target" -j "$(nproc)"

run="$build/run/$target"
mkdir -p "$run/corpus" "$run/artifacts"
cp -n "$here/tests/fuzz/corpus/$target/"* "$run/corpus/" 2>/dev/null || true
dict=()
[ -f "$here/tests/fuzz/$target.dict" ] && dict=(-dict="$here/tests/fuzz/$target.dict")
cd "$run"
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:allocator_may_return_null=1}
# Known leaks of third-party libraries (each with its reason) are not ours to chase.
export LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$here/tests/fuzz/lsan.supp:print_suppressions=0}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
export QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8
"$build/tests/fuzz/fuzz_$target" "${dict[@]}" -jobs="${JOBS:-1}" -workers="${JOBS:-1}" \
  -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
  -artifact_prefix="$run/artifacts/" "$@" "$run/corpus"
echo "fuzz.sh: corpus $run/corpus ($(ls "$run/corpus" | wc -l) inputs), findings in $run/artifacts:"
ls -l "$run/artifacts"
