#!/usr/bin/env python3
"""numpy's matmul on the shapes of `axon bench gemm`, as the same JSON lines.

Each thread count runs in its own subprocess with OPENBLAS_NUM_THREADS set
(threadpoolctl is used instead when it is installed). OPENBLAS_CORETYPE and
OPENBLAS_L2_SIZE are removed from that subprocess's environment so OpenBLAS
picks its kernel for this CPU, unless --coretype names one (Haswell: its
AVX2 kernel, standing in for an AVX2-only machine); the kernel it ran is
printed as "corename".

    python3 benchmarks/gemm_reference.py [--threads 1,2] [--dtype float32,float64] [--quick] [--coretype Haswell]
"""
import argparse
import ctypes
import json
import os
import subprocess
import sys
import time

SQUARE_SIZES = [64, 128, 256, 512, 1024, 2048]
# (batch, inputs, outputs) of the layers y = x·Wᵀ + b, W: outputs×inputs: the
# MNIST MLP's, then the tiny 2-16-16-2 spiral network's at batch 32.
MLP_LAYERS = [(128, 784, 256), (128, 256, 128), (128, 128, 10), (32, 2, 16), (32, 16, 16), (32, 16, 2)]


def shapes(quick):
    """(form, m, n, k) in the order `axon bench gemm` prints them."""
    squares = [s for s in SQUARE_SIZES if not (quick and s > 512)]
    result = [("nn", s, s, s) for s in squares]
    for batch, inputs, outputs in MLP_LAYERS:
        result.append(("nt", batch, outputs, inputs))   # y = x·Wᵀ
        result.append(("nn", batch, inputs, outputs))   # dx = dy·W
        result.append(("tn", outputs, inputs, batch))   # dW = dyᵀ·x
    return result


def openblas_corename():
    """The OpenBLAS kernel numpy loaded, read through ctypes (best effort)."""
    try:
        with open("/proc/self/maps") as maps:
            paths = {line.split()[-1] for line in maps if "openblas" in line}
        for path in paths:
            library = ctypes.CDLL(path)
            for symbol in ("scipy_openblas_get_corename64_", "openblas_get_corename64_",
                           "openblas_get_corename"):
                function = getattr(library, symbol, None)
                if function is not None:
                    function.restype = ctypes.c_char_p
                    return function().decode()
    except OSError:
        pass
    return "unknown"


def time_call(call, min_seconds=0.04, trials=5):
    """Best seconds per call over `trials` runs of at least `min_seconds` each."""
    call()  # warm up: page in buffers, start BLAS threads
    start = time.perf_counter()
    call()
    once = max(time.perf_counter() - start, 1e-7)
    repeats = max(1, int(min_seconds / once))
    best = float("inf")
    for _ in range(trials):
        start = time.perf_counter()
        for _ in range(repeats):
            call()
        best = min(best, (time.perf_counter() - start) / repeats)
    return best


def measure(threads, dtypes, quick):
    import numpy as np

    try:
        from threadpoolctl import threadpool_limits
        threadpool_limits(threads)
    except ImportError:
        pass  # OPENBLAS_NUM_THREADS was set by the parent
    print(json.dumps({"library": "numpy", "numpy": np.__version__, "threads": threads,
                      "corename": openblas_corename()}), flush=True)
    rng = np.random.default_rng(0)
    for dtype in dtypes:
        for form, m, n, k in shapes(quick):
            # Store A and B as the form reads them, so the transposes are views.
            a = rng.standard_normal((k, m) if form[0] == "t" else (m, k)).astype(dtype)
            b = rng.standard_normal((n, k) if form[1] == "t" else (k, n)).astype(dtype)
            op_a = a.T if form[0] == "t" else a
            op_b = b.T if form[1] == "t" else b
            c = np.empty((m, n), dtype=dtype)
            seconds = time_call(lambda: np.matmul(op_a, op_b, out=c))
            print(json.dumps({"form": form, "m": m, "n": n, "k": k, "threads": threads,
                              "dtype": dtype, "gflops": round(2 * m * n * k / seconds / 1e9, 2)}),
                  flush=True)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--threads", default="1,2")
    parser.add_argument("--dtype", default="float32,float64")
    parser.add_argument("--quick", action="store_true", help="skip 1024 and 2048")
    parser.add_argument("--coretype", help="OPENBLAS_CORETYPE for the run (default: OpenBLAS's choice)")
    parser.add_argument("--worker", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    dtypes = args.dtype.split(",")
    if args.worker is not None:
        measure(args.worker, dtypes, args.quick)
        return
    for threads in [int(t) for t in args.threads.split(",")]:
        environment = dict(os.environ)
        environment.pop("OPENBLAS_CORETYPE", None)
        environment.pop("OPENBLAS_L2_SIZE", None)
        if args.coretype:
            environment["OPENBLAS_CORETYPE"] = args.coretype
        for name in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
            environment[name] = str(threads)
        command = [sys.executable, __file__, "--worker", str(threads), "--dtype", args.dtype]
        if args.quick:
            command.append("--quick")
        subprocess.run(command, env=environment, check=True)


if __name__ == "__main__":
    main()
