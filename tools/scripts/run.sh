#!/usr/bin/env bash
# The main job: install what is missing, build, and check the bundled content.
# Extra arguments go to `medlint check` (e.g. --format json, --today 2026-11-24).
set -euo pipefail
cd "$(dirname "$0")/../.."
tools/scripts/setup.sh build/release -DMEDLINT_BUILD_TESTS=OFF -DMEDLINT_BUILD_BENCH=OFF
exec build/release/tools/cli/medlint check content/ "$@"
