#!/usr/bin/env bash
# Runs every test: the optimized build's suite, then the same suite under ASan+UBSan.
set -euo pipefail
cd "$(dirname "$0")/.."
jobs=$(nproc 2>/dev/null || echo 2)

for preset in default asan; do
  echo "== $preset: build"
  cmake --preset "$preset" >/dev/null
  cmake --build --preset "$preset" -j "$jobs" >/dev/null
  echo "== $preset: test"
  ctest --preset "$preset" -j "$jobs"
done
