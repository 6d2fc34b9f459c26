#!/usr/bin/env bash
# Builds pgfleet into build/ with ninja (2 parallel jobs by default): every target, or those
# named (scripts/build.sh pgfleet). Configures only when build/ is new or a setting is given:
#   PGFLEET_UNITY=ON  unity build, for cold one-off builds (CI, a fresh clone's demo)
#   PGFLEET_PCH=ON    precompiled headers, likewise (ccache cannot cache such compiles)
# A build tree keeps its settings; incremental development builds want both OFF (the default),
# so ccache serves every file unchanged since another worktree or clone built it.
set -euo pipefail
cd "$(dirname "$0")/.."
settings=()
[ -z "${PGFLEET_UNITY:-}" ] || settings+=("-DPGFLEET_UNITY=$PGFLEET_UNITY")
[ -z "${PGFLEET_PCH:-}" ] || settings+=("-DPGFLEET_PCH=$PGFLEET_PCH")
if [ ! -f build/build.ninja ] || [ ${#settings[@]} -gt 0 ]; then
  cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "${settings[@]}" >/dev/null
fi
ninja -C build -j "${JOBS:-2}" "$@"
