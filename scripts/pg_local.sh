#!/usr/bin/env bash
# A throwaway PostgreSQL 15 under .pgfleet/pg: `start` prints nothing, `stop` removes it.
# (As root, in /var/tmp when the postgres account cannot enter the checkout.)
# Runs the server as the unprivileged "postgres" account when invoked as root.
set -euo pipefail
checkout="$(cd "$(dirname "$0")/.." && pwd)"
root="$checkout/.pgfleet/pg"
bindir=${PGFLEET_PG_BIN:-/usr/lib/postgresql/15/bin}
port=${PGFLEET_DEMO_PORT:-54329}
as_user=()
if [ "$(id -u)" -eq 0 ]; then
  as_user=(runuser -u postgres --)
  # A checkout the postgres account cannot enter (under /root, or a 0700 temporary directory)
  # keeps its server beside, in /var/tmp, named after the checkout.
  if ! runuser -u postgres -- test -x "$checkout"; then
    root="/var/tmp/pgfleet-pg-$(printf '%s' "$checkout" | cksum | cut -d' ' -f1)"
  fi
fi
# From /: the server's programs complain when they cannot enter the working directory.
as_server() { (cd / && "${as_user[@]}" "$@"); }
case "${1:-}" in
  start)
    mkdir -p "$root"
    [ "$(id -u)" -ne 0 ] || chown postgres "$root"
    if [ ! -d "$root/data" ]; then
      as_server "$bindir/initdb" -D "$root/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
    fi
    as_server "$bindir/pg_ctl" -D "$root/data" -l "$root/log" -w \
      -o "-p $port -k $root -c listen_addresses=127.0.0.1" start >/dev/null
    ;;
  stop)
    [ -d "$root/data" ] && as_server "$bindir/pg_ctl" -D "$root/data" -m fast -w stop >/dev/null || true
    rm -rf "$root"
    ;;
  url)
    echo "postgresql://postgres@127.0.0.1:$port/${2:-postgres}"
    ;;
  *) echo "usage: $0 start|stop|url [database]" >&2; exit 2 ;;
esac
