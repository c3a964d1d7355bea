#!/usr/bin/env python3
"""Data-parallel scaling on this machine: one MNIST MLP epoch (784-256-128-10,
Adam, global batch 128, float32) as 1 process x 2 threads against 2 ranks x 1
thread under mpirun, alternating over rounds (medians), and the allreduce time
of the MLP's and mnist-cnn's float32 gradients between 2 ranks (`axon bench
allreduce`). docs/DISTRIBUTED.md compares its model with these figures.

    swift build -c release
    python3 benchmarks/compare_distributed.py --mnist ../shared/datasets/mnist [--rounds 3] [--ranks 2]
"""
import argparse
import json
import os
import statistics
import subprocess
import sys


def lines(command, env):
    result = subprocess.run(command, capture_output=True, text=True, env=env)
    if result.returncode != 0:
        sys.exit(f"{' '.join(command)} failed ({result.returncode}):\n{result.stdout}\n{result.stderr}")
    return [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--axon", default=".build/release/axon")
    parser.add_argument("--mnist", required=True)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--ranks", type=int, default=2)
    parser.add_argument("--threads", type=int, default=2, help="threads of the single process; each rank gets threads/ranks")
    args = parser.parse_args()
    env = dict(os.environ, OMPI_ALLOW_RUN_AS_ROOT="1", OMPI_ALLOW_RUN_AS_ROOT_CONFIRM="1")
    train = [args.axon, "train", "--data", f"mnist:{args.mnist}", "--model", "784-256-128-10", "--epochs", "1",
             "--batch-size", "128", "--optimizer", "adam", "--json"]
    mpirun = ["mpirun", "--oversubscribe", "-np", str(args.ranks)]
    per_rank = max(1, args.threads // args.ranks)
    epochs = {"single": [], "ranks": []}
    inside = []
    for round in range(args.rounds):
        for side in ("single", "ranks"):
            command = train + ["--threads", str(args.threads)] if side == "single" else mpirun + train + ["--threads", str(per_rank)]
            record = [row for row in lines(command, env) if row.get("event") == "epoch"][0]
            epochs[side].append(record["epoch_seconds"])
            waited = record.get("allreduce_seconds")
            if waited is not None:
                inside.append(waited)
            print(f"round {round + 1}: {side:6s} epoch {record['epoch_seconds']:.3f} s, loss {record['loss']:.6f}"
                  + (f", of which summing gradients {waited:.3f} s" if waited is not None else ""), flush=True)
    allreduce = lines(mpirun + [args.axon, "bench", "allreduce", "--json"], env)
    single, ranks = statistics.median(epochs["single"]), statistics.median(epochs["ranks"])
    print(f"\nMNIST MLP epoch, medians of {args.rounds}: 1 process x {args.threads} threads {single:.3f} s, "
          f"{args.ranks} ranks x {per_rank} thread(s) {ranks:.3f} s, ratio {ranks / single:.2f}; "
          f"summing gradients (allreduce and waiting for the other rank) {statistics.median(inside):.3f} s of it")
    for row in allreduce:
        print(f"allreduce of {row['megabytes']:.2f} MB between {row['ranks']} ranks: median {row['median_ms']:.3f} ms, "
              f"best {row['best_ms']:.3f} ms, bus bandwidth {row['busbw_gb_per_s']:.1f} GB/s")
    steps = 469
    mlp = next(row for row in allreduce if abs(row["megabytes"] - 0.94) < 0.01)
    print(f"allreduce per epoch of the MLP ({steps} steps x {mlp['median_ms']:.3f} ms): {steps * mlp['median_ms'] / 1e3:.3f} s")


if __name__ == "__main__":
    main()
