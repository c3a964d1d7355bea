#!/usr/bin/env bash
# A user's package on Axon (benchmarks/debug-consumer, a path dependency),
# built the default way (debug) and in release: trains the MNIST MLP
# (784-256-128-10, Adam, batch 128, float32, 2 threads) in each, alternating
# over rounds, and prints each side's best and median epoch time and their
# ratios. Exits 1 when debug's best is more than MAX_RATIO (default 1.5) times
# release's best, or when the two builds' losses differ (they run the same
# kernels, so they must not). The gate takes bests: on a shared machine a
# busy moment only ever adds time, and a few such rounds on one side moved
# the medians' ratio from 1.3 to 1.65 in one CI run.
#
#   benchmarks/debug_consumer.sh [--mnist DIR] [--rounds N] [--epochs N] [--max-ratio R]
#
# Without --mnist it trains on random MNIST-shaped data: the same work per
# epoch. .ci/run runs it that way.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
package="$here/debug-consumer"
mnist=() rounds=3 epochs=1 max_ratio=1.5
while [ $# -gt 0 ]; do
    case "$1" in
        --mnist) mnist=(--mnist "$(cd "$2" && pwd)"); shift 2 ;;
        --rounds) rounds="$2"; shift 2 ;;
        --epochs) epochs="$2"; shift 2 ;;
        --max-ratio) max_ratio="$2"; shift 2 ;;
        *) echo "debug_consumer.sh: unknown argument $1" >&2; exit 2 ;;
    esac
done

declare -A binary
for configuration in debug release; do
    echo "== building benchmarks/debug-consumer ($configuration)"
    mkdir -p "$package/.build"
    start=$SECONDS
    swift build -c "$configuration" --package-path "$package" >"$package/.build/$configuration.log" 2>&1 \
        || { tail -n 30 "$package/.build/$configuration.log"; exit 1; }
    binary[$configuration]="$(swift build -c "$configuration" --package-path "$package" --show-bin-path)/debug-consumer"
    echo "built in $((SECONDS - start)) s"
done

# Alternating rounds: a busy moment on a shared machine costs both sides.
results="$(mktemp)"
trap 'rm -f "$results"' EXIT
for round in $(seq "$rounds"); do
    for configuration in debug release; do
        "${binary[$configuration]}" ${mnist[@]+"${mnist[@]}"} --epochs "$epochs" | tee -a "$results"
    done
done

python3 - "$results" "$max_ratio" <<'PY'
import json, statistics, sys
rows = [json.loads(line) for line in open(sys.argv[1]) if line.startswith("{")]
seconds = {c: [r["seconds"] for r in rows if r["configuration"] == c] for c in ("debug", "release")}
median = {c: statistics.median(times) for c, times in seconds.items()}
best = {c: min(times) for c, times in seconds.items()}
ratio = best["debug"] / best["release"]
# The kernels are the same code in both builds, and Swift does not reorder
# floating-point arithmetic at any level: every epoch's loss must agree.
losses = {c: [r["loss"] for r in rows if r["configuration"] == c] for c in ("debug", "release")}
if losses["debug"] != losses["release"]:
    sys.exit(f"debug and release trained to different losses: {losses}")
print(f"MNIST MLP epoch, {len(rows) // 2} rounds per side: best debug {best['debug']:.3f} s, "
      f"release {best['release']:.3f} s, debug/release {ratio:.2f}x (limit {float(sys.argv[2]):.2f}x); "
      f"medians {median['debug']:.3f} s and {median['release']:.3f} s, {median['debug'] / median['release']:.2f}x")
sys.exit(0 if ratio <= float(sys.argv[2]) else 1)
PY
