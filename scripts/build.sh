#!/usr/bin/env bash
# Configures and builds pgfleet into build/ (2 parallel jobs by default; PGFLEET_PCH=ON for a
# cold one-off build such as CI's, where precompiled headers beat an empty ccache).
set -euo pipefail
cd "$(dirname "$0")/.."
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DPGFLEET_PCH="${PGFLEET_PCH:-OFF}" >/dev/null
ninja -C build -j "${JOBS:-2}"
