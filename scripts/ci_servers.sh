#!/usr/bin/env bash
# CI's part of the PostgreSQL matrix: installs (or finds cached) the server binaries of every
# major the database tests run on, and pg_dump 18 for the majors Debian's pg_dump 15 refuses,
# before the tests start, so no test waits on a download.
set -euo pipefail
cd "$(dirname "$0")/.."
start=$(date +%s)
scripts/pg_servers.sh install
scripts/pg_client.sh pg_dump --version >/dev/null
echo "PostgreSQL servers $(scripts/pg_servers.sh majors | tr '\n' ' ')and pg_dump 18 ready in $(( $(date +%s) - start ))s"
