#!/usr/bin/env python3
"""`axon bench infer` beside benchmarks/infer_reference.py, alternating, with ratios.

    swift build -c release
    python3 benchmarks/compare_infer.py [--rounds 5] [--threads 2] [--axon .build/release/axon]
        [--requests 2000] [--warmup 200] [--no-axon-onnx]

Each round runs Axon, then PyTorch and onnxruntime (infer_reference.py), on the MNIST MLP
784-256-128-10 and LeNet-5 at batch 1 and 64; unless --no-axon-onnx, the round before the
first exports Axon's own two networks with `axon export` and onnxruntime runs those files
too (axon-onnx). The table keeps the median over the rounds of each p50 and p99, so a busy
moment on a shared machine costs every side; ratios are Axon's p50 over each peer's, and
Axon's own p99/p50. The issue's goals: Axon's batch-1 p50 at most 0.5x onnxruntime's, and
its p99 at most 2x its p50. The reference side runs in --python, else in this Python
when it has torch, onnx and onnxruntime, else in .build-venv, made and filled from the
package index on first use (benchmarks/reference_env.py).
"""
import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile

from reference_env import interpreter


def run(command):
    result = subprocess.run(command, capture_output=True, text=True)
    if result.returncode != 0:
        sys.exit(f"{' '.join(command)} failed with status {result.returncode}:\n{result.stderr.strip()}")
    rows = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    return {(row["runtime"], row["workload"], row["batch"]): row for row in rows}


def export_axon_models(axon, directory):
    """The ONNX files of the networks `axon bench infer` times (its weights); workload -> path."""
    subprocess.run([axon, "bench", "infer", "--requests", "1", "--warmup", "0", "--export-onnx", directory],
                   check=True, capture_output=True)
    return {workload: os.path.join(directory, f"{workload}.onnx") for workload in ["mnist-mlp", "lenet5"]}


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--axon", default=".build/release/axon")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--threads", default="2")
    parser.add_argument("--requests", default="2000")
    parser.add_argument("--warmup", default="200")
    parser.add_argument("--axon-onnx", help="workload=path pairs of Axon's exported files (default: export them here)")
    parser.add_argument("--no-axon-onnx", action="store_true", help="leave out Axon's exported files")
    parser.add_argument("--python", help="interpreter with torch, onnx, onnxruntime and numpy (default: this one "
                        "if it has them, else .build-venv, made on first use)")
    args = parser.parse_args()
    python = interpreter(["torch", "onnx", "onnxruntime", "numpy"], ["torch", "onnx", "onnxruntime", "numpy"],
                         args.python)
    here = os.path.dirname(os.path.abspath(__file__))
    common = ["--json", "--threads", args.threads, "--requests", args.requests, "--warmup", args.warmup]
    with tempfile.TemporaryDirectory() as scratch:
        axon_onnx = args.axon_onnx or ""
        if not args.no_axon_onnx and not axon_onnx:
            files = export_axon_models(args.axon, scratch)
            axon_onnx = ",".join(f"{w}={p}" for w, p in files.items())
        reference = [python, os.path.join(here, "infer_reference.py")] + common
        if axon_onnx and not args.no_axon_onnx:
            reference += ["--axon-onnx", axon_onnx]
        rounds = []
        for _ in range(args.rounds):
            measured = run([args.axon, "bench", "infer"] + common)
            measured.update(run(reference))
            rounds.append(measured)
    keys = sorted({key for r in rounds for key in r}, key=lambda k: (k[1], k[2], k[0]))
    peers = sorted({key[0] for key in keys} - {"axon"})

    def median(runtime, workload, batch, field):
        values = [r[(runtime, workload, batch)][field] for r in rounds if (runtime, workload, batch) in r]
        return statistics.median(values) if values else None

    print(f"# {args.rounds} rounds, {args.threads} thread(s), {args.requests} requests each; medians over rounds, ms")
    header = f"{'workload':10} {'batch':>5} {'axon p50':>9} {'p99':>8} {'p99/p50':>7}"
    for peer in peers:
        header += f" {peer + ' p50':>16} {'p99':>8} {'ratio':>6}"
    print(header)
    for workload, batch in sorted({(k[1], k[2]) for k in keys}):
        p50 = median("axon", workload, batch, "p50_ms")
        p99 = median("axon", workload, batch, "p99_ms")
        line = f"{workload:10} {batch:5d} {p50:9.4f} {p99:8.4f} {p99 / p50:7.2f}"
        for peer in peers:
            peer_p50 = median(peer, workload, batch, "p50_ms")
            peer_p99 = median(peer, workload, batch, "p99_ms")
            if peer_p50 is None:
                line += f" {'-':>16} {'-':>8} {'-':>6}"
            else:
                line += f" {peer_p50:16.4f} {peer_p99:8.4f} {p50 / peer_p50:6.2f}"
        print(line)
    print("ratio: Axon's p50 over the peer's (lower is better for Axon)")
    for workload, batch in sorted({(k[1], k[2]) for k in keys}):
        per_round = [r[("axon", workload, batch)]["p50_ms"] / r[("onnxruntime", workload, batch)]["p50_ms"]
                     for r in rounds if ("onnxruntime", workload, batch) in r and ("axon", workload, batch) in r]
        if per_round:
            print(f"{workload} batch {batch} vs onnxruntime, ratio per round: " + " ".join(f"{x:.3f}" for x in per_round))


if __name__ == "__main__":
    main()
