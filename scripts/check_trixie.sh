#!/usr/bin/env bash
# Debian 13 (trixie): libpg_query 17 (PostgreSQL 16/17 syntax), libpqxx 7, Catch2 3 and
# PostgreSQL 17. Makes a clean trixie root with debootstrap, installs the build dependencies
# from Debian's packages, builds pgfleet there from this checkout (a cold unity build, as CI's
# is) and runs the unit and golden tests and a db subset against trixie's PostgreSQL 17.
# Prints the time of each stage. Needs root. KEEP_ROOT=DIR keeps (and reuses) the root;
# TRIXIE_BUILD_AFTER=FILE holds the build until FILE exists.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/debian_root.sh
packages="g++ cmake ninja-build pkg-config libpg-query-dev libprotobuf-c-dev libpqxx-dev libpq-dev
          libssl-dev libcli11-dev libyaml-cpp-dev nlohmann-json3-dev catch2
          postgresql-17 groff-base zsh python3-jsonschema"
# The db tests that run here: applying plans, saved plans, online DDL and the CLI against a
# PostgreSQL 17 server (fleet, parity and the corpus stay with the Debian 12 run).
db_subset=${TRIXIE_DB_TESTS:-"[db]~[parity]~*parity*~*--verify*"}

if [ -n "${KEEP_ROOT:-}" ]; then
  root=$KEEP_ROOT
else
  root=$(mktemp -d /var/tmp/pgfleet-trixie.XXXXXX)
  trap 'remove_debian_roots' EXIT
fi
total=$(now)
if [ ! -x "$root/usr/bin/cmake" ]; then
  start=$(now)
  make_debian_root trixie "$root"
  echo "debootstrap trixie: $(elapsed "$start") s"
  start=$(now)
  apt_in_root "$root" $packages
  echo "build dependencies and PostgreSQL 17 installed: $(elapsed "$start") s"
elif ! mountpoint -q "$root/proc"; then
  mount -t proc proc "$root/proc" && mount --bind /dev "$root/dev"
fi
in_root "$root" "dpkg-query -W -f '\${Package} \${Version}\n' libpg-query-dev libpqxx-dev catch2 libcli11-dev postgresql-17 g++" |
  sed 's/^/  /'

# TRIXIE_BUILD_AFTER=FILE: the root is made at once, the build waits for FILE (CI starts this
# check beside its own build and lets it compile only once that build is done).
if [ -n "${TRIXIE_BUILD_AFTER:-}" ]; then
  waited=$(now)
  while [ ! -e "$TRIXIE_BUILD_AFTER" ]; do sleep 5; done
  echo "waited $(elapsed "$waited") s for the host's build"
fi
rm -rf "$root/src" && mkdir -p "$root/src"
git ls-files -z | tar --null -T - -cf - | tar -xf - -C "$root/src"
start=$(now)
# One cold build: unity batches, -O1 and no debug info keep it short; only what the tests need.
in_root "$root" "cd /src && CXXFLAGS='-O1' cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=None \
  -DPGFLEET_UNITY=ON -DCMAKE_CXX_COMPILER_LAUNCHER= >build.log 2>&1 && ninja -C build -j2 pgfleet_tests >>build.log 2>&1" ||
  { tail -50 "$root/src/build.log"; echo "trixie build failed" >&2; exit 1; }
echo "trixie build (pgfleet and its tests, cold): $(elapsed "$start") s"

run_tests() {
  local name=$1 spec=$2 start
  start=$(now)
  if ! in_root "$root" "cd /src && PGFLEET_TEST_MAJOR=17 PGFLEET_PG_BIN=/usr/lib/postgresql/17/bin PGFLEET_CLIENT_BIN=/usr/lib/postgresql/17/bin build/tests/pgfleet_tests '$spec' >/tmp/$name.log 2>&1"; then
    tail -60 "$root/tmp/$name.log"
    echo "trixie $name tests failed" >&2
    exit 1
  fi
  echo "trixie $name: $(tail -2 "$root/tmp/$name.log" | tr -s '\n' ' ') ($(elapsed "$start") s)"
}
run_tests unit "[unit]"
run_tests golden "[golden]"
run_tests db "$db_subset"
echo "trixie check passed in $(elapsed "$total") s"
