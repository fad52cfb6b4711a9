#!/usr/bin/env bash
# Runs the libFuzzer targets of a fuzz build one after the other (never side by side: the
# machines are small and shared), each for a bounded time on a scratch corpus outside the
# tree that starts from the seeds in tests/fuzz/corpus and keeps what earlier runs found.
# Prints one line per target (executions, coverage, crashes) and fails if any crashed.
#   tools/fuzz.sh BUILD_DIR CORPUS_DIR SECONDS [TARGET...]   (all targets when none given)
# Extra libFuzzer options: FUZZ_ARGS="-max_len=8192".
set -euo pipefail
build=$1 corpus=$2 seconds=$3
shift 3
here="$(cd "$(dirname "$0")/.." && pwd)/tests/fuzz"
seeds="$here/corpus"
# Allocation stacks cost a third of the time in these allocation-heavy parsers; a crash is
# found without them and its report is complete when the input is run again by hand.
export ASAN_OPTIONS=${ASAN_OPTIONS:-malloc_context_size=0}
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
  for bin in "$build"/fuzz/fuzz_*; do targets+=("${bin##*/fuzz_}"); done
fi

mkdir -p "$corpus"
summary="$corpus/summary.txt"
printf '%-15s %12s %8s %8s %8s  %s\n' target executions cov ft crashes date >>"$summary"
failed=0
for t in "${targets[@]}"; do
  bin="$build/fuzz/fuzz_$t"
  work="$corpus/$t" artifacts="$corpus/artifacts/$t"
  mkdir -p "$work" "$artifacts"
  log="$corpus/$t.log"
  # The seeds join the scratch corpus first; -merge keeps only inputs that add coverage.
  if [ -d "$seeds/$t" ]; then
    "$bin" -merge=1 "$work" "$seeds/$t" >"$log.merge" 2>&1 || { echo "fuzz_$t: merging the seeds failed (see $log.merge)"; failed=1; continue; }
  fi
  # This target's own options (tests/fuzz/options.txt), dictionaries found beside it.
  options=$(awk -v t="$t" '$1 == t { $1 = ""; print }' "$here/options.txt" | sed "s#-dict=#-dict=$here/#g")
  echo "fuzz_$t: ${seconds}s ..."
  before=$(find "$artifacts" -type f | wc -l)
  status=0
  # A single input that takes 10 s is a finding (a hang), not patience.
  # shellcheck disable=SC2086
  "$bin" -max_total_time="$seconds" -print_final_stats=1 -timeout=10 -rss_limit_mb=2048 \
    -artifact_prefix="$artifacts/" $options ${FUZZ_ARGS:-} "$work" >"$log" 2>&1 || status=$?
  execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
  cov=$(grep -oE 'cov: [0-9]+' "$log" | tail -1 | cut -d' ' -f2)
  ft=$(grep -oE 'ft: [0-9]+' "$log" | tail -1 | cut -d' ' -f2)
  crashes=$(( $(find "$artifacts" -type f | wc -l) - before ))
  line=$(printf '%-15s %12s %8s %8s %8s  %s' "$t" "${execs:-?}" "${cov:-?}" "${ft:-?}" "$crashes" "$(date -u +%FT%TZ)")
  echo "$line"
  echo "$line" >>"$summary"
  if [ "$status" -ne 0 ] || [ "$crashes" -ne 0 ]; then
    echo "fuzz_$t found a problem: see $log and $artifacts/" >&2
    grep -m3 -E 'ERROR|invariant broken|runtime error' "$log" >&2 || true
    failed=1
  fi
done
exit $failed
