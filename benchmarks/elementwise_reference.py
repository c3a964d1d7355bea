#!/usr/bin/env python3
"""numpy on the ops of `axon bench elementwise`, as the same JSON lines.

Inputs match the Swift benchmark: uniform in [-4, 4) (log: 2|x| + 0.01).
numpy has no sigmoid, so it is timed as a numpy user writes it with
preallocated buffers: 1 / (1 + exp(-x)) in four in-place steps.

    python3 benchmarks/elementwise_reference.py [--count 1000000]
"""
import argparse
import json
import time

import numpy as np


def best_seconds(call, min_seconds=0.04, trials=5):
    call()
    start = time.perf_counter()
    call()
    repeats = max(1, int(min_seconds / max(time.perf_counter() - start, 1e-7)))
    best = float("inf")
    for _ in range(trials):
        start = time.perf_counter()
        for _ in range(repeats):
            call()
        best = min(best, (time.perf_counter() - start) / repeats)
    return best


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=1_000_000)
    args = parser.parse_args()
    n = args.count
    rng = np.random.default_rng(1)
    x = (rng.random(n) * 8 - 4).astype(np.float32)
    y = (rng.random(n) * 8 - 4).astype(np.float32)
    positive = np.abs(x) * 2 + np.float32(0.01)
    z = np.empty_like(x)

    def sigmoid():
        np.negative(x, out=z)
        np.exp(z, out=z)
        np.add(z, 1, out=z)
        np.reciprocal(z, out=z)

    ops = {
        "add": lambda: np.add(x, y, out=z),
        "mul": lambda: np.multiply(x, y, out=z),
        "exp": lambda: np.exp(x, out=z),
        "log": lambda: np.log(positive, out=z),
        "tanh": lambda: np.tanh(x, out=z),
        "sigmoid": sigmoid,
        "relu": lambda: np.maximum(x, 0, out=z),
        "sum": lambda: x.sum(),
    }
    for name, call in ops.items():
        nanoseconds = best_seconds(call) * 1e9 / n
        print(json.dumps({"op": name, "n": n, "dtype": "float32",
                          "ns_per_element": round(nanoseconds, 4),
                          "gelems_per_s": round(1 / nanoseconds, 3)}), flush=True)


if __name__ == "__main__":
    main()
