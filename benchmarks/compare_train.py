#!/usr/bin/env python3
"""`axon bench train` beside benchmarks/pytorch_reference.py, alternating, with ratios.

    swift build -c release
    python3 benchmarks/compare_train.py --mnist ../shared/datasets/mnist [--rounds 3] [--axon .build/release/axon] [--jax]

Each round runs Axon, then PyTorch (then JAX with --jax), on the same
workloads; the table keeps the median of the rounds, so a busy moment on a
shared machine costs every side. Ratios are Axon's over each peer's.
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
    parser.add_argument("--jax", action="store_true", help="also run benchmarks/jax_reference.py (pip install jax)")
    args = parser.parse_args()
    here = os.path.dirname(os.path.abspath(__file__))
    peers = ["pytorch"] + (["jax"] if args.jax else [])
    results = {name: [] for name in ["axon"] + peers}
    for _ in range(args.rounds):
        results["axon"].append(run([args.axon, "bench", "train", "--json", "--mnist", args.mnist, "--threads", args.threads]))
        results["pytorch"].append(run([sys.executable, os.path.join(here, "pytorch_reference.py"), "--json",
                                       "--mnist", args.mnist, "--threads", args.threads]))
        if args.jax:
            results["jax"].append(run([sys.executable, os.path.join(here, "jax_reference.py"), "--json",
                                       "--mnist", args.mnist]))
    header = f"{'workload':12} {'measure':22} {'axon':>10}"
    for peer in peers:
        header += f" {peer:>10} {'ratio':>8}"
    print(header)
    rounds = []
    for workload, key in (("mnist-mlp", "median_epoch_seconds"), ("tiny-spiral", "steps_per_second")):
        axon = statistics.median(r[workload][key] for r in results["axon"])
        line = f"{workload:12} {key:22} {axon:10.3f}"
        for peer in peers:
            value = statistics.median(r[workload][key] for r in results[peer])
            line += f" {value:10.3f} {axon / value:8.3f}"
            ratios = [a[workload][key] / p[workload][key] for a, p in zip(results["axon"], results[peer])]
            rounds.append(f"{workload} vs {peer}, ratio per round: " + " ".join(f"{r:.3f}" for r in ratios))
        print(line + ("  (time: lower is better)" if key.endswith("seconds") else "  (rate: higher is better)"))
    print("\n".join(rounds))


if __name__ == "__main__":
    main()
