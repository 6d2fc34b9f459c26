#!/usr/bin/env bash
# CI's packaging part, after scripts/test.sh built build/: the .deb installed on a fresh
# Debian 12 root, then the build and tests on a fresh Debian 13 root. Prints each one's time.
set -euo pipefail
cd "$(dirname "$0")/.."
start=$(date +%s)
scripts/check_install.sh
middle=$(date +%s)
echo "install check: $((middle - start)) s"
scripts/check_trixie.sh
echo "trixie check: $(($(date +%s) - middle)) s; packaging checks in all: $(($(date +%s) - start)) s"
