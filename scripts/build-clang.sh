#!/usr/bin/env bash
# Builds the whole tree — libraries, the program, every test and benchmark — with Debian's
# clang into build-clang/, with the project's warning flags and -Werror: a second compiler
# finds what GCC lets through, and keeps the code free of GCC-only habits. Not part of CI
# (one build there); run it before you finish a change that touches much C++:
#
#   scripts/build-clang.sh                 # build everything
#   scripts/build-clang.sh --test          # …and run the test suite on that build
#   JOBS=1 scripts/build-clang.sh          # fewer parallel jobs (default: all cores)
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
for tool in clang clang++; do
  command -v $tool >/dev/null || { echo "build-clang.sh: $tool is missing (scripts/setup.sh installs it)" >&2; exit 2; }
done
run_tests=0
if [ "${1:-}" = "--test" ]; then
  run_tests=1
  shift
fi
build="$here/build-clang"
launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
# -Wall -Wextra -Wpedantic come from CMakeLists.txt; -Werror makes any warning fail the build.
# clang warns from its front end, not its optimiser: -O0 without debug information finds the
# same warnings and compiles faster.
CC=clang CXX=clang++ cmake -S "$here" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Debug \
  -DCMAKE_CXX_FLAGS="-Werror" -DCMAKE_CXX_FLAGS_DEBUG="-O0" "${launcher[@]}" >/dev/null
cmake --build "$build" -j "${JOBS:-$(nproc)}"
if [ "$run_tests" = 1 ]; then
  QT_QPA_PLATFORM=offscreen ctest --test-dir "$build" --output-on-failure -j "${JOBS:-$(nproc)}" "$@"
fi
