#!/usr/bin/env bash
# Builds Axon's libFuzzer targets (the package in Fuzz/) with coverage and
# AddressSanitizer, runs each for SECONDS, one after the other, and prints
# the executions per target. Exits 1 when any target finds something: a
# trap, a sanitizer report, a leak, a timeout (10 s for one input), more
# than 1 GB in one allocation or 2 GB in all; the input that did it is kept
# under .build/fuzz-runs/TARGET/findings/ (Fuzz/README.md: what to do next).
#
#   scripts/fuzz.sh [SECONDS_PER_TARGET] [TARGET...]
#
# SECONDS_PER_TARGET: the default is 60; 0 runs until FUZZ_FLAGS stops it
# (`FUZZ_FLAGS=-runs=10000000 scripts/fuzz.sh 0` for 10 million each).
# TARGETS: safetensors, modelfile, idx, csv (the default: all four).
# FUZZ_FLAGS: more libFuzzer flags for every target (`-fork=2
# -ignore_crashes=1` goes on past findings, on two cores).
#
# Each target first replays its findings kept in Fuzz/crashes/TARGET-*
# (each must now be read without a crash), then fuzzes from the seeds in
# Fuzz/corpus/TARGET (made from valid files by Fuzz/make_corpus.py) and
# from what earlier runs found interesting, kept in
# .build/fuzz-runs/TARGET/corpus; the run's log is beside it.
set -euo pipefail
cd "$(dirname "$0")/.."
root="$PWD"
export PATH="/opt/swift/usr/bin:$PATH"

seconds="${1:-60}"
shift || true
all=(safetensors modelfile idx csv)
targets=("${@:-${all[@]}}")
for target in "${targets[@]}"; do
    [[ " ${all[*]} " == *" $target "* ]] || { echo "fuzz.sh: no target \"$target\" (${all[*]})" >&2; exit 2; }
done

echo "== building the fuzz targets (Fuzz/, -sanitize=fuzzer,address)"
start=$SECONDS
build=(swift build -c release --package-path Fuzz --scratch-path .build/fuzz
       -Xswiftc -sanitize=fuzzer,address -Xcc -fsanitize=fuzzer-no-link,address)
mkdir -p .build
build_status=0
"${build[@]}" >.build/fuzz-build.log 2>&1 || build_status=$?
# gold's note on an ASan symbol it cannot export is harmless.
grep -v "Cannot export local symbol '__asan_extra_spill_area'" .build/fuzz-build.log | tail -n 30
[ "$build_status" = 0 ] || { echo "fuzz.sh: the build failed (.build/fuzz-build.log)" >&2; exit 1; }
bin="$("${build[@]}" --show-bin-path)"
echo "built in $((SECONDS - start)) s"

symbolizer="$(command -v llvm-symbolizer || true)"
[ -n "$symbolizer" ] && export ASAN_SYMBOLIZER_PATH="$symbolizer"
# A Swift runtime failure (a trap) must reach libFuzzer's handler, which
# saves the input and prints the stack; Swift's own backtracer would read
# the process's memory under ASan and be reported as the crash instead.
export SWIFT_BACKTRACE=enable=no
# Leaks outside Axon, each explained in the file.
export LSAN_OPTIONS="suppressions=$root/Fuzz/lsan.supp${LSAN_OPTIONS:+:$LSAN_OPTIONS}"

# A libFuzzer final statistic (`-print_final_stats=1`) from a log.
stat() { sed -nE "s/^stat::$1: *([0-9]+)$/\1/p" "$2" | tail -n 1; }

failed=0
report=()
for target in "${targets[@]}"; do
    run="$root/.build/fuzz-runs/$target"
    mkdir -p "$run/corpus" "$run/findings"
    # The findings kept in the repository first: each must now be read
    # without a crash (they are regression inputs once fixed).
    known=(Fuzz/crashes/"$target"-*)
    if [ -e "${known[0]}" ]; then
        echo "== fuzz-$target: replaying ${#known[@]} input(s) from Fuzz/crashes/"
        if ! "$bin/fuzz-$target" -rss_limit_mb=2048 -malloc_limit_mb=1024 -timeout=10 "${known[@]}" >"$run/replay.log" 2>&1; then
            failed=1
            echo "fuzz-$target: a kept finding still crashes; from $run/replay.log:"
            grep -E "^Running: |ERROR: |runtime failure|/Sources/Axon|SUMMARY: " "$run/replay.log" | head -n 12 || true
            report+=("$(printf '%-12s %12s %9s %9s %8s  %s' "$target" - - - - "Fuzz/crashes/ still crashes")")
        fi
    fi
    echo "== fuzz-$target for ${seconds} s"
    status=0
    # shellcheck disable=SC2086  # FUZZ_FLAGS is a list of flags
    "$bin/fuzz-$target" "$run/corpus" "Fuzz/corpus/$target" \
        -dict="Fuzz/dict/$target.dict" -max_total_time="$seconds" -print_final_stats=1 \
        -rss_limit_mb=2048 -malloc_limit_mb=1024 -timeout=10 \
        -artifact_prefix="$run/findings/" ${FUZZ_FLAGS:-} >"$run/log" 2>&1 || status=$?
    executions="$(stat number_of_executed_units "$run/log")"
    rate="$(stat average_exec_per_sec "$run/log")"
    rss="$(stat peak_rss_mb "$run/log")"
    if [ -z "$executions" ]; then
        # -fork prints no final statistics: its last status line instead.
        last="$(grep -E '^#[0-9]+: ' "$run/log" | tail -n 1 || true)"
        executions="$(echo "$last" | sed -nE 's/^#([0-9]+):.*/\1/p')"
        rate="$(echo "$last" | sed -nE 's/.* exec\/s: ([0-9]+).*/\1/p')"
    fi
    corpus="$(find "$run/corpus" -type f | wc -l)"
    if [ "$status" != 0 ]; then
        failed=1
        echo "fuzz-$target: FOUND something (libFuzzer exit status $status); from $run/log:"
        grep -E "ERROR: |runtime failure|/Sources/Axon|SUMMARY: |Test unit written" "$run/log" | head -n 16 || true
        result="FOUND (status $status)"
    else
        result="ok"
    fi
    echo "fuzz-$target: ${executions:-?} executions, ${rate:-?}/s, peak RSS ${rss:-?} MB, corpus $corpus files: $result"
    report+=("$(printf '%-12s %12s %9s %9s %8s  %s' "$target" "${executions:-?}" "${rate:-?}" "${rss:-?}" "$corpus" "$result")")
done

# A target that crashed left its scratch files (removed at a normal exit).
for file in /dev/shm/axon-fuzz-* "${TMPDIR:-/tmp}"/axon-fuzz-*; do
    [ -e "$file" ] || continue
    pid="${file##*/axon-fuzz-}"
    pid="${pid%%-*}"
    kill -0 "$pid" 2>/dev/null || rm -f "$file"
done

echo "== fuzzing: executions per target (${seconds} s each)"
printf '%-12s %12s %9s %9s %8s  %s\n' target executions "exec/s" "RSS MB" corpus result
printf '%s\n' "${report[@]}"
if [ "$failed" != 0 ]; then
    echo "fuzz.sh: a target found an input that crashes, leaks, hangs or exhausts memory;"
    echo "         new inputs are under .build/fuzz-runs/*/findings/; replay one with"
    echo "         SWIFT_BACKTRACE=enable=no $bin/fuzz-TARGET FILE (Fuzz/README.md)"
    exit 1
fi
