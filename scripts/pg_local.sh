#!/usr/bin/env bash
# A throwaway PostgreSQL 15 under .pgfleet/pg: `start` prints nothing, `stop` removes it.
# Runs the server as the unprivileged "postgres" account when invoked as root.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)/.pgfleet/pg"
bindir=${PGFLEET_PG_BIN:-/usr/lib/postgresql/15/bin}
port=${PGFLEET_DEMO_PORT:-54329}
as_user=()
if [ "$(id -u)" -eq 0 ]; then as_user=(runuser -u postgres --); fi
case "${1:-}" in
  start)
    mkdir -p "$root"
    [ "$(id -u)" -ne 0 ] || chown postgres "$root"
    if [ ! -d "$root/data" ]; then
      "${as_user[@]}" "$bindir/initdb" -D "$root/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
    fi
    "${as_user[@]}" "$bindir/pg_ctl" -D "$root/data" -l "$root/log" -w \
      -o "-p $port -k $root -c listen_addresses=127.0.0.1" start >/dev/null
    ;;
  stop)
    [ -d "$root/data" ] && "${as_user[@]}" "$bindir/pg_ctl" -D "$root/data" -m fast -w stop >/dev/null || true
    rm -rf "$root"
    ;;
  url)
    echo "postgresql://postgres@127.0.0.1:$port/${2:-postgres}"
    ;;
  *) echo "usage: $0 start|stop|url [database]" >&2; exit 2 ;;
esac
