#!/usr/bin/env bash
# The whole test suite: install what is missing; fuzz the loader, the
# sentence splitter, the schema fast path against valijson, and the config,
# baseline, retraction-list, cache and shard-report readers for
# a bounded time when clang is present; build with AddressSanitizer and
# UndefinedBehaviorSanitizer; install the SARIF multitool from npm and write
# the CLI's SARIF for it; install Chromium and the browser test tools for the
# audit site; check the format (clang-format) and run clang-tidy; run every
# test with CTest (last, so its summary closes the output).
set -euo pipefail
cd "$(dirname "$0")/../.."
tools/scripts/setup.sh build/test -DCMAKE_BUILD_TYPE=Debug -DMEDLINT_SANITIZE=ON

if command -v clang++ >/dev/null 2>&1; then
  targets=(loader sentences config baseline retractions cache shard_report schema_fast)
  cmake -S . -B build/fuzz -G Ninja -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=Debug -DMEDLINT_BUILD_FUZZ=ON \
    -DMEDLINT_BUILD_TESTS=OFF -DMEDLINT_BUILD_BENCH=OFF >/dev/null
  cmake --build build/fuzz --parallel --target "${targets[@]/#/medlint_fuzz_}"
  # Seeds, named by their path: articles for the loader and the splitter,
  # configs, baselines and retraction lists for theirs.
  seed() {  # seed TARGET FILE...
    mkdir -p "build/fuzz/corpus-$1"
    local f
    for f in "${@:2}"; do [ -f "$f" ] && cp "$f" "build/fuzz/corpus-$1/${f//\//_}"; done
    return 0
  }
  rm -rf build/fuzz/corpus-*
  articles=(tests/fixtures/*/*.jsonc tests/fixtures/*/*/*.jsonc content/articles/*.json)
  seed loader "${articles[@]}"
  seed sentences "${articles[@]}"
  seed schema_fast "${articles[@]}" content/registry/*.json tests/data/registry/*.json
  seed config medlint.json tests/fixtures/*/medlint.json tests/cli/inputs/*.json tests/cli/inputs/*/medlint.json
  seed baseline tests/cli/inputs/*.json
  seed retractions tests/data/*.csv
  # A real cache file, written by the build above for the bundled content.
  build/test/tools/cli/medlint check content --today 2026-11-24 --cache-dir build/fuzz/seed-cache >/dev/null || true
  seed cache build/fuzz/seed-cache/outcomes.cache
  # A shard's report of the same content.
  build/test/tools/cli/medlint check content --today 2026-11-24 --shard 0/1 \
    --format json=build/fuzz/seed-shard.json >/dev/null || true
  seed shard_report build/fuzz/seed-shard.json
  # UBSan in clang flags RapidJSON 1.1.0's own pointer arithmetic on every
  # input (pointer-overflow in its internal stack); that one check, in that
  # header, is suppressed, nothing else (tools/fuzz/ubsan.supp).
  export UBSAN_OPTIONS="suppressions=$PWD/tools/fuzz/ubsan.supp:print_stacktrace=1:halt_on_error=1"
  for target in "${targets[@]}"; do
    seconds=${MEDLINT_FUZZ_SECONDS:-60}
    [ "$target" = loader ] || [ "$target" = schema_fast ] || seconds=${MEDLINT_FUZZ_OTHER_SECONDS:-20}
    echo "fuzzing the ${target} for ${seconds} s"
    log="build/fuzz/$target.log"
    if ! "build/fuzz/tools/fuzz/medlint_fuzz_$target" -max_total_time="$seconds" -max_len=65536 \
      -print_final_stats=1 "build/fuzz/corpus-$target" >"$log" 2>&1; then
      cat "$log"  # the whole log: the sanitizer report and the crashing input
      echo "medlint test: the $target fuzzer failed (log above, $log)"
      exit 1
    fi
    tail -n 4 "$log"
  done
  unset UBSAN_OPTIONS
else
  echo "fuzzing skipped: clang++ is not installed"
fi

export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1" UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"

# SARIF validation: Microsoft's SARIF multitool (a self-contained .NET program
# in its npm package, which also ships the SARIF 2.1.0 JSON schema), pinned.
# tests/unit/reporters_test.cpp validates every SARIF log of the suite with
# both, and the logs the CLI writes here into build/test/sarif.
sarif_tool_version=5.7.0
npm_dir=build/test/npm
multitool_dir="$npm_dir/node_modules/@microsoft/sarif-multitool-linux"
if ! command -v npm >/dev/null 2>&1; then
  echo "medlint test: installing npm"
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends npm >/dev/null
fi
if ! grep -qs "\"version\": \"$sarif_tool_version\"" "$multitool_dir/package.json"; then
  echo "installing @microsoft/sarif-multitool $sarif_tool_version into $npm_dir"
  npm install --prefix "$npm_dir" --no-audit --no-fund --no-save --loglevel=error \
    "@microsoft/sarif-multitool@$sarif_tool_version" "@microsoft/sarif-multitool-linux@$sarif_tool_version"
fi
chmod u+x "$multitool_dir/Sarif.Multitool"  # its postinstall script may not have run
export MEDLINT_SARIF_NPM_DIR="$PWD/$npm_dir" MEDLINT_SARIF_DIR="$PWD/build/test/sarif"
rm -rf "$MEDLINT_SARIF_DIR" && mkdir -p "$MEDLINT_SARIF_DIR"
for input in content tests/cli/inputs/articles tests/cli/inputs/broken; do
  status=0
  build/test/tools/cli/medlint check "$input" --today 2026-11-24 --format sarif >"$MEDLINT_SARIF_DIR/${input//\//_}.sarif" || status=$?
  [ "$status" -le 1 ] || { echo "medlint check $input --format sarif failed (exit $status)"; exit 1; }
done

# Browser tests of the audit site (tests/cli/audit_test.cpp): Debian's
# Chromium, installed when missing, driven by puppeteer-core with axe-core,
# both pinned by tests/browser/package-lock.json. Without them those tests
# are skipped with a message, never passed.
if ! command -v chromium >/dev/null 2>&1; then
  echo "medlint test: installing chromium (for the audit site's browser tests)"
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  { $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends chromium >/dev/null; } ||
    echo "medlint test: could not install chromium; the browser tests will be skipped"
fi
browser_dir=build/test/browser
if ! cmp -s tests/browser/package-lock.json "$browser_dir/package-lock.json" || [ ! -d "$browser_dir/node_modules" ]; then
  echo "installing puppeteer-core and axe-core into $browser_dir"
  rm -rf "$browser_dir" && mkdir -p "$browser_dir"
  cp tests/browser/package.json tests/browser/package-lock.json "$browser_dir/"
  npm ci --prefix "$browser_dir" --no-audit --no-fund --loglevel=error
fi
export MEDLINT_BROWSER_DIR="$PWD/$browser_dir"
# Screenshots of the dashboard and an article page land in build/test/screenshots.

# Style and static analysis: every C++ file as .clang-format says, and the
# product (tools/) free of .clang-tidy's findings. Both are version 14, as
# Debian bookworm ships them (another clang-format formats differently).
if ! command -v clang-format-14 >/dev/null 2>&1 || ! command -v run-clang-tidy-14 >/dev/null 2>&1; then
  echo "medlint test: installing clang-format-14 and clang-tidy-14"
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends clang-format-14 clang-tidy-14 >/dev/null
fi
echo "checking the format of every C++ file (clang-format-14)"
git ls-files -z '*.cpp' '*.h' | xargs -0 clang-format-14 --dry-run --Werror
echo "running clang-tidy-14 on tools/"
# The compile commands are g++'s: clang does not know g++'s -Wno-restrict and
# warns about RapidJSON's C++20 iterator comparison, as in the clang build
# (CMakeLists.txt).
run-clang-tidy-14 -p build/test -quiet -j "$(nproc)" -extra-arg=-Wno-ambiguous-reversed-operator \
  -extra-arg=-Wno-unknown-warning-option \
  'tools/(medlint|cli)/' >build/test/clang-tidy.log 2>&1 || {
  grep -E "(error|warning):" build/test/clang-tidy.log | sort -u
  echo "medlint test: clang-tidy found problems (full log: build/test/clang-tidy.log)"
  exit 1
}

ctest --test-dir build/test --output-on-failure --parallel "$(nproc)"
