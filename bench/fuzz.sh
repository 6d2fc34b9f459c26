#!/usr/bin/env bash
# Fuzzes every reader of user files (desired-state SQL, snapshots, saved plans, fleet
# configuration) with libFuzzer, ASan and UBSan, starting from the seed corpora in fuzz/corpus.
# Prints, per target, the executions, the corpus it grew and the defects it found.
#   bench/fuzz.sh [SECONDS_PER_TARGET (1800)] [TARGETS AT ONCE (2)] [target ...]
# Work and findings go to build-fuzz/runs/<target>/ (corpus/, artifacts/, log).
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
    "$build/fuzz/fuzz_$t" "$dir/corpus" "fuzz/corpus/$t" -max_total_time="$seconds" -timeout=10 \
    -rss_limit_mb=2048 -max_len=65536 -print_final_stats=1 -artifact_prefix="$dir/artifacts/" \
    >"$dir/log" 2>&1 || true
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
  execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$dir/log" | tail -1)
  rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$dir/log" | tail -1)
  secs=$(sed -n 's/.*Done [0-9]* runs in \([0-9]*\) second.*/\1/p' "$dir/log" | tail -1)
  corpus=$(find "$dir/corpus" -type f | wc -l)
  defects=$(find "$dir/artifacts" -type f | wc -l)
  printf '%-14s %8s %12s %9s %8s %8s\n' "$t" "${secs:-?}" "${execs:-?}" "${rate:-?}" "$corpus" "$defects"
  find "$dir/artifacts" -type f -printf '    %p\n'
done
