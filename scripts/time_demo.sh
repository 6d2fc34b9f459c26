#!/usr/bin/env bash
# Measures scripts/demo.sh from a fresh clone of HEAD, the way a new user meets it: a cold
# build (no ccache: CCACHE_DISABLE=1), then the demo up to its first plan. Prints the seconds
# to the first plan, and the build's CPU seconds (user + sys, which a loaded machine does not
# inflate much; on an idle 2-core machine the build takes about half of them in wall time).
# Then runs the demo again in the same clone to show that it does not rebuild.
# Stops each demo after its first plan (its server is removed). PGFLEET_DEMO_PORT as for the demo.
set -euo pipefail
cd "$(dirname "$0")/.."
clone=$(mktemp -d /var/tmp/pgfleet-demo-clone.XXXXXX)
trap 'rm -rf "$clone"' EXIT
git clone -q "$PWD" "$clone"
export CCACHE_DISABLE=1 PGFLEET_DEMO_PORT=${PGFLEET_DEMO_PORT:-$((30000 + $$ % 20000))}

# first_plan LABEL: runs the demo, stops it when the first plan has printed (the next step's
# heading), and prints the elapsed seconds and the CPU seconds of everything it ran.
first_plan() {
  local start=$SECONDS line
  (cd "$clone" && exec setsid scripts/demo.sh) >"$clone.$1.log" 2>&1 &
  local pid=$!
  while kill -0 "$pid" 2>/dev/null; do
    if grep -q '== pgfleet apply schemas/' "$clone.$1.log"; then
      kill -INT -- "-$pid" 2>/dev/null || true
      wait "$pid" 2>/dev/null || true
      echo "$1: first plan after $((SECONDS - start)) s"
      return 0
    fi
    sleep 1
  done
  cat "$clone.$1.log"
  echo "$1: the demo ended before its first plan" >&2
  return 1
}
first_plan "fresh clone"
# bash's `times`: the second line is the user and system time of the finished children.
times >"$clone.times"
echo "CPU (user, sys) of the fresh-clone demo up to its first plan, build included: $(tail -1 "$clone.times")"
first_plan "second run (a build exists)"
rm -f "$clone".*.log "$clone.times"
