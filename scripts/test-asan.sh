#!/usr/bin/env bash
# Builds everything with AddressSanitizer + UndefinedBehaviorSanitizer (gcc) into build-asan/
# and runs the whole test suite there; any report fails the run. Not part of CI (one build
# there); run it before a release or after touching memory-heavy code:
#
#   scripts/test-asan.sh [ctest options…]
#   TARGETS="tst_documentio tst_cli" scripts/test-asan.sh -R "tst_documentio|tst_cli"
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
build="$here/build-asan"
flags="-fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer"
launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
# -O1 -g1: the sanitizer build compiles faster and its reports still name file and line.
cmake -S "$here" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "${launcher[@]}" \
  -DCMAKE_CXX_FLAGS="$flags" -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -g1 -DNDEBUG" \
  -DCMAKE_EXE_LINKER_FLAGS="-fsanitize=address,undefined" >/dev/null
# TARGETS (optional, space-separated) builds only those, for a quicker partial run; then pass
# ctest's -R to run their tests.
cmake --build "$build" -j "$(nproc)" ${TARGETS:+--target $TARGETS}
# Leaks in Qt's own plugins and font caches are not ours; everything else stops the test.
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0:abort_on_error=1:strict_string_checks=1:detect_stack_use_after_return=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
export QT_QPA_PLATFORM=offscreen
ctest --test-dir "$build" --output-on-failure --timeout 1200 -j "$(nproc)" "$@"
