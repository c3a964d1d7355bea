#!/usr/bin/env python3
"""`axon bench train` beside benchmarks/pytorch_reference.py, alternating, with ratios.

    swift build -c release
    python3 benchmarks/compare_train.py --mnist ../shared/datasets/mnist [--rounds 3] [--axon .build/release/axon] [--jax]
        [--workloads mnist-mlp,tiny-spiral,mnist-lenet5,mnist-cnn] [--epochs 3]

Each round runs Axon, then PyTorch (then JAX with --jax), on the same
workloads; the table keeps the median of the rounds, so a busy moment on a
shared machine costs every side. Ratios are Axon's over each peer's.

--workloads goes to the Python peers; Axon gets it only when it names a
convolutional workload (mnist-lenet5, mnist-cnn), which needs an `axon bench
train` that knows the option; otherwise Axon runs its default two as before
and the table keeps the ones asked for. --epochs, when given, goes to every side.
The reference side runs in --python (--jax-python for JAX), else in this
Python when it has torch (and jax), else in .build-venv, made and filled from
the package index on first use (benchmarks/reference_env.py).
"""
import argparse
import json
import os
import statistics
import subprocess
import sys

from reference_env import interpreter

UNITS = {"mnist-mlp": "median_epoch_seconds", "mnist-lenet5": "median_epoch_seconds",
         "mnist-cnn": "median_epoch_seconds", "tiny-spiral": "steps_per_second"}


def run(command):
    result = subprocess.run(command, capture_output=True, text=True)
    if result.returncode != 0:
        sys.exit(f"{' '.join(command)} failed with status {result.returncode}:\n{result.stderr.strip()}")
    output = result.stdout
    return {row["workload"]: row for row in map(json.loads, filter(lambda l: l.startswith("{"), output.splitlines()))}


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--mnist", required=True)
    parser.add_argument("--axon", default=".build/release/axon")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--threads", default="2")
    parser.add_argument("--jax", action="store_true", help="also run benchmarks/jax_reference.py (pip install jax)")
    parser.add_argument("--workloads", help="comma-separated, from " + ", ".join(UNITS)
                        + " (default: each side's own, mnist-mlp and tiny-spiral)")
    parser.add_argument("--epochs", help="MNIST epochs each side times (default: each side's own, 3)")
    parser.add_argument("--python", help="interpreter with torch (default: see above)")
    parser.add_argument("--jax-python", help="interpreter with jax (default: see above)")
    args = parser.parse_args()
    torch_python = interpreter(["torch"], ["torch", "numpy"], args.python)
    jax_python = interpreter(["jax"], ["jax", "numpy"], args.jax_python) if args.jax else None
    workloads = args.workloads.split(",") if args.workloads else ["mnist-mlp", "tiny-spiral"]
    unknown = [w for w in workloads if w not in UNITS]
    if unknown:
        parser.error(f"--workloads: unknown {', '.join(unknown)} (known: {', '.join(UNITS)})")
    epochs = ["--epochs", args.epochs] if args.epochs else []
    extra = (["--workloads", args.workloads] if args.workloads else []) + epochs
    # Today's `axon bench train` has no --workloads: it gets one only for a workload it cannot run without.
    convolutional = any(w in ("mnist-lenet5", "mnist-cnn") for w in workloads)
    axon_extra = (["--workloads", args.workloads] if convolutional else []) + epochs
    here = os.path.dirname(os.path.abspath(__file__))
    peers = ["pytorch"] + (["jax"] if args.jax else [])
    results = {name: [] for name in ["axon"] + peers}
    for _ in range(args.rounds):
        results["axon"].append(run([args.axon, "bench", "train", "--json", "--mnist", args.mnist,
                                    "--threads", args.threads] + axon_extra))
        results["pytorch"].append(run([torch_python, os.path.join(here, "pytorch_reference.py"), "--json",
                                       "--mnist", args.mnist, "--threads", args.threads] + extra))
        if args.jax:
            results["jax"].append(run([jax_python, os.path.join(here, "jax_reference.py"), "--json",
                                       "--mnist", args.mnist] + extra))
    header = f"{'workload':13} {'measure':22} {'axon':>10}"
    for peer in peers:
        header += f" {peer:>10} {'ratio':>8}"
    print(header)
    rounds = []
    for workload in workloads:
        key = UNITS[workload]
        missing = [name for name, rows in results.items() if any(workload not in r for r in rows)]
        if missing:
            print(f"{workload:13} {key:22} (not reported by {', '.join(missing)})")
            continue
        axon = statistics.median(r[workload][key] for r in results["axon"])
        line = f"{workload:13} {key:22} {axon:10.3f}"
        for peer in peers:
            value = statistics.median(r[workload][key] for r in results[peer])
            line += f" {value:10.3f} {axon / value:8.3f}"
            ratios = [a[workload][key] / p[workload][key] for a, p in zip(results["axon"], results[peer])]
            rounds.append(f"{workload} vs {peer}, ratio per round: " + " ".join(f"{r:.3f}" for r in ratios))
        print(line + ("  (time: lower is better)" if key.endswith("seconds") else "  (rate: higher is better)"))
    print("\n".join(rounds))


if __name__ == "__main__":
    main()
