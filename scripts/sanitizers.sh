#!/usr/bin/env bash
# Runs the test suite under AddressSanitizer (with LeakSanitizer) and under
# ThreadSanitizer, each in a build folder of its own (.build/asan, .build/tsan):
#
#   scripts/sanitizers.sh [address|thread|all] [--filter REGEX]
#
# A pass fails if `swift test` fails or if any sanitizer report appears, in
# the test process or in an `axon` process a test started: every report goes
# to a file under .build/sanitizer-reports/<sanitizer>/, whatever the tests
# do with the processes' standard error. Suppressions, each with its reason,
# are in scripts/sanitizers/. The default is all; CI runs the thread pass
# over the thread-pool and training tests (.ci/run).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
export PATH="/opt/swift/usr/bin:$PATH"

which="${1:-all}"
shift || true
case "$which" in
address | thread) sanitizers=("$which") ;;
all) sanitizers=(address thread) ;;
*) echo "usage: scripts/sanitizers.sh [address|thread|all] [--filter REGEX]" >&2; exit 2 ;;
esac

failed=0
for sanitizer in "${sanitizers[@]}"; do
    short="${sanitizer:0:1}san"                      # asan, tsan
    scratch=".build/$short"
    reports="$root/.build/sanitizer-reports/$sanitizer"
    rm -rf "$reports" && mkdir -p "$reports"
    echo "== $sanitizer: build ($scratch)"
    swift build --build-tests -c debug --sanitize="$sanitizer" --scratch-path "$scratch" 2>&1 | tail -n 1

    # Debug builds compile the C kernels at -O0; under a sanitizer the slowest
    # tests (the kill-and-resume runs) need the time.
    export ASAN_OPTIONS="log_path=$reports/report:detect_leaks=1:abort_on_error=0"
    export LSAN_OPTIONS="suppressions=$root/scripts/sanitizers/lsan.supp:print_suppressions=0"
    export TSAN_OPTIONS="log_path=$reports/report:suppressions=$root/scripts/sanitizers/tsan.supp:second_deadlock_stack=1"
    echo "== $sanitizer: swift test $*"
    log="$reports/../$sanitizer-test.log"
    status=0
    swift test --skip-build --sanitize="$sanitizer" --scratch-path "$scratch" "$@" >"$log" 2>&1 || status=$?
    grep -E "Executed [0-9]+ tests?" "$log" | tail -n 1 || true
    found=$(find "$reports" -type f | wc -l)
    if [ "$status" -ne 0 ] || [ "$found" -ne 0 ]; then
        failed=1
        echo "== $sanitizer: FAILED (swift test exit $status, $found report file(s) in $reports; log $log)"
        grep -E "error:|failed" "$log" | head -n 20 || true
        for report in $(find "$reports" -type f | head -n 3); do
            echo "-- $report"
            head -n 40 "$report"
        done
    else
        echo "== $sanitizer: no report"
    fi
done
exit "$failed"
