#!/usr/bin/env python3
"""The workloads of `axon bench train`, run with PyTorch, for a side-by-side ratio.

    pip install torch            # an optional tool; Axon itself needs no Python
    python3 benchmarks/pytorch_reference.py --mnist ../shared/datasets/mnist [--json] [--threads 2]
        [--workloads mnist-mlp,tiny-spiral,mnist-lenet5,mnist-cnn]

- mnist-mlp: 784-256-128-10 ReLU, batch 128, Adam (lr 1e-3), float32, one epoch of
  MNIST's 60,000 training images; the median of --epochs epochs.
  Batches are picked by indexing the tensors, PyTorch's fastest loop; with
  --loader they come through torch.utils.data.DataLoader, as most code does.
- tiny-spiral: 2-16-16-2 tanh, batch 32, SGD with momentum 0.9 (lr 0.1), 1,000 spiral
  points; optimizer steps per second, the median of --runs runs of 2 seconds.
- mnist-lenet5: LeNet-5 as nn.Sequential (conv 5x5 with padding 2, max pooling, 61,706
  parameters), images as [N, 1, 28, 28]; otherwise as mnist-mlp.
- mnist-cnn: Keras's mnist_cnn (two 3x3 convs, max pooling, dropout 0.25 and 0.5,
  1,199,882 parameters); otherwise as mnist-mlp.
--workloads picks them (default: mnist-mlp,tiny-spiral; the MNIST ones need --mnist).

Other modes, for the acceptance numbers of the training and convolution issues:
- --accuracy: --model's network (mlp, lenet5 or mnist-cnn) with the settings above for
  --epochs epochs from --seed, printing the test accuracy after each epoch (for mlp the
  same run as `axon train --data mnist:DIR ...`); --normalize standardises the pixels
  (axon's --normalize global) and --cosine anneals the learning rate (--schedule cosine).
- --process: one MNIST epoch of --model from launch to exit, loading included (time it
  and its peak memory with `/usr/bin/time -v`), evaluating on the test set afterwards, as
  `axon train --data mnist:DIR --epochs 1` does.
"""
import argparse
import gzip
import json
import os
import statistics
import time

import numpy as np


def read_idx(path):
    """An IDX file (gzipped or not) as a numpy array."""
    opener = gzip.open if path.endswith(".gz") else open
    with opener(path, "rb") as f:
        data = f.read()
    dims = data[3]
    shape = [int.from_bytes(data[4 + 4 * i: 8 + 4 * i], "big") for i in range(dims)]
    return np.frombuffer(data, dtype=np.uint8, offset=4 + 4 * dims).reshape(shape)


def locate(directory, name):
    gz = os.path.join(directory, name + ".gz")
    return gz if os.path.exists(gz) else os.path.join(directory, name)


def load_mnist(directory, torch, normalize=False):
    """Pixels in [0, 1]; with `normalize`, standardised by the training set's
    one mean and population standard deviation (axon's --normalize global)."""
    def pixels(images):
        return read_idx(locate(directory, images)).reshape(-1, 784).astype(np.float64) / 255
    x, tx = pixels("train-images-idx3-ubyte"), pixels("t10k-images-idx3-ubyte")
    if normalize:
        mean, std = x.mean(), x.std()
        x, tx = (x - mean) / std, (tx - mean) / std
    y = read_idx(locate(directory, "train-labels-idx1-ubyte")).astype(np.int64)
    ty = read_idx(locate(directory, "t10k-labels-idx1-ubyte")).astype(np.int64)
    return ((torch.from_numpy(x.astype(np.float32)), torch.from_numpy(y)),
            (torch.from_numpy(tx.astype(np.float32)), torch.from_numpy(ty)))


WORKLOADS = ("mnist-mlp", "tiny-spiral", "mnist-lenet5", "mnist-cnn")
MODELS = {"mlp": "mnist-mlp", "lenet5": "mnist-lenet5", "mnist-cnn": "mnist-cnn"}


def mlp(torch, sizes, activation):
    layers = []
    for i in range(len(sizes) - 1):
        layers.append(torch.nn.Linear(sizes[i], sizes[i + 1]))
        if i < len(sizes) - 2:
            layers.append(activation())
    return torch.nn.Sequential(*layers)


def lenet5(torch):
    """LeNet-5 for 28x28 MNIST: 61,706 parameters."""
    nn = torch.nn
    return nn.Sequential(nn.Conv2d(1, 6, 5, padding=2), nn.ReLU(), nn.MaxPool2d(2),
                         nn.Conv2d(6, 16, 5), nn.ReLU(), nn.MaxPool2d(2), nn.Flatten(),
                         nn.Linear(400, 120), nn.ReLU(), nn.Linear(120, 84), nn.ReLU(), nn.Linear(84, 10))


def mnist_cnn(torch):
    """Keras's mnist_cnn example: 1,199,882 parameters."""
    nn = torch.nn
    return nn.Sequential(nn.Conv2d(1, 32, 3), nn.ReLU(), nn.Conv2d(32, 64, 3), nn.ReLU(), nn.MaxPool2d(2),
                         nn.Dropout(0.25), nn.Flatten(), nn.Linear(9216, 128), nn.ReLU(), nn.Dropout(0.5),
                         nn.Linear(128, 10))


def mnist_model(torch, workload):
    """The network of an MNIST workload and the shape of one image it takes."""
    if workload == "mnist-mlp":
        return mlp(torch, [784, 256, 128, 10], torch.nn.ReLU), (784,)
    return {"mnist-lenet5": lenet5, "mnist-cnn": mnist_cnn}[workload](torch), (1, 28, 28)


def train_epoch(torch, model, optimizer, x, y, batch, generator, loader=False):
    """One epoch of shuffled batches picked by indexing the tensors (PyTorch's
    fastest loop), or with loader=True through torch.utils.data.DataLoader
    over a TensorDataset, as the tutorials write it."""
    loss_fn = torch.nn.CrossEntropyLoss()
    if loader:
        batches = torch.utils.data.DataLoader(torch.utils.data.TensorDataset(x, y), batch_size=batch,
                                              shuffle=True, generator=generator)
    else:
        order = torch.randperm(x.shape[0], generator=generator)
        batches = ((x[index], y[index]) for index in torch.split(order, batch))
    for inputs, labels in batches:
        optimizer.zero_grad()
        loss = loss_fn(model(inputs), labels)
        loss.backward()
        optimizer.step()


def test_accuracy(torch, model, x, y, batch=1000):
    """Accuracy in eval mode (no dropout), 1,000 images at a time so a CNN's activations stay small."""
    model.eval()
    with torch.no_grad():
        correct = sum((model(x[i:i + batch]).argmax(1) == y[i:i + batch]).sum().item() for i in range(0, len(x), batch))
    model.train()
    return correct / len(x)


def mnist_epochs(torch, directory, epochs, workload="mnist-mlp", report_accuracy=False, seed=0, loader=False,
                 normalize=False, cosine=False):
    (x, y), (tx, ty) = load_mnist(directory, torch, normalize)
    torch.manual_seed(seed)
    model, image = mnist_model(torch, workload)
    x, tx = x.reshape(-1, *image), tx.reshape(-1, *image)
    optimizer = torch.optim.Adam(model.parameters(), lr=1e-3)
    # axon's --schedule cosine: annealed to 0 over the run, a step per epoch.
    schedule = torch.optim.lr_scheduler.CosineAnnealingLR(optimizer, T_max=epochs) if cosine else None
    generator = torch.Generator().manual_seed(seed)
    seconds = []
    for epoch in range(epochs):
        start = time.perf_counter()
        train_epoch(torch, model, optimizer, x, y, 128, generator, loader)
        seconds.append(time.perf_counter() - start)
        if schedule:
            schedule.step()
        if report_accuracy:
            print(f"epoch {epoch + 1}: test accuracy {test_accuracy(torch, model, tx, ty) * 100:.2f}%", flush=True)
    return seconds


def spiral(points_per_class, classes=2, seed=0):
    rng = np.random.default_rng(seed)
    xs, ys = [], []
    for c in range(classes):
        r = np.linspace(0, 1, points_per_class)
        t = np.linspace(c * 4, (c + 1) * 4, points_per_class) + rng.normal(0, 0.2, points_per_class)
        xs.append(np.stack([r * np.sin(t), r * np.cos(t)], 1))
        ys.append(np.full(points_per_class, c))
    return np.concatenate(xs).astype(np.float32), np.concatenate(ys).astype(np.int64)


def tiny_steps(torch, runs):
    x, y = spiral(500)
    x, y = torch.from_numpy(x), torch.from_numpy(y)
    rates = []
    for run in range(runs):
        torch.manual_seed(run)
        model = mlp(torch, [2, 16, 16, 2], torch.nn.Tanh)
        optimizer = torch.optim.SGD(model.parameters(), lr=0.1, momentum=0.9)
        generator = torch.Generator().manual_seed(run)
        for _ in range(5):
            train_epoch(torch, model, optimizer, x, y, 32, generator)
        steps_per_epoch = (x.shape[0] + 31) // 32
        epochs = 0
        start = time.perf_counter()
        while time.perf_counter() - start < 2:
            train_epoch(torch, model, optimizer, x, y, 32, generator)
            epochs += 1
        rates.append(epochs * steps_per_epoch / (time.perf_counter() - start))
    return rates


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--mnist", help="directory with the four MNIST IDX files")
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--epochs", type=int, default=3)
    parser.add_argument("--runs", type=int, default=3, help="tiny-workload runs (0 skips it)")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--workloads", help="comma-separated, from " + ", ".join(WORKLOADS)
                        + " (default: mnist-mlp,tiny-spiral)")
    parser.add_argument("--seed", type=int, default=0, help="seed of --accuracy's run")
    parser.add_argument("--model", choices=sorted(MODELS), default="mlp", help="network of --accuracy and --process")
    parser.add_argument("--normalize", action="store_true",
                        help="--accuracy on pixels standardised by the training set's mean and deviation")
    parser.add_argument("--cosine", action="store_true",
                        help="--accuracy with the learning rate annealed to 0 over --epochs (axon's --schedule cosine)")
    parser.add_argument("--accuracy", action="store_true", help="train --epochs epochs on MNIST, print test accuracy")
    parser.add_argument("--process", action="store_true", help="one MNIST epoch, loading included, then test")
    parser.add_argument("--loader", action="store_true",
                        help="MNIST batches through torch.utils.data.DataLoader, as the tutorials write it")
    args = parser.parse_args()
    workloads = (args.workloads or "mnist-mlp,tiny-spiral").split(",")
    unknown = [w for w in workloads if w not in WORKLOADS]
    if unknown:
        parser.error(f"--workloads: unknown {', '.join(unknown)} (known: {', '.join(WORKLOADS)})")
    if args.workloads and not args.mnist and any(w.startswith("mnist-") for w in workloads):
        parser.error("--workloads with an MNIST workload needs --mnist DIR")

    import torch
    torch.set_num_threads(args.threads)
    torch.set_num_interop_threads(1)

    if args.accuracy or args.process:
        if not args.mnist:
            parser.error("--accuracy and --process need --mnist DIR")
        if args.process:
            (x, y), (tx, ty) = load_mnist(args.mnist, torch)
            torch.manual_seed(args.seed)
            model, image = mnist_model(torch, MODELS[args.model])
            optimizer = torch.optim.Adam(model.parameters(), lr=1e-3)
            train_epoch(torch, model, optimizer, x.reshape(-1, *image), y, 128, torch.Generator().manual_seed(args.seed))
            print(f"test accuracy {test_accuracy(torch, model, tx.reshape(-1, *image), ty) * 100:.2f}%")
        else:
            mnist_epochs(torch, args.mnist, args.epochs, MODELS[args.model], report_accuracy=True, seed=args.seed,
                         normalize=args.normalize, cosine=args.cosine)
        return

    def report(workload, value, unit, detail):
        if args.json:
            print(json.dumps({"workload": workload, unit: value, "threads": args.threads}))
        else:
            print(f"{workload}: {value:.3f} {unit.replace('_', ' ')}  ({detail})")

    print(f"# PyTorch {torch.__version__}, {torch.get_num_threads()} thread(s)") if not args.json else None
    for workload in ("mnist-mlp", "mnist-lenet5", "mnist-cnn"):
        if args.mnist and workload in workloads:
            seconds = mnist_epochs(torch, args.mnist, args.epochs, workload, loader=args.loader)
            report(workload, statistics.median(seconds), "median_epoch_seconds",
                   "epochs: " + " ".join(f"{s:.3f}" for s in seconds) + " s")
    if args.runs == 0 or "tiny-spiral" not in workloads:
        return
    rates = tiny_steps(torch, args.runs)
    report("tiny-spiral", statistics.median(rates), "steps_per_second",
           "runs: " + " ".join(f"{r:.0f}" for r in rates) + " steps/s")


if __name__ == "__main__":
    main()
