#!/usr/bin/env bash
# Fuzzes every reader of user files (desired-state SQL, snapshots, saved plans, fleet
# configuration) with libFuzzer, ASan and UBSan, starting from the seed corpora in fuzz/corpus.
# Prints, per target, the executions, the corpus it grew and the defects it found.
#   bench/fuzz.sh [SECONDS_PER_TARGET (1800)] [TARGETS AT ONCE (2)] [target ...]
# Work and findings go to build-fuzz/runs/<target>/ (corpus/, artifacts/, log). Each target runs
# in libFuzzer's fork mode, which goes on after a defect, so one run finds them all.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-1800}
parallel=${2:-2}
shift $(( $# < 2 ? $# : 2 ))
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(desired_state snapshot saved_plan fleet_config)

command -v clang++ >/dev/null || { echo "fuzz.sh: clang++ is needed (apt-get install clang)" >&2; exit 2; }
build=build-fuzz
CC=clang CXX=clang++ cmake -S . -B "$build" -DPGFLEET_FUZZ=ON -DPGFLEET_UNITY=ON -DBUILD_TESTING=OFF \
  -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$build" -j "$(nproc)" --target $(printf 'fuzz_%s ' "${targets[@]}") >/dev/null

run_target() {
  local t=$1 dir="$build/runs/$1"
  rm -rf "$dir" && mkdir -p "$dir/corpus" "$dir/artifacts"
  # Leaks of process-lifetime statics are not defects; everything else ASan sees is.
  ASAN_OPTIONS=detect_leaks=1:allocator_may_return_null=1 UBSAN_OPTIONS=print_stacktrace=1 \
    nice -n 10 "$build/fuzz/fuzz_$t" "$dir/corpus" "fuzz/corpus/$t" -max_total_time="$seconds" -timeout=10 \
    -rss_limit_mb=2048 -max_len=65536 -fork=1 -ignore_crashes=1 -ignore_timeouts=1 -ignore_ooms=1 \
    -artifact_prefix="$dir/artifacts/" >"$dir/log" 2>&1 || true
}

running=0
for t in "${targets[@]}"; do
  run_target "$t" &
  running=$((running + 1))
  if [ "$running" -ge "$parallel" ]; then wait -n; running=$((running - 1)); fi
done
wait

printf '%-14s %8s %12s %9s %8s %8s\n' target seconds executions exec/s corpus defects
for t in "${targets[@]}"; do
  dir="$build/runs/$t"
  # Fork mode's status lines: "#EXECS: cov: ... oom/timeout/crash: a/b/c time: Ns job: ..."
  status=$(grep -E '^#[0-9]+: cov:' "$dir/log" | tail -1)
  execs=$(sed -E 's/^#([0-9]+):.*/\1/' <<<"$status")
  secs=$(sed -E 's/.* time: ([0-9]+)s.*/\1/' <<<"$status")
  rate=$([ -n "$execs" ] && [ "${secs:-0}" -gt 0 ] && echo $((execs / secs)) || echo "?")
  corpus=$(find "$dir/corpus" -type f | wc -l)
  defects=$(find "$dir/artifacts" -type f | wc -l)
  printf '%-14s %8s %12s %9s %8s %8s\n' "$t" "${secs:-?}" "${execs:-?}" "${rate:-?}" "$corpus" "$defects"
  find "$dir/artifacts" -type f -printf '    %p\n'
done
