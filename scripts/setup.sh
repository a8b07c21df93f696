#!/usr/bin/env bash
# Installs what is missing (Debian 12 packages), builds dateline, and builds the timeline of
# the bundled example. Idempotent: quiet when everything is already there.
set -euo pipefail
cd "$(dirname "$0")/.."

# Build and test dependencies, all from Debian.
packages=(
  build-essential cmake pkg-config git python3
  libhowardhinnant-date-dev libboost-graph-dev nlohmann-json3-dev libgraphviz-dev
  libcli11-dev libgumbo-dev libgtest-dev libgmock-dev
  librsvg2-bin python3-jsonschema libxml2-utils
  python3-dev pybind11-dev python3-distributed
  chromium valgrind
)
as_root=""
[ "$(id -u)" -eq 0 ] || as_root="sudo"
export DEBIAN_FRONTEND=noninteractive
apt_install() { $as_root apt-get install -y -qq --no-install-recommends "$@" >/dev/null; }

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing ${missing[*]}"
  $as_root apt-get update -qq
  apt_install "${missing[@]}"
fi

# The web viewer's packages (npm registry); Node.js comes with the machine image, else Debian's.
if ! command -v npm >/dev/null; then
  apt_install nodejs npm
fi
if [ ! -d render/web/node_modules/vis-timeline ] || [ render/web/package-lock.json -nt render/web/node_modules ]; then
  (cd render/web && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
fi

jobs=$(nproc 2>/dev/null || echo 2)
cmake --preset default >/dev/null
cmake --build build -j "$jobs" >/dev/null

example=timelines/examples/putin-biden-reuters
./build/dateline build "$example.md" -o "$example.json"
./build/dateline build "$example.md" -o "$example.svg"
echo "setup: built build/dateline; the example's timeline is $example.json and $example.svg"
