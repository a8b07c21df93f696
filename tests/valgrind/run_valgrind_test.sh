#!/usr/bin/env bash
# The whole build of the bundled example under valgrind's memcheck: no invalid access, no jump
# on an uninitialised value, no leak. (The ASan build checks the same things differently;
# memcheck also sees uninitialised reads, which ASan does not.)
# usage: run_valgrind_test.sh DATELINE_CLI      exit 77 = skipped
set -euo pipefail
cli=$1
src=$(cd "$(dirname "$0")/../.." && pwd)
command -v valgrind >/dev/null || { echo "skipped: no valgrind"; exit 77; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
valgrind --error-exitcode=1 --leak-check=full --errors-for-leak-kinds=definite,indirect \
  "$cli" build "$src/timelines/examples/putin-biden-reuters.md" -o "$tmp/t.json" 2> "$tmp/valgrind.log" || {
  grep -E "==[0-9]+== (Conditional|Invalid|Use of|.*definitely lost|.*indirectly lost|ERROR SUMMARY)" "$tmp/valgrind.log" | head -20
  echo "FAIL: valgrind reported errors"
  exit 1
}
grep "ERROR SUMMARY" "$tmp/valgrind.log"
test -s "$tmp/t.json"
