#!/usr/bin/env bash
# Fuzzes every target for SECONDS each (default 600), new inputs going to a scratch corpus
# (not the seed corpus in the tree), and prints each target's exec count. Crashes are left
# as crash-* files in the scratch folder: copy each into tests/fuzz/corpus/<target>/ once fixed.
# usage: tests/fuzz/run_all.sh [SECONDS] [SCRATCH_DIR]
set -euo pipefail
cd "$(dirname "$0")/../.."
secs=${1:-600}
scratch=${2:-/tmp/dateline-fuzz}
cmake --preset fuzz >/dev/null
cmake --build --preset fuzz -j "$(nproc)" >/dev/null
for bin in build-fuzz/tests/fuzz/fuzz_*; do
  [ -x "$bin" ] || continue
  name=$(basename "$bin")
  mkdir -p "$scratch/$name"
  log="$scratch/$name.log"
  (cd "$scratch" && "$OLDPWD/$bin" -max_total_time="$secs" -timeout=10 -rss_limit_mb=4096 \
      "$scratch/$name" "$OLDPWD/tests/fuzz/corpus/$name" >"$log" 2>&1) || echo "$name: FAILED, see $log"
  execs=$(grep -o 'Done [0-9]* runs' "$log" | grep -o '[0-9]*' || echo "?")
  echo "$name: $secs s, $execs execs"
done
