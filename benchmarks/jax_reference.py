#!/usr/bin/env python3
"""The workloads of `axon bench train`, run with JAX (`jit` on the CPU), the
fastest Python peer the training issue names.

    pip install jax              # an optional tool; Axon itself needs no Python
    python3 benchmarks/jax_reference.py --mnist ../shared/datasets/mnist [--json]
        [--workloads mnist-mlp,tiny-spiral,mnist-lenet5,mnist-cnn]

- mnist-mlp: 784-256-128-10 ReLU, batch 128, Adam (lr 1e-3, PyTorch's
  defaults), float32, one epoch of MNIST's 60,000 training images; the median
  of --epochs epochs. The data sit on the device; each step is one jitted
  call that gathers its batch, differentiates and updates.
- tiny-spiral: 2-16-16-2 tanh, batch 32, SGD with momentum 0.9 (lr 0.1), 1,000
  spiral points; optimizer steps per second, the median of --runs runs of 2 s.
- mnist-lenet5, mnist-cnn: the networks of benchmarks/pytorch_reference.py
  (LeNet-5; Keras's mnist_cnn with its dropout), written with
  lax.conv_general_dilated and lax.reduce_window in NCHW with PyTorch's weight
  layout and initialisation (NHWC measured no faster on XLA's CPU backend);
  otherwise as mnist-mlp.
--workloads picks them (default: mnist-mlp,tiny-spiral; the MNIST ones need --mnist).
--accuracy and --process, with --model, --epochs and --seed, work as in
benchmarks/pytorch_reference.py.

JAX on the CPU uses every core of the machine; run it where the cores are the
two that Axon and PyTorch are given (this machine has two).
"""
import argparse
import json
import statistics
import time

import numpy as np

from pytorch_reference import MODELS, WORKLOADS, locate, read_idx, spiral


def init_layers(key, shapes):
    """PyTorch's nn.Linear and nn.Conv2d initialisation: U(-1/√fan_in, 1/√fan_in) for
    weight and bias; a weight's shape is [out, in] or [out, in, kh, kw]."""
    import jax
    params = []
    for shape in shapes:
        key, wkey, bkey = jax.random.split(key, 3)
        bound = 1 / np.sqrt(np.prod(shape[1:]))
        params.append((jax.random.uniform(wkey, shape, minval=-bound, maxval=bound),
                       jax.random.uniform(bkey, shape[:1], minval=-bound, maxval=bound)))
    return params


def init_mlp(key, sizes):
    return init_layers(key, [(fan_out, fan_in) for fan_in, fan_out in zip(sizes[:-1], sizes[1:])])


def conv_networks():
    """LeNet-5 and mnist-cnn as (weight shapes, forward(params, x, key, train)) on [N, 784] images."""
    import jax
    import jax.numpy as jnp
    from jax import lax

    def conv(x, layer, padding=0):
        w, b = layer
        y = lax.conv_general_dilated(x, w, (1, 1), [(padding, padding)] * 2,
                                     dimension_numbers=("NCHW", "OIHW", "NCHW"))
        return y + b[None, :, None, None]

    def max_pool(x):
        return lax.reduce_window(x, -jnp.inf, lax.max, (1, 1, 2, 2), (1, 1, 2, 2), "VALID")

    def dense(x, layer):
        w, b = layer
        return x @ w.T + b

    def dropout(x, rate, key, train):
        if not train:
            return x
        keep = jax.random.bernoulli(key, 1 - rate, x.shape)
        return jnp.where(keep, x / (1 - rate), 0)

    def lenet5(params, x, key, train):
        x = max_pool(jax.nn.relu(conv(x.reshape(-1, 1, 28, 28), params[0], padding=2)))
        x = max_pool(jax.nn.relu(conv(x, params[1]))).reshape(x.shape[0], -1)
        x = jax.nn.relu(dense(x, params[2]))
        x = jax.nn.relu(dense(x, params[3]))
        return dense(x, params[4])

    def mnist_cnn(params, x, key, train):
        first, second = jax.random.split(key)
        x = jax.nn.relu(conv(x.reshape(-1, 1, 28, 28), params[0]))
        x = max_pool(jax.nn.relu(conv(x, params[1])))
        x = dropout(x, 0.25, first, train).reshape(x.shape[0], -1)
        x = dropout(jax.nn.relu(dense(x, params[2])), 0.5, second, train)
        return dense(x, params[3])

    return {"mnist-lenet5": ([(6, 1, 5, 5), (16, 6, 5, 5), (120, 400), (84, 120), (10, 84)], lenet5),
            "mnist-cnn": ([(32, 1, 3, 3), (64, 32, 3, 3), (128, 9216), (10, 128)], mnist_cnn)}


def mnist_network(workload):
    """(weight shapes, forward(params, x, key, train)) of an MNIST workload."""
    import jax
    if workload == "mnist-mlp":
        mlp_forward = make_forward(jax.nn.relu)
        return [(256, 784), (128, 256), (10, 128)], lambda params, x, key, train: mlp_forward(params, x)
    return conv_networks()[workload]


def make_forward(activation):
    def forward(params, x):
        for w, b in params[:-1]:
            x = activation(x @ w.T + b)
        w, b = params[-1]
        return x @ w.T + b

    return forward


def cross_entropy(logits, y):
    import jax
    import jax.numpy as jnp
    return -jnp.mean(jnp.take_along_axis(jax.nn.log_softmax(logits), y[:, None], axis=1))


def make_loss(activation):
    forward = make_forward(activation)
    return lambda params, x, y: cross_entropy(forward(params, x), y)


def load_split(directory, images, labels):
    x = read_idx(locate(directory, images)).reshape(-1, 784).astype(np.float32) / 255
    y = read_idx(locate(directory, labels)).astype(np.int32)
    return x, y


def mnist_epochs(directory, epochs, workload="mnist-mlp", report_accuracy=False, seed=0):
    import jax
    import jax.numpy as jnp
    x, y = load_split(directory, "train-images-idx3-ubyte", "train-labels-idx1-ubyte")
    x, y = jax.device_put(x), jax.device_put(y)
    shapes, forward = mnist_network(workload)
    beta1, beta2, eps, lr = 0.9, 0.999, 1e-8, 1e-3

    def loss(params, x, y, key):
        return cross_entropy(forward(params, x, key, True), y)

    @jax.jit
    def step(params, m, v, t, index):
        key = jax.random.fold_in(jax.random.PRNGKey(seed), t.astype(jnp.int32))  # dropout's mask, new each step
        grads = jax.grad(loss)(params, jnp.take(x, index, axis=0), jnp.take(y, index, axis=0), key)
        t = t + 1
        m = jax.tree_util.tree_map(lambda m, g: beta1 * m + (1 - beta1) * g, m, grads)
        v = jax.tree_util.tree_map(lambda v, g: beta2 * v + (1 - beta2) * g * g, v, grads)
        c1, c2 = 1 - beta1 ** t, 1 - beta2 ** t
        params = jax.tree_util.tree_map(
            lambda p, m, v: p - lr / c1 * m / (jnp.sqrt(v) / jnp.sqrt(c2) + eps), params, m, v)
        return params, m, v, t

    if report_accuracy:
        tx, ty = load_split(directory, "t10k-images-idx3-ubyte", "t10k-labels-idx1-ubyte")
        predict = jax.jit(lambda params, x: jnp.argmax(forward(params, x, jax.random.PRNGKey(0), False), 1))

    params = init_layers(jax.random.PRNGKey(seed), shapes)
    m = jax.tree_util.tree_map(jnp.zeros_like, params)
    v = jax.tree_util.tree_map(jnp.zeros_like, params)
    t = jnp.zeros((), jnp.float32)
    rng = np.random.default_rng(seed)
    count = x.shape[0]
    # The last partial batch has its own shape: compile both before timing.
    for size in (128, count % 128):
        if size:
            jax.block_until_ready(step(params, m, v, t, jnp.arange(size)))
    seconds = []
    for epoch in range(epochs):
        order = rng.permutation(count).astype(np.int32)
        start = time.perf_counter()
        for first in range(0, count, 128):
            params, m, v, t = step(params, m, v, t, order[first:first + 128])
        jax.block_until_ready(params)
        seconds.append(time.perf_counter() - start)
        if report_accuracy:
            # 1,000 test images at a time, so a CNN's activations stay small
            correct = sum(int((predict(params, tx[i:i + 1000]) == ty[i:i + 1000]).sum()) for i in range(0, len(tx), 1000))
            print(f"epoch {epoch + 1}: test accuracy {correct / len(tx) * 100:.2f}%", flush=True)
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
    parser.add_argument("--workloads", help="comma-separated, from " + ", ".join(WORKLOADS)
                        + " (default: mnist-mlp,tiny-spiral)")
    parser.add_argument("--seed", type=int, default=0, help="seed of --accuracy's run")
    parser.add_argument("--model", choices=sorted(MODELS), default="mlp", help="network of --accuracy and --process")
    parser.add_argument("--accuracy", action="store_true", help="train --epochs epochs on MNIST, print test accuracy")
    parser.add_argument("--process", action="store_true", help="one MNIST epoch, loading included, then test")
    args = parser.parse_args()
    workloads = (args.workloads or "mnist-mlp,tiny-spiral").split(",")
    unknown = [w for w in workloads if w not in WORKLOADS]
    if unknown:
        parser.error(f"--workloads: unknown {', '.join(unknown)} (known: {', '.join(WORKLOADS)})")
    if args.workloads and not args.mnist and any(w.startswith("mnist-") for w in workloads):
        parser.error("--workloads with an MNIST workload needs --mnist DIR")

    import jax
    jax.config.update("jax_platforms", "cpu")

    if args.accuracy or args.process:
        if not args.mnist:
            parser.error("--accuracy and --process need --mnist DIR")
        epochs = 1 if args.process else args.epochs
        mnist_epochs(args.mnist, epochs, MODELS[args.model], report_accuracy=True, seed=args.seed)
        return

    def report(workload, value, unit, detail):
        if args.json:
            print(json.dumps({"workload": workload, unit: value, "threads": jax.local_device_count()}))
        else:
            print(f"{workload}: {value:.3f} {unit.replace('_', ' ')}  ({detail})")

    if not args.json:
        print(f"# JAX {jax.__version__} on {jax.devices()[0].platform}")
    for workload in ("mnist-mlp", "mnist-lenet5", "mnist-cnn"):
        if args.mnist and workload in workloads:
            seconds = mnist_epochs(args.mnist, args.epochs, workload)
            report(workload, statistics.median(seconds), "median_epoch_seconds",
                   "epochs: " + " ".join(f"{s:.3f}" for s in seconds) + " s")
    if args.runs == 0 or "tiny-spiral" not in workloads:
        return
    rates = tiny_steps(args.runs)
    report("tiny-spiral", statistics.median(rates), "steps_per_second",
           "runs: " + " ".join(f"{r:.0f}" for r in rates) + " steps/s")


if __name__ == "__main__":
    main()
