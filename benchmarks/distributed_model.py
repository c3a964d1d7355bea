#!/usr/bin/env python3
"""docs/DISTRIBUTED.md's model of one data-parallel step on N machines:

    T(N) = compute(batch per machine) + allreduce(N)
    allreduce(N) = 2(N-1)/N * gradient bytes / link bandwidth + 2(N-1) * latency   (ring)

compute(b) is one machine's step at batch b (2 threads here, measured with
`axon train --batch-size b --json`: epoch seconds / steps); it does not fall
as 1/N below a few dozen samples, because the optimizer's update of every
weight and the per-op overhead are the same at any batch. Strong scaling keeps
the global batch at 128 (each machine takes 128/N); weak scaling gives each
machine 128 (the global batch grows to 128N, as DDP users usually do).

    python3 benchmarks/distributed_model.py [--latency-us 20]
"""
import argparse

# Measured on this machine (2-core Zen 4 guest, 2 threads, float32, Adam):
# milliseconds per step by batch size.
# Sizes not measured are read off the line between the measured ones.
MLP_STEP_MS = {128: 0.783, 64: 0.477, 32: 0.311, 16: 0.245, 8: 0.250, 2: 0.276}
CNN_STEP_MS = {128: 59.3, 32: 15.10, 8: 6.42}
MLP_BYTES = 235_146 * 4     # 784-256-128-10's float32 gradients
CNN_BYTES = 1_199_882 * 4   # mnist-cnn's


def allreduce_ms(n, size_bytes, gbit_per_s, latency_us):
    if n == 1:
        return 0.0
    seconds = 2 * (n - 1) / n * size_bytes / (gbit_per_s * 1e9 / 8) + 2 * (n - 1) * latency_us * 1e-6
    return seconds * 1e3


def step_ms(measured, batch):
    """measured[batch], else the line through the measured sizes on either
    side of it (outside them, through the two nearest)."""
    if batch in measured:
        return measured[batch]
    below = [b for b in measured if b < batch]
    above = [b for b in measured if b > batch]
    if below and above:
        b0, b1 = max(below), min(above)
    else:
        b0, b1 = sorted(measured, key=lambda b: abs(b - batch))[:2]
    t0, t1 = measured[b0], measured[b1]
    return t0 + (t1 - t0) * (batch - b0) / (b1 - b0)


def table(name, measured, size_bytes, latency_us):
    steps = {128 // n: step_ms(measured, 128 // n) for n in (1, 2, 4, 8, 16, 32, 64)}
    print(f"\n{name}: gradients {size_bytes / 1e6:.2f} MB, one machine's step at batch 128 {steps[128]:.2f} ms")
    print(f"{'N':>3}  {'batch/machine':>13}  {'compute ms':>10}  "
          + "  ".join(f"{f'allreduce {g} Gb/s':>18}  {'strong x':>8}  {'weak x':>7}" for g in (10, 100)))
    for n in (1, 2, 4, 8, 16, 32, 64):
        per_machine = 128 // n
        compute = steps[per_machine]
        cells = []
        for gbit in (10, 100):
            comm = allreduce_ms(n, size_bytes, gbit, latency_us)
            strong = steps[128] / (compute + comm)
            weak = n * steps[128] / (steps[128] + comm)
            cells.append(f"{comm:18.3f}  {strong:8.2f}  {weak:7.2f}")
        print(f"{n:3d}  {per_machine:13d}  {compute:10.3f}  " + "  ".join(cells))


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--latency-us", type=float, default=20.0,
                        help="per-hop latency of the ring (TCP over Ethernet: tens of microseconds)")
    args = parser.parse_args()
    table("MNIST MLP 784-256-128-10", MLP_STEP_MS, MLP_BYTES, args.latency_us)
    table("mnist-cnn", CNN_STEP_MS, CNN_BYTES, args.latency_us)


if __name__ == "__main__":
    main()
