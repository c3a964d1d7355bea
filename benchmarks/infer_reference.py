#!/usr/bin/env python3
"""The networks of `axon bench infer`, run with PyTorch and onnxruntime, for a side-by-side ratio.

    pip install torch onnx onnxruntime numpy      # optional tools; Axon itself needs no Python
    python3 benchmarks/infer_reference.py [--json] [--threads 2] [--requests 2000] [--warmup 200]
        [--workloads mnist-mlp,lenet5] [--batches 1,64] [--runtimes pytorch,onnxruntime]
        [--axon-onnx mnist-mlp=mlp.onnx,lenet5=lenet5.onnx]

- mnist-mlp: 784-256-128-10 ReLU; lenet5: LeNet-5 as nn.Sequential (conv 5x5 with padding
  2, ReLU, max pooling, dense 120-84-10), images [N, 1, 28, 28]; random weights, float32.
- pytorch: the model in eval() under torch.inference_mode(), torch.set_num_threads(--threads).
- onnxruntime: the same model exported with torch.onnx.export (opset 17, dynamic batch),
  run by an InferenceSession on the CPU with intra_op_num_threads = --threads and
  inter_op_num_threads = 1 (sequential execution).
- axon-onnx: the files `axon export` wrote (--axon-onnx), run by onnxruntime the same way.

Each runtime, network and batch size runs --warmup requests untimed, then --requests timed
one by one on the same input (time.perf_counter_ns around the call); the report gives the
median (p50), the 99th percentile (p99, nearest rank) in milliseconds and p99/p50, as
`axon bench infer` does, one JSON object per line with --json.
"""
import argparse
import json
import math
import os
import sys
import tempfile
import time

import numpy as np

SHAPES = {"mnist-mlp": (784,), "lenet5": (1, 28, 28)}


def make_model(torch, workload):
    nn = torch.nn
    torch.manual_seed(0)
    if workload == "mnist-mlp":
        return nn.Sequential(nn.Linear(784, 256), nn.ReLU(), nn.Linear(256, 128), nn.ReLU(), nn.Linear(128, 10))
    return nn.Sequential(
        nn.Conv2d(1, 6, 5, padding=2), nn.ReLU(), nn.MaxPool2d(2),
        nn.Conv2d(6, 16, 5), nn.ReLU(), nn.MaxPool2d(2), nn.Flatten(),
        nn.Linear(400, 120), nn.ReLU(), nn.Linear(120, 84), nn.ReLU(), nn.Linear(84, 10))


def percentile(values, fraction):
    """The nearest-rank percentile: the smallest value with `fraction` of the values at or below it."""
    ordered = sorted(values)
    rank = math.ceil(fraction * len(ordered))
    return ordered[max(0, min(len(ordered) - 1, rank - 1))]


def latencies(call, warmup, requests):
    """Seconds of each of `requests` timed calls, after `warmup` untimed ones."""
    for _ in range(warmup):
        call()
    result = []
    clock = time.perf_counter_ns
    for _ in range(requests):
        start = clock()
        call()
        result.append((clock() - start) * 1e-9)
    return result


def onnx_session(ort, path, threads):
    options = ort.SessionOptions()
    options.intra_op_num_threads = threads
    options.inter_op_num_threads = 1
    options.execution_mode = ort.ExecutionMode.ORT_SEQUENTIAL
    return ort.InferenceSession(path, options, providers=["CPUExecutionProvider"])


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--requests", type=int, default=2000)
    parser.add_argument("--warmup", type=int, default=200)
    parser.add_argument("--workloads", default="mnist-mlp,lenet5")
    parser.add_argument("--batches", default="1,64")
    parser.add_argument("--runtimes", default="pytorch,onnxruntime",
                        help="from pytorch, onnxruntime (axon-onnx is added by --axon-onnx)")
    parser.add_argument("--axon-onnx", default="",
                        help="files `axon export` wrote, as workload=path pairs separated by commas")
    args = parser.parse_args()
    workloads = args.workloads.split(",")
    unknown = [w for w in workloads if w not in SHAPES]
    if unknown:
        parser.error(f"--workloads: unknown {', '.join(unknown)} (known: {', '.join(SHAPES)})")
    batches = [int(b) for b in args.batches.split(",")]
    runtimes = args.runtimes.split(",") if args.runtimes else []
    axon_files = dict(pair.split("=", 1) for pair in args.axon_onnx.split(",") if pair)

    import torch
    torch.set_num_threads(args.threads)
    ort = None
    if "onnxruntime" in runtimes or axon_files:
        import onnxruntime as ort

    def report(runtime, workload, batch, values):
        p50, p99 = percentile(values, 0.50), percentile(values, 0.99)
        if args.json:
            print(json.dumps({"workload": workload, "batch": batch, "p50_ms": p50 * 1e3, "p99_ms": p99 * 1e3,
                              "p99_over_p50": p99 / p50, "requests": args.requests, "threads": args.threads,
                              "dtype": "float32", "runtime": runtime}), flush=True)
        else:
            print(f"{runtime:12} {workload:10} {batch:6} {p50 * 1e3:10.4f} {p99 * 1e3:10.4f} {p99 / p50:8.2f}", flush=True)

    if not args.json:
        print(f"# PyTorch {torch.__version__}" + (f", onnxruntime {ort.__version__}" if ort else "")
              + f", {args.threads} thread(s)")
        print(f"{'runtime':12} {'workload':10} {'batch':>6} {'p50 ms':>10} {'p99 ms':>10} {'p99/p50':>8}")
    with tempfile.TemporaryDirectory() as scratch:
        for workload in workloads:
            model = make_model(torch, workload).eval()
            inputs = {batch: torch.randn(batch, *SHAPES[workload], generator=torch.Generator().manual_seed(1))
                      for batch in batches}
            if "pytorch" in runtimes:
                for batch in batches:
                    x = inputs[batch]
                    with torch.inference_mode():
                        report("pytorch", workload, batch, latencies(lambda: model(x), args.warmup, args.requests))
            sessions = []
            if "onnxruntime" in runtimes:
                path = os.path.join(scratch, f"{workload}.onnx")
                torch.onnx.export(model, inputs[batches[0]], path, input_names=["input"], output_names=["output"],
                                  dynamic_axes={"input": {0: "N"}, "output": {0: "N"}}, opset_version=17,
                                  dynamo=False)
                sessions.append(("onnxruntime", onnx_session(ort, path, args.threads)))
            if workload in axon_files:
                sessions.append(("axon-onnx", onnx_session(ort, axon_files[workload], args.threads)))
            for runtime, session in sessions:
                name = session.get_inputs()[0].name
                for batch in batches:
                    feed = {name: inputs[batch].numpy()}
                    report(runtime, workload, batch, latencies(lambda: session.run(None, feed), args.warmup, args.requests))


if __name__ == "__main__":
    sys.exit(main())
