#!/usr/bin/env bash
# pg_client.sh TOOL [ARGS...]: run PostgreSQL 18's client TOOL (pg_dump, psql, ...) on Debian 12.
#
# Debian 12's own client is 15, and pg_dump refuses servers newer than itself; pg_dump 18 dumps
# every server from 9.2 to 18. This fetches Debian's postgresql-client-18 (from the sid suite)
# and the libraries it links, with `apt-get download` into a private apt state, unpacks them
# with `dpkg -x` under a cache folder and runs TOOL through that tree's own dynamic loader:
# nothing on the system is installed or changed.
# Cache: $PGFLEET_CLIENT_CACHE, else /var/cache/pgfleet/client as root, else
# ~/.cache/pgfleet/client. Safe to run concurrently (flock).
set -euo pipefail
[ $# -ge 1 ] || { echo "usage: pg_client.sh TOOL [ARGS...]" >&2; exit 2; }
tool=$1
shift
major=18 suite=sid

if [ -n "${PGFLEET_CLIENT_CACHE:-}" ]; then cache=$PGFLEET_CLIENT_CACHE
elif [ "$(id -u)" -eq 0 ]; then cache=/var/cache/pgfleet/client
else cache=$HOME/.cache/pgfleet/client; fi
root=$cache/$major/root
binary=$root/usr/lib/postgresql/$major/bin/$tool

# The first non-security Debian mirror apt is configured with (deb822 or one-line format).
debian_mirror() {
  local uri
  uri=$(sed -n 's/^URIs: *\([^ ]*\).*/\1/p' /etc/apt/sources.list.d/*.sources 2>/dev/null | grep -v security | head -1 || true)
  [ -n "$uri" ] || uri=$(awk '$1=="deb" && $2 !~ /security/ {print $2; exit}' /etc/apt/sources.list /etc/apt/sources.list.d/*.list 2>/dev/null || true)
  [ -n "$uri" ] || { echo "pg_client.sh: no Debian mirror in the apt sources" >&2; exit 1; }
  echo "$uri"
}

fetch() {
  local state=$cache/$major/apt
  mkdir -p "$state/lists/partial" "$state/archives/partial" "$cache/$major/debs"
  echo "deb [signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] $(debian_mirror) $suite main" >"$state/sources.list"
  local apt=(-o "Dir::Etc::SourceList=$state/sources.list" -o Dir::Etc::SourceParts=/dev/null
             -o "Dir::State::Lists=$state/lists" -o "Dir::Cache=$state" -o APT::Sandbox::User=root)
  echo "pg_client.sh: fetching postgresql-client-$major from Debian $suite" >&2
  apt-get "${apt[@]}" update >/dev/null
  # The client and what it links, in the suite's own builds: its libc is newer than Debian 12's.
  local packages=(postgresql-client-$major libpq5 libc6 libssl3t64 libgssapi-krb5-2 libkrb5-3
                  libk5crypto3 libkrb5support0 libcom-err2 libkeyutils1 libldap2 libsasl2-2
                  libzstd1 liblz4-1 zlib1g liblzma5 libreadline8t64 libtinfo6 libncursesw6)
  (cd "$cache/$major/debs" && apt-get "${apt[@]}" download "${packages[@]}" >/dev/null)
  local tmp
  tmp=$(mktemp -d "$cache/$major/.root-XXXXXX")
  for deb in "$cache/$major/debs"/*.deb; do dpkg -x "$deb" "$tmp"; done
  rm -rf "$root"
  mv "$tmp" "$root"
}

if [ ! -x "$binary" ]; then
  mkdir -p "$cache/$major"
  exec 9>"$cache/$major/.lock"
  flock 9
  [ -x "$binary" ] || fetch
  exec 9>&-
  [ -x "$binary" ] || { echo "pg_client.sh: PostgreSQL $major has no client tool $tool" >&2; exit 1; }
fi
libs=$root/usr/lib/x86_64-linux-gnu:$root/lib/x86_64-linux-gnu
exec "$root/usr/lib/x86_64-linux-gnu/ld-linux-x86-64.so.2" --library-path "$libs" "$binary" "$@"
