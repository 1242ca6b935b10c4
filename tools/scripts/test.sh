#!/usr/bin/env bash
# The whole test suite: install what is missing; fuzz the loader for a
# bounded time when clang is present; build with AddressSanitizer and
# UndefinedBehaviorSanitizer and run every test with CTest (last, so its
# summary closes the output).
set -euo pipefail
cd "$(dirname "$0")/../.."
tools/scripts/setup.sh build/test -DCMAKE_BUILD_TYPE=Debug -DMEDLINT_SANITIZE=ON

if command -v clang++ >/dev/null 2>&1; then
  cmake -S . -B build/fuzz -G Ninja -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=Debug -DMEDLINT_BUILD_FUZZ=ON \
    -DMEDLINT_BUILD_TESTS=OFF -DMEDLINT_BUILD_BENCH=OFF >/dev/null
  cmake --build build/fuzz --target medlint_fuzz_loader --parallel
  rm -rf build/fuzz/corpus && mkdir -p build/fuzz/corpus
  for f in tests/fixtures/*/*.jsonc tests/fixtures/*/*/*.jsonc content/articles/*.json; do
    cp "$f" "build/fuzz/corpus/${f//\//_}"  # seeds, named by their path
  done
  echo "fuzzing the loader for ${MEDLINT_FUZZ_SECONDS:-60} s"
  build/fuzz/tools/fuzz/medlint_fuzz_loader -max_total_time="${MEDLINT_FUZZ_SECONDS:-60}" -max_len=65536 \
    -print_final_stats=1 build/fuzz/corpus 2>&1 | tail -n 4
else
  echo "fuzzing skipped: clang++ is not installed"
fi

export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1" UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
ctest --test-dir build/test --output-on-failure --parallel "$(nproc)"
