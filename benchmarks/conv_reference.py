#!/usr/bin/env python3
"""PyTorch's speed on the convolutions of LeNet-5 and mnist-cnn, to put beside `axon bench conv`.

    pip install torch            # an optional tool; Axon itself needs no Python
    python3 benchmarks/conv_reference.py [--threads 2] [--batch 128] [--repeats 20] [--json]

For each conv layer of the two MNIST networks of benchmarks/pytorch_reference.py, at
batch 128 in float32, NCHW:
- forward: F.conv2d(x, w, b), as nn.Conv2d runs it;
- input_grad: torch.nn.grad.conv2d_input, the gradient that flows to the layer below
  (a first layer's is never needed in training; it is timed all the same);
- weight_grad: torch.nn.grad.conv2d_weight.
Both gradients run aten's convolution_backward, the kernels autograd calls. Each pass
is timed --repeats times after --warmup untimed runs; the median is reported, as
GFLOP/s with 2·N·Cout·Hout·Wout·(Cin/groups)·kh·kw FLOPs per pass (the bias not counted).
"""
import argparse
import json
import statistics
import time

# (layer, input [N, C, H, W] without N, weight [out, in, kh, kw], padding)
LAYERS = (
    ("lenet5.conv1", (1, 28, 28), (6, 1, 5, 5), 2),
    ("lenet5.conv2", (6, 14, 14), (16, 6, 5, 5), 0),
    ("mnist-cnn.conv1", (1, 28, 28), (32, 1, 3, 3), 0),
    ("mnist-cnn.conv2", (32, 26, 26), (64, 32, 3, 3), 0),
)


def median_seconds(function, repeats, warmup):
    for _ in range(warmup):
        function()
    seconds = []
    for _ in range(repeats):
        start = time.perf_counter()
        function()
        seconds.append(time.perf_counter() - start)
    return statistics.median(seconds)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--batch", type=int, default=128)
    parser.add_argument("--repeats", type=int, default=20, help="timed runs of each pass (the median is reported)")
    parser.add_argument("--warmup", type=int, default=3, help="untimed runs before them")
    parser.add_argument("--json", action="store_true", help="JSON lines instead of the table")
    args = parser.parse_args()
    if args.threads < 1 or args.batch < 1 or args.repeats < 1 or args.warmup < 0:
        parser.error("--threads, --batch and --repeats must be positive, --warmup not negative")

    import torch
    import torch.nn.functional as F
    torch.set_num_threads(args.threads)
    torch.set_num_interop_threads(1)
    generator = torch.Generator().manual_seed(0)

    if not args.json:
        print(f"# PyTorch {torch.__version__}, {torch.get_num_threads()} thread(s), batch {args.batch}, float32, "
              f"median of {args.repeats}")
        print(f"{'layer':16} {'pass':12} {'shape':44} {'GFLOP/s':>9} {'ms':>9}")
    for layer, image, weight_shape, padding in LAYERS:
        x = torch.randn(args.batch, *image, generator=generator)
        w = torch.randn(*weight_shape, generator=generator)
        b = torch.randn(weight_shape[0], generator=generator)
        y = F.conv2d(x, w, b, padding=padding)
        upstream = torch.randn(y.shape, generator=generator)
        cout, cin, kh, kw = weight_shape
        n, _, hout, wout = y.shape
        flops = 2 * n * cout * hout * wout * cin * kh * kw
        shape = (f"{'x'.join(map(str, x.shape))} * {'x'.join(map(str, w.shape))}"
                 f"{f' pad {padding}' if padding else ''} -> {'x'.join(map(str, y.shape))}")
        passes = (
            ("forward", lambda: F.conv2d(x, w, b, padding=padding)),
            ("input_grad", lambda: torch.nn.grad.conv2d_input(x.shape, w, upstream, padding=padding)),
            ("weight_grad", lambda: torch.nn.grad.conv2d_weight(x, w.shape, upstream, padding=padding)),
        )
        with torch.no_grad():
            for name, function in passes:
                seconds = median_seconds(function, args.repeats, args.warmup)
                gflops = flops / seconds / 1e9
                if args.json:
                    print(json.dumps({"layer": layer, "pass": name, "shape": shape, "gflops": gflops,
                                      "seconds": seconds, "threads": args.threads}))
                else:
                    print(f"{layer:16} {name:12} {shape:44} {gflops:9.2f} {seconds * 1e3:9.3f}", flush=True)


if __name__ == "__main__":
    main()
