#!/usr/bin/env python3
"""`axon bench train` beside benchmarks/pytorch_reference.py, alternating, with ratios.

    swift build -c release
    python3 benchmarks/compare_train.py --mnist ../shared/datasets/mnist [--rounds 3] [--axon .build/release/axon]

Each round runs Axon, then PyTorch, on the same workloads; the table keeps the
median of the rounds, so a busy moment on a shared machine costs both sides.
"""
import argparse
import json
import os
import statistics
import subprocess
import sys


def run(command):
    output = subprocess.run(command, check=True, capture_output=True, text=True).stdout
    return {row["workload"]: row for row in map(json.loads, filter(lambda l: l.startswith("{"), output.splitlines()))}


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--mnist", required=True)
    parser.add_argument("--axon", default=".build/release/axon")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--threads", default="2")
    args = parser.parse_args()
    here = os.path.dirname(os.path.abspath(__file__))
    results = {"axon": [], "pytorch": []}
    for _ in range(args.rounds):
        results["axon"].append(run([args.axon, "bench", "train", "--json", "--mnist", args.mnist, "--threads", args.threads]))
        results["pytorch"].append(run([sys.executable, os.path.join(here, "pytorch_reference.py"), "--json",
                                       "--mnist", args.mnist, "--threads", args.threads]))
    print(f"{'workload':12} {'measure':22} {'axon':>10} {'pytorch':>10} {'ratio':>8}")
    for workload, key in (("mnist-mlp", "median_epoch_seconds"), ("tiny-spiral", "steps_per_second")):
        axon = statistics.median(r[workload][key] for r in results["axon"])
        torch = statistics.median(r[workload][key] for r in results["pytorch"])
        ratio = axon / torch
        print(f"{workload:12} {key:22} {axon:10.3f} {torch:10.3f} {ratio:8.3f}"
              + ("  (time: lower is better)" if key.endswith("seconds") else "  (rate: higher is better)"))


if __name__ == "__main__":
    main()
