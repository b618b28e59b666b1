#!/usr/bin/env bash
# Runs every fuzz target for SECONDS each (libFuzzer via cargo-fuzz), then
# prints each target's executions, coverage (cov/ft from libFuzzer's final
# stats) and whether it crashed.
#
#   fuzz/run.sh SECONDS [TARGET...]     (default: every target)
#   JOBS=2 fuzz/run.sh 600              (run two targets at a time)
#   FORK=1 fuzz/run.sh 600              (keep going after a crash: libFuzzer
#                                        -fork=1, every crash is kept)
#
# Needs cargo-fuzz (`cargo install cargo-fuzz`) and a nightly toolchain; with
# only stable installed it falls back to RUSTC_BOOTSTRAP=1. Crashes are
# written to fuzz/artifacts/<target>/ and logs to fuzz/logs/<target>.log.
# Replaying the corpora needs neither: `make test-fuzz-corpus`.
set -euo pipefail
cd "$(dirname "$0")"

SECONDS_PER_TARGET=${1:?usage: fuzz/run.sh SECONDS [TARGET...]}
shift
JOBS=${JOBS:-1}
# Inputs are bounded (libFuzzer -max_len), so is memory (-rss_limit_mb) and
# the time per input (-timeout): past them libFuzzer reports a finding.
MAX_LEN=${MAX_LEN:-16384}
RSS_MB=${RSS_MB:-2048}
TIMEOUT=${TIMEOUT:-10}

if rustup toolchain list 2>/dev/null | grep -q '^nightly'; then
  FUZZ=(cargo +nightly fuzz)
else
  export RUSTC_BOOTSTRAP=1
  FUZZ=(cargo fuzz)
fi
# No sanitizer: the core is safe Rust; libFuzzer still catches panics, stack
# overflows, timeouts and memory blow-ups. Debug assertions on (-a) so
# arithmetic overflow is a finding rather than a silent wrap.
BUILD_FLAGS=(-s none -a)

if [ $# -gt 0 ]; then
  TARGETS=("$@")
else
  mapfile -t TARGETS < <("${FUZZ[@]}" list)
fi

dict_for() {
  case "$1" in
    codes_*) echo dict/codes.dict ;;
    hl7*) echo dict/hl7.dict ;;
    *) echo dict/fhir.dict ;;
  esac
}

"${FUZZ[@]}" build "${BUILD_FLAGS[@]}"
mkdir -p logs

EXTRA=()
if [ "${FORK:-0}" = 1 ]; then
  EXTRA=(-fork=1 -ignore_crashes=1 -ignore_timeouts=1 -ignore_ooms=1)
fi
marker=$(mktemp)

run_one() {
  local t=$1
  mkdir -p "corpus/$t" "artifacts/$t"
  "${FUZZ[@]}" run "${BUILD_FLAGS[@]}" "$t" "corpus/$t" -- \
    -max_total_time="$SECONDS_PER_TARGET" -max_len="$MAX_LEN" \
    -rss_limit_mb="$RSS_MB" -timeout="$TIMEOUT" -dict="$(dict_for "$t")" \
    -print_final_stats=1 "${EXTRA[@]}" >"logs/$t.log" 2>&1
}

status=0
running=0
for t in "${TARGETS[@]}"; do
  run_one "$t" &
  running=$((running + 1))
  if [ "$running" -ge "$JOBS" ]; then
    wait -n || status=1
    running=$((running - 1))
  fi
done
while [ "$running" -gt 0 ]; do
  wait -n || status=1
  running=$((running - 1))
done

printf '%-20s %12s %8s %8s %s\n' target executions cov ft result
for t in "${TARGETS[@]}"; do
  log="logs/$t.log"
  # (fork mode prints no final stats: the last status line counts instead)
  last=$(grep -E '^#[0-9]+' "$log" | grep ' cov: ' | tail -1 || true)
  execs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' | tail -1 || true)
  execs=${execs:-$(sed -n 's/^#\([0-9]*\).*/\1/p' <<<"$last")}
  cov=$(sed -n 's/.* cov: \([0-9]*\).*/\1/p' <<<"$last")
  ft=$(sed -n 's/.* ft: \([0-9]*\).*/\1/p' <<<"$last")
  found=$(find "artifacts/$t" -type f -newer "$marker" | wc -l)
  if [ "$found" -gt 0 ] || grep -qE 'deadly signal|panicked at|ERROR: libFuzzer' "$log"; then
    result="CRASH: $found input(s) in artifacts/$t/ (see $log)"
    status=1
  else
    result=ok
  fi
  printf '%-20s %12s %8s %8s %s\n' "$t" "${execs:-?}" "${cov:-?}" "${ft:-?}" "$result"
done
rm -f "$marker"
exit "$status"
