#!/usr/bin/env bash
# The package on a fresh system: builds the .deb from build/ (cpack), makes a clean Debian 12
# root with debootstrap, installs the .deb there with apt (its Depends resolve from Debian's
# mirror), then runs pgfleet --version, the man page and completions checks, and plan / apply /
# plan against a throwaway PostgreSQL on the host over loopback. Prints the .deb size and the
# install time. Needs root and a built build/ (scripts/build.sh). KEEP_ROOT=DIR keeps the
# fresh root in DIR and, when it exists, reuses it (the package is installed again).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/debian_root.sh
work=$(mktemp -d /var/tmp/pgfleet-install.XXXXXX)
pgdir=$(mktemp -d /tmp/pgfleet-install-pg.XXXXXX)  # the server runs as postgres: not under $work (0700)
chmod 0755 "$pgdir"
root=${KEEP_ROOT:-$work/root}
trap 'stop_host_postgres; [ -n "${KEEP_ROOT:-}" ] || remove_debian_roots; rm -rf "$work" "$pgdir"' EXIT

start=$(now)
(cd build && cpack -G DEB -B "$work/deb" >"$work/cpack.log" 2>&1) || { cat "$work/cpack.log"; exit 1; }
version=$(sed -n 's/^CMAKE_PROJECT_VERSION:STATIC=//p' build/CMakeCache.txt)
deb=$work/deb/pgfleet_${version}_amd64.deb
dbgsym=$work/deb/pgfleet-dbgsym_${version}_amd64.deb
[ -f "$deb" ] && [ -f "$dbgsym" ] || { ls "$work/deb"; echo "cpack made no pgfleet/pgfleet-dbgsym .deb" >&2; exit 1; }
echo "package: $(basename "$deb") $(stat -c %s "$deb") bytes ($(du -h "$deb" | cut -f1)), $(basename "$dbgsym") $(stat -c %s "$dbgsym") bytes; cpack $(elapsed "$start") s"
depends=$(dpkg-deb -f "$deb" Depends)
echo "Depends: $depends"
for lib in libpg-query libpqxx libyaml-cpp libpq5 libssl libstdc++6; do
  [[ "$depends" == *"$lib"* ]] || { echo "Depends lacks $lib (shared library dependencies not computed)" >&2; exit 1; }
done

# The debug package holds the binary's debug info under its build id.
dpkg-deb --fsys-tarfile "$deb" | tar -xO ./usr/bin/pgfleet >"$work/pgfleet"
build_id=$(readelf -n "$work/pgfleet" | sed -n 's/.*Build ID: //p')
readelf -S "$work/pgfleet" | grep -q debug_info && { echo "the packaged binary still has debug info" >&2; exit 1; }
dpkg-deb -c "$dbgsym" | grep -q "usr/lib/debug/.build-id/${build_id:0:2}/${build_id:2}.debug" ||
  { echo "pgfleet-dbgsym has no debug file for build id $build_id" >&2; exit 1; }

start=$(now)
if [ -n "${KEEP_ROOT:-}" ] && [ -x "$root/usr/bin/apt-get" ]; then
  mountpoint -q "$root/proc" || { mount -t proc proc "$root/proc"; mount --bind /dev "$root/dev"; }
  in_root "$root" "dpkg --purge pgfleet >/dev/null 2>&1 || true"
else
  make_debian_root bookworm "$root"
  echo "debootstrap bookworm: $(elapsed "$start") s"
fi

cp "$deb" "$root/tmp/"
start=$(now)
apt_in_root "$root" "/tmp/$(basename "$deb")"
echo "install time (apt-get update + install with dependencies): $(elapsed "$start") s"

got=$(in_root "$root" "pgfleet --version")
[ "$got" = "pgfleet $version" ] || { echo "pgfleet --version printed '$got'" >&2; exit 1; }
echo "pgfleet --version: $got"
for f in /usr/share/man/man1/pgfleet.1.gz /usr/share/bash-completion/completions/pgfleet \
         /usr/share/zsh/vendor-completions/_pgfleet /usr/share/doc/pgfleet/examples/pgfleet.yaml; do
  [ -s "$root$f" ] || { echo "missing from the package: $f" >&2; exit 1; }
done
in_root "$root" "gzip -dc /usr/share/man/man1/pgfleet.1.gz | grep -q '^.SS \"pgfleet fleet plan\"'"
in_root "$root" "bash -c 'source /usr/share/bash-completion/completions/pgfleet; COMP_WORDS=(pgfleet fleet dr); COMP_CWORD=2; _pgfleet; [ \"\${COMPREPLY[*]}\" = drift ]'"

start_host_postgres "$pgdir/pg"
db="postgresql://postgres@127.0.0.1:$HOST_PG_PORT"
"$HOST_PG_BIN/psql" -qX "$db/postgres" -c "CREATE DATABASE tenant_check"
schema=/usr/share/doc/pgfleet/examples/schemas
set +e
in_root "$root" "pgfleet plan $schema --db $db/tenant_check --format sql" >"$work/plan.sql"
rc=$?
set -e
[ "$rc" -eq 2 ] && grep -q "CREATE TABLE" "$work/plan.sql" ||
  { cat "$work/plan.sql"; echo "plan from the installed package exited $rc, not 2 with CREATE TABLE" >&2; exit 1; }
echo "plan against PostgreSQL on the host: $(grep -c '^CREATE TABLE' "$work/plan.sql") CREATE TABLE statements"
in_root "$root" "pgfleet apply $schema --db $db/tenant_check" >/dev/null
in_root "$root" "pgfleet plan $schema --db $db/tenant_check" >/dev/null ||
  { echo "plan after apply is not empty" >&2; exit 1; }
echo "apply, then plan again: nothing to do"
echo "install check passed"
