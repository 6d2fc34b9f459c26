#!/usr/bin/env bash
# Helpers for the fresh-system checks (sourced): a clean Debian root made with debootstrap from
# Debian's own packages, commands run inside it, and a throwaway PostgreSQL on the host that
# the root reaches over loopback. Needs root. DEBIAN_MIRROR overrides the mirror.

debian_root_mirror=${DEBIAN_MIRROR:-http://deb.debian.org/debian}
debian_root_dirs=()

# now: seconds since the epoch, with fractions (for the timings the checks print).
now() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.0f", b - a }'; }

# make_debian_root SUITE DIR: a minimal root with apt, proc and /dev, services kept from starting.
make_debian_root() {
  local suite=$1 dir=$2
  command -v debootstrap >/dev/null || DEBIAN_FRONTEND=noninteractive apt-get install -y -qq debootstrap >/dev/null
  rm -rf "$dir" && mkdir -p "$dir"
  debian_root_dirs+=("$dir")
  if ! debootstrap --variant=minbase "$suite" "$dir" "$debian_root_mirror" >"$dir.debootstrap.log" 2>&1; then
    tail -20 "$dir.debootstrap.log" >&2
    echo "debootstrap $suite failed (log: $dir.debootstrap.log)" >&2
    return 1
  fi
  mount -t proc proc "$dir/proc"
  mount --bind /dev "$dir/dev"
  mount --bind /dev/shm "$dir/dev/shm" 2>/dev/null || true
  mount --bind /dev/pts "$dir/dev/pts" 2>/dev/null || true  # apt's terminal log
  printf '#!/bin/sh\nexit 101\n' >"$dir/usr/sbin/policy-rc.d" && chmod +x "$dir/usr/sbin/policy-rc.d"
  cp /etc/resolv.conf "$dir/etc/resolv.conf" 2>/dev/null || true
}

# in_root DIR COMMAND...: runs a shell command inside the root.
in_root() {
  local dir=$1; shift
  chroot "$dir" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 \
    DEBIAN_FRONTEND=noninteractive /bin/sh -c "$*"
}

# apt_in_root DIR PACKAGES...: apt-get update once, then install without recommends.
apt_in_root() {
  local dir=$1; shift
  in_root "$dir" "apt-get update -qq && apt-get install -y -qq --no-install-recommends $* >/dev/null"
}

remove_debian_roots() {
  local dir
  for dir in "${debian_root_dirs[@]}"; do
    for m in dev/pts dev/shm dev proc; do umount -l "$dir/$m" 2>/dev/null || true; done
    rm -rf "$dir" "$dir.debootstrap.log"
  done
  debian_root_dirs=()
}

# start_host_postgres DIR: a throwaway server in DIR listening on 127.0.0.1 only; sets
# HOST_PG_PORT and HOST_PG_BIN. Runs as the postgres account when called as root.
start_host_postgres() {
  local dir=$1
  HOST_PG_BIN=${PGFLEET_PG_BIN:-/usr/lib/postgresql/15/bin}
  HOST_PG_PORT=$((20000 + $$ % 20000))
  mkdir -p "$dir" && chown postgres "$dir"
  runuser -u postgres -- "$HOST_PG_BIN/initdb" -D "$dir/data" -U postgres --auth=trust -E UTF8 \
    --locale=C.UTF-8 >/dev/null
  runuser -u postgres -- "$HOST_PG_BIN/pg_ctl" -D "$dir/data" -l "$dir/log" -w \
    -o "-p $HOST_PG_PORT -k $dir -c listen_addresses=127.0.0.1" start >/dev/null
  debian_root_servers+=("$dir")
}
debian_root_servers=()

stop_host_postgres() {
  local dir
  for dir in "${debian_root_servers[@]}"; do
    runuser -u postgres -- "$HOST_PG_BIN/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
    rm -rf "$dir"
  done
  debian_root_servers=()
}
