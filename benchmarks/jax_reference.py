#!/usr/bin/env python3
"""The workloads of `axon bench train`, run with JAX (`jit` on the CPU), the
fastest Python peer the training issue names.

    pip install jax              # an optional tool; Axon itself needs no Python
    python3 benchmarks/jax_reference.py --mnist ../shared/datasets/mnist [--json]

- mnist-mlp: 784-256-128-10 ReLU, batch 128, Adam (lr 1e-3, PyTorch's
  defaults), float32, one epoch of MNIST's 60,000 training images; the median
  of --epochs epochs. The data sit on the device; each step is one jitted
  call that gathers its batch, differentiates and updates.
- tiny-spiral: 2-16-16-2 tanh, batch 32, SGD with momentum 0.9 (lr 0.1), 1,000
  spiral points; optimizer steps per second, the median of --runs runs of 2 s.

JAX on the CPU uses every core of the machine; run it where the cores are the
two that Axon and PyTorch are given (this machine has two).
"""
import argparse
import json
import statistics
import time

import numpy as np

from pytorch_reference import locate, read_idx, spiral


def init_mlp(key, sizes):
    """PyTorch's nn.Linear initialisation: U(-1/√fan_in, 1/√fan_in) for both."""
    import jax
    params = []
    for fan_in, fan_out in zip(sizes[:-1], sizes[1:]):
        key, wkey, bkey = jax.random.split(key, 3)
        bound = 1 / np.sqrt(fan_in)
        params.append((jax.random.uniform(wkey, (fan_out, fan_in), minval=-bound, maxval=bound),
                       jax.random.uniform(bkey, (fan_out,), minval=-bound, maxval=bound)))
    return params


def make_loss(activation):
    import jax
    import jax.numpy as jnp

    def forward(params, x):
        for w, b in params[:-1]:
            x = activation(x @ w.T + b)
        w, b = params[-1]
        return x @ w.T + b

    def loss(params, x, y):
        logits = forward(params, x)
        return -jnp.mean(jnp.take_along_axis(jax.nn.log_softmax(logits), y[:, None], axis=1))

    return loss


def mnist_epochs(directory, epochs):
    import jax
    import jax.numpy as jnp
    x = read_idx(locate(directory, "train-images-idx3-ubyte")).reshape(-1, 784).astype(np.float32) / 255
    y = read_idx(locate(directory, "train-labels-idx1-ubyte")).astype(np.int32)
    x, y = jax.device_put(x), jax.device_put(y)
    loss = make_loss(jax.nn.relu)
    beta1, beta2, eps, lr = 0.9, 0.999, 1e-8, 1e-3

    @jax.jit
    def step(params, m, v, t, index):
        grads = jax.grad(loss)(params, jnp.take(x, index, axis=0), jnp.take(y, index, axis=0))
        t = t + 1
        m = jax.tree_util.tree_map(lambda m, g: beta1 * m + (1 - beta1) * g, m, grads)
        v = jax.tree_util.tree_map(lambda v, g: beta2 * v + (1 - beta2) * g * g, v, grads)
        c1, c2 = 1 - beta1 ** t, 1 - beta2 ** t
        params = jax.tree_util.tree_map(
            lambda p, m, v: p - lr / c1 * m / (jnp.sqrt(v) / jnp.sqrt(c2) + eps), params, m, v)
        return params, m, v, t

    params = init_mlp(jax.random.PRNGKey(0), [784, 256, 128, 10])
    m = jax.tree_util.tree_map(jnp.zeros_like, params)
    v = jax.tree_util.tree_map(jnp.zeros_like, params)
    t = jnp.zeros((), jnp.float32)
    rng = np.random.default_rng(0)
    count = x.shape[0]
    # The last partial batch has its own shape: compile both before timing.
    for size in (128, count % 128):
        if size:
            jax.block_until_ready(step(params, m, v, t, jnp.arange(size)))
    seconds = []
    for _ in range(epochs):
        order = rng.permutation(count).astype(np.int32)
        start = time.perf_counter()
        for first in range(0, count, 128):
            params, m, v, t = step(params, m, v, t, order[first:first + 128])
        jax.block_until_ready(params)
        seconds.append(time.perf_counter() - start)
    return seconds


def tiny_steps(runs):
    import jax
    import jax.numpy as jnp
    xs, ys = spiral(500)
    x, y = jax.device_put(xs), jax.device_put(ys.astype(np.int32))
    loss = make_loss(jnp.tanh)
    lr, mu = 0.1, 0.9

    @jax.jit
    def step(params, buffers, index):
        grads = jax.grad(loss)(params, jnp.take(x, index, axis=0), jnp.take(y, index, axis=0))
        buffers = jax.tree_util.tree_map(lambda b, g: mu * b + g, buffers, grads)
        params = jax.tree_util.tree_map(lambda p, b: p - lr * b, params, buffers)
        return params, buffers

    count = xs.shape[0]
    batches = (count + 31) // 32
    rates = []
    for run in range(runs):
        params = init_mlp(jax.random.PRNGKey(run), [2, 16, 16, 2])
        buffers = jax.tree_util.tree_map(jnp.zeros_like, params)
        rng = np.random.default_rng(run)

        def epoch(params, buffers):
            order = rng.permutation(count).astype(np.int32)
            for first in range(0, count, 32):
                params, buffers = step(params, buffers, order[first:first + 32])
            return params, buffers

        for _ in range(5):
            params, buffers = epoch(params, buffers)
        jax.block_until_ready(params)
        epochs = 0
        start = time.perf_counter()
        while time.perf_counter() - start < 2:
            params, buffers = epoch(params, buffers)
            epochs += 1
        jax.block_until_ready(params)
        rates.append(epochs * batches / (time.perf_counter() - start))
    return rates


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--mnist", help="directory with the four MNIST IDX files")
    parser.add_argument("--epochs", type=int, default=3)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()

    import jax
    jax.config.update("jax_platforms", "cpu")

    def report(workload, value, unit, detail):
        if args.json:
            print(json.dumps({"workload": workload, unit: value, "threads": jax.local_device_count()}))
        else:
            print(f"{workload}: {value:.3f} {unit.replace('_', ' ')}  ({detail})")

    if not args.json:
        print(f"# JAX {jax.__version__} on {jax.devices()[0].platform}")
    if args.mnist:
        seconds = mnist_epochs(args.mnist, args.epochs)
        report("mnist-mlp", statistics.median(seconds), "median_epoch_seconds",
               "epochs: " + " ".join(f"{s:.3f}" for s in seconds) + " s")
    rates = tiny_steps(args.runs)
    report("tiny-spiral", statistics.median(rates), "steps_per_second",
           "runs: " + " ".join(f"{r:.0f}" for r in rates) + " steps/s")


if __name__ == "__main__":
    main()
