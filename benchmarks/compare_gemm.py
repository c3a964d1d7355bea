#!/usr/bin/env python3
"""Runs `axon bench gemm --json` and gemm_reference.py, prints them side by side.

    swift build -c release
    python3 benchmarks/compare_gemm.py [--axon .build/release/axon] [--threads 1,2] [--quick]

With --rounds N both run N times, alternating, and each row keeps its best
result: on a shared machine a busy moment then costs both sides alike.
--avx2 stands in for an AVX2-only machine on both sides: Axon under
AXON_ISA=avx2 and OpenBLAS under OPENBLAS_CORETYPE=Haswell (its AVX2 kernel).
Or compare saved outputs: --axon-json FILE --numpy-json FILE. numpy runs in
--python, else in this Python when it has numpy, else in .build-venv, made and
filled from the package index on first use (benchmarks/reference_env.py).
"""
import argparse
import json
import os
import subprocess

from reference_env import interpreter


def read_lines(text):
    return [json.loads(line) for line in text.splitlines() if line.startswith("{")]


def key(row):
    return (row["dtype"], row["threads"], row["form"], row["m"], row["n"], row["k"])


def best_rows(rows):
    """Measurement rows reduced to the best per shape (first-seen order), others once."""
    best, order, others = {}, [], []
    for row in rows:
        if "form" not in row:
            if row not in others:
                others.append(row)
            continue
        if key(row) not in best:
            order.append(key(row))
            best[key(row)] = row
        elif row["gflops"] > best[key(row)]["gflops"]:
            best[key(row)] = row
    return others + [best[k] for k in order]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--axon", default=".build/release/axon")
    parser.add_argument("--threads", default="1,2")
    parser.add_argument("--dtype", default="float32,float64")
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--rounds", type=int, default=1)
    parser.add_argument("--avx2", action="store_true", help="both sides on AVX2 kernels only")
    parser.add_argument("--axon-json")
    parser.add_argument("--numpy-json")
    parser.add_argument("--python", help="interpreter with numpy on OpenBLAS (default: this one if it has numpy, "
                        "else .build-venv, made on first use)")
    args = parser.parse_args()

    if args.axon_json and args.numpy_json:
        axon_text = open(args.axon_json).read()
        numpy_text = open(args.numpy_json).read()
    else:
        dtype = "all" if "," in args.dtype else args.dtype
        command = [args.axon, "bench", "gemm", "--json", "--threads", args.threads, "--dtype", dtype]
        python = interpreter(["numpy"], ["numpy", "threadpoolctl"], args.python)
        reference = [python, os.path.join(os.path.dirname(__file__), "gemm_reference.py"),
                     "--threads", args.threads, "--dtype", args.dtype]
        if args.quick:
            command.append("--quick")
            reference.append("--quick")
        axon_environment = dict(os.environ)
        if args.avx2:
            reference += ["--coretype", "Haswell"]
            axon_environment["AXON_ISA"] = "avx2"
        axon_text, numpy_text = "", ""
        for _ in range(args.rounds):
            axon_text += subprocess.run(command, check=True, capture_output=True, text=True,
                                        env=axon_environment).stdout
            numpy_text += subprocess.run(reference, check=True, capture_output=True,
                                         text=True).stdout

    axon_rows = best_rows(read_lines(axon_text))
    numpy_rows = {key(row): row for row in best_rows(read_lines(numpy_text)) if "form" in row}
    for row in {row["threads"]: row for row in axon_rows if "peak_gflops" in row}.values():
        if "peak_gflops" in row:
            print(f"peak ({row['threads']} thread(s)): {row['peak_gflops']:.1f} GFLOP/s float32, "
                  f"{row['peak_gflops_float64']:.1f} float64 at {row['ghz']:.2f} GHz ({row['isa']})")
    for row in {row["threads"]: row for row in read_lines(numpy_text) if "library" in row}.values():
        if "library" in row:
            print(f"numpy {row['numpy']}, {row['threads']} thread(s), OpenBLAS kernel {row['corename']}")
    print(f"{'dtype':8} {'thr':>3} {'form':4} {'m':>5} {'n':>5} {'k':>5} "
          f"{'axon':>8} {'numpy':>8} {'ratio':>6}")
    for row in axon_rows:
        if "form" not in row:
            continue
        reference = numpy_rows.get(key(row))
        numpy_gflops = reference["gflops"] if reference else float("nan")
        ratio = row["gflops"] / numpy_gflops if reference else float("nan")
        print(f"{row['dtype']:8} {row['threads']:>3} {row['form']:4} {row['m']:>5} {row['n']:>5} "
              f"{row['k']:>5} {row['gflops']:8.1f} {numpy_gflops:8.1f} {ratio:6.2f}")


if __name__ == "__main__":
    main()
