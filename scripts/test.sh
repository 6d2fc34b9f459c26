#!/usr/bin/env bash
# Installs what is missing, builds, and runs every test against a throwaway PostgreSQL that
# the tests start themselves.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
scripts/build.sh
cd build
ctest --output-on-failure -j "${JOBS:-2}" "$@"
