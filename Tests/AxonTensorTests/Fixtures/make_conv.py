"""Reference values for the convolutional-network ops, computed by PyTorch in float64.

Each case runs one torch.nn.functional op on seeded random inputs, then backward with a random
upstream gradient of the output's shape, and records inputs, output and the gradients of every
input that has one (for training batch norm also the running buffers after the call). Arguments
are named as torch.nn.functional names them; an argument that is absent took PyTorch's default.
Also records the state_dict keys, shapes and dtypes of LeNet-5, mnist-cnn and BatchNorm2d.
Usage: python make_conv.py [OUT.json]   (default: conv.json beside this script)
"""
import json, os, sys, warnings
import torch, torch.nn as nn, torch.nn.functional as F

torch.set_default_dtype(torch.float64)
warnings.filterwarnings("ignore", message="Using padding='same'")  # even kernels: expected
g = torch.Generator().manual_seed(11)
cases = []

def randn(*shape): return torch.randn(*shape, generator=g)
def tensor(t): return {"shape": list(t.shape), "data": t.detach().reshape(-1).tolist()}

def case(name, op, f, args, inputs, differentiable=("x", "weight", "bias"), note=None, after=None):
    """Run f(**leaves) once, backward with a random upstream, record the case."""
    leaves = {k: v.clone().requires_grad_(k in differentiable) for k, v in inputs.items() if v is not None}
    out = f(**leaves)
    upstream = randn(*out.shape)
    out.backward(upstream)
    c = dict(name=name, op=op, args=args, inputs={k: tensor(v) for k, v in inputs.items() if v is not None},
             upstream=tensor(upstream), output=tensor(out),
             grads={k: tensor(v.grad) for k, v in leaves.items() if v.grad is not None})
    if after is not None: c["after"] = {k: tensor(v) for k, v in after.items()}
    if note: c["note"] = note
    cases.append(c)

# conv2d: weight [out, in/groups, kh, kw]
def conv(name, x, cout, kernel, bias=True, note=None, **args):
    kh, kw = (kernel, kernel) if isinstance(kernel, int) else kernel
    w = randn(cout, x.shape[1] // args.get("groups", 1), kh, kw)
    b = randn(cout) if bias else None
    def f(x, weight, bias=None): return F.conv2d(x, weight, bias, **args)
    case(name, "conv2d", f, args, dict(x=x, weight=w, bias=b), note=note)

x = randn(2, 3, 7, 9)
conv("conv2d_k3_basic", x, 4, 3, stride=1, padding=0, dilation=1, groups=1)
conv("conv2d_k3x5_rect_kernel", x, 4, (3, 5), stride=1, padding=0, dilation=1, groups=1)
conv("conv2d_k3_no_bias", x, 4, 3, bias=False, stride=1, padding=0, dilation=1, groups=1)
conv("conv2d_k1_1x1", x, 5, 1, stride=1, padding=0, dilation=1, groups=1)
conv("conv2d_k3_stride2_padding1", x, 4, 3, stride=2, padding=1, dilation=1, groups=1)
conv("conv2d_k3_stride2x1_padding1x0", x, 4, 3, stride=[2, 1], padding=[1, 0], dilation=1, groups=1)
conv("conv2d_k4_stride3_unused_rows", x, 2, 4, stride=3, padding=0, dilation=1, groups=1,
     note="(7-4)/3 and (9-4)/3 leave the last rows and columns of x outside every window: their gradient is 0")
conv("conv2d_k3_padding2x1", x, 4, 3, stride=1, padding=[2, 1], dilation=1, groups=1)
conv("conv2d_k3_dilation2", x, 4, 3, stride=1, padding=0, dilation=2, groups=1)
conv("conv2d_k3_dilation2_padding2_stride2", x, 4, 3, stride=2, padding=2, dilation=2, groups=1)
conv("conv2d_same_k3", x, 4, 3, padding="same", stride=1, dilation=1, groups=1)
conv("conv2d_same_k5x3", x, 4, (5, 3), padding="same", stride=1, dilation=1, groups=1)
conv("conv2d_same_k2_even_pads_bottom_right", x, 4, 2, padding="same", stride=1, dilation=1, groups=1,
     note="'same' pads dilation*(k-1) in all: floor half before (top/left), the rest after (bottom/right)")
conv("conv2d_same_k4x2_even_pads_bottom_right", x, 4, (4, 2), padding="same", stride=1, dilation=1, groups=1,
     note="k=4: 1 row on top, 2 below; k=2: 0 columns left, 1 right")
conv("conv2d_same_k3_dilation2", x, 4, 3, padding="same", stride=1, dilation=2, groups=1)
conv("conv2d_k5_padding2_lenet_c1", randn(2, 1, 12, 12), 6, 5, stride=1, padding=2, dilation=1, groups=1)
x6 = randn(2, 6, 5, 7)
conv("conv2d_groups3_in6_out9", x6, 9, 3, stride=1, padding=1, dilation=1, groups=3)
conv("conv2d_groups2_no_bias_stride2", x6, 4, 3, bias=False, stride=2, padding=1, dilation=1, groups=2)
conv("conv2d_depthwise_groups3", x, 3, 3, stride=1, padding=1, dilation=1, groups=3)
conv("conv2d_depthwise_multiplier2_groups3", x, 6, 3, stride=1, padding=1, dilation=1, groups=3)

# max_pool2d: continuous random inputs, so no window has two equal maxima (ties have their own case)
def pool(name, op, x, note=None, **args):
    f = {"max_pool2d": F.max_pool2d, "avg_pool2d": F.avg_pool2d}[op]
    case(name, op, lambda x: f(x, **args), args, dict(x=x), note=note)

pool("max_pool2d_k2", "max_pool2d", x, kernel_size=2)
pool("max_pool2d_k3", "max_pool2d", x, kernel_size=3)
pool("max_pool2d_k3_stride2_overlapping", "max_pool2d", x, kernel_size=3, stride=2)
pool("max_pool2d_k3_stride2_padding1", "max_pool2d", x, kernel_size=3, stride=2, padding=1)
pool("max_pool2d_k2x3_stride1x2", "max_pool2d", x, kernel_size=[2, 3], stride=[1, 2])
pool("max_pool2d_k2_ceil_mode", "max_pool2d", x, kernel_size=2, ceil_mode=True)
pool("max_pool2d_k3_stride2_padding1_ceil_mode", "max_pool2d", x, kernel_size=3, stride=2, padding=1, ceil_mode=True)
pool("max_pool2d_ceil_mode_drops_window_starting_in_padding", "max_pool2d", randn(1, 2, 5, 5),
     kernel_size=2, stride=2, padding=1, ceil_mode=True,
     note="ceil((5+2-2)/2)+1 = 4, but the 4th window would start in the right padding, so it is dropped: 3x3")
ties = torch.tensor([[1., 3., 3., 0., 2.], [3., 0., 3., 2., 2.], [2., 2., 1., 1., 1.], [2., 2., 1., 1., 0.]])
pool("max_pool2d_ties_gradient_to_first_max_in_row_major_order", "max_pool2d",
     torch.stack([ties, ties.flip(1)]).reshape(1, 2, 4, 5), kernel_size=2, stride=1,
     note="among equal maxima of a window, the first in row-major order (lowest row, then lowest column) gets "
          "the whole gradient; overlapping windows add up")

# avg_pool2d
pool("avg_pool2d_k2", "avg_pool2d", x, kernel_size=2)
pool("avg_pool2d_k3_stride2_padding1_count_include_pad", "avg_pool2d", x, kernel_size=3, stride=2, padding=1,
     count_include_pad=True)
pool("avg_pool2d_k3_stride2_padding1_exclude_pad", "avg_pool2d", x, kernel_size=3, stride=2, padding=1,
     count_include_pad=False)
pool("avg_pool2d_k2_ceil_mode", "avg_pool2d", x, kernel_size=2, ceil_mode=True,
     note="windows past the edge divide by the elements inside the input")
pool("avg_pool2d_k3_stride2_padding1_ceil_mode_count_include_pad", "avg_pool2d", randn(2, 2, 8, 6),
     kernel_size=3, stride=2, padding=1, ceil_mode=True, count_include_pad=True,
     note="the last row of windows runs past the bottom padding: its divisor counts the padding row but not "
          "what lies beyond it (2x3, not 3x3)")
pool("avg_pool2d_k3_stride2_padding1_ceil_mode_exclude_pad", "avg_pool2d", randn(2, 2, 8, 6),
     kernel_size=3, stride=2, padding=1, ceil_mode=True, count_include_pad=False)

# adaptive_avg_pool2d: window i spans [floor(i*H/out), ceil((i+1)*H/out))
for name, shape, size in (("adaptive_avg_pool2d_to_1x1", (2, 3, 5, 7), [1, 1]),
                          ("adaptive_avg_pool2d_5x7_to_2x3", (2, 3, 5, 7), [2, 3]),
                          ("adaptive_avg_pool2d_7x9_to_3x4", (1, 2, 7, 9), [3, 4]),
                          ("adaptive_avg_pool2d_3x4_to_5x6_upsampling", (1, 2, 3, 4), [5, 6])):
    case(name, "adaptive_avg_pool2d", lambda x, s=size: F.adaptive_avg_pool2d(x, s), dict(output_size=size),
         dict(x=randn(*shape)))

# batch_norm: the running buffers start from random values so the momentum update shows
def batch_norm(name, shape, training, affine):
    c = shape[1]
    mean, var = randn(c), randn(c).abs() + 0.5
    weight, bias = (randn(c), randn(c)) if affine else (None, None)
    args = dict(training=training, momentum=0.1, eps=1e-5)
    buffers = dict(running_mean=mean.clone(), running_var=var.clone())
    def f(x, weight=None, bias=None, **_):
        return F.batch_norm(x, buffers["running_mean"], buffers["running_var"], weight, bias, **args)
    note = "running_var is updated with the unbiased (n-1) batch variance; the output uses the biased one" \
        if training else "normalizes with the running buffers"
    case(name, "batch_norm", f, args, dict(x=randn(*shape), weight=weight, bias=bias, running_mean=mean,
         running_var=var), note=note, after=buffers if training else None)

for training in (True, False):
    mode = "train" if training else "eval"
    batch_norm(f"batch_norm2d_{mode}_affine", (3, 4, 5, 6), training, True)
    batch_norm(f"batch_norm2d_{mode}_no_affine", (3, 4, 5, 6), training, False)
    batch_norm(f"batch_norm1d_nc_{mode}_affine", (6, 5), training, True)
    batch_norm(f"batch_norm1d_ncl_{mode}_affine", (3, 4, 5), training, True)
batch_norm("batch_norm1d_ncl_train_no_affine", (3, 4, 5), True, False)

# layer_norm
for name, shape, normalized, affine in (("layer_norm_last_dim_affine", (3, 4, 6), [6], True),
                                        ("layer_norm_last_dim_no_affine", (3, 4, 6), [6], False),
                                        ("layer_norm_last_2_dims_affine", (2, 3, 4, 5), [4, 5], True),
                                        ("layer_norm_last_2_dims_no_affine", (2, 3, 4, 5), [4, 5], False)):
    weight, bias = (randn(*normalized), randn(*normalized)) if affine else (None, None)
    args = dict(normalized_shape=normalized, eps=1e-5)
    case(name, "layer_norm", lambda x, weight=None, bias=None, a=args: F.layer_norm(x, weight=weight, bias=bias, **a),
         args, dict(x=randn(*shape), weight=weight, bias=bias))

# pad: F.pad's list starts from the last dim: [left, right, top, bottom]
x4 = randn(2, 3, 4, 5)
for name, args in (("pad_constant_zero_1_2_0_3", dict(pad=[1, 2, 0, 3], mode="constant", value=0.0)),
                   ("pad_constant_value_1.5_2_0_1_1", dict(pad=[2, 0, 1, 1], mode="constant", value=1.5)),
                   ("pad_constant_last_dim_only_3_1", dict(pad=[3, 1], mode="constant", value=0.0)),
                   ("pad_reflect_2_1_1_2", dict(pad=[2, 1, 1, 2], mode="reflect")),
                   ("pad_replicate_2_0_1_3", dict(pad=[2, 0, 1, 3], mode="replicate"))):
    case(name, "pad", lambda x, a=args: F.pad(x, **a), args, dict(x=x4))

# permute, unflatten
for dims in ([0, 2, 3, 1], [0, 3, 1, 2], [3, 1, 0, 2]):
    case("permute_" + "".join(map(str, dims)), "permute", lambda x, d=dims: x.permute(d), dict(dims=dims), dict(x=x4))
for name, shape, dim, sizes in (("unflatten_dim1_20_to_4x5", (2, 20, 3), 1, [4, 5]),
                                ("unflatten_last_dim_12_to_2x3x2", (2, 3, 12), -1, [2, 3, 2]),
                                ("unflatten_dim1_inferred_minus1", (2, 20, 3), 1, [2, -1])):
    case(name, "unflatten", lambda x, d=dim, s=sizes: x.unflatten(d, s), dict(dim=dim, sizes=sizes), dict(x=randn(*shape)))

# state_dict layouts, float32 as the modules are built by default
def layout(module):
    return [dict(name=k, shape=list(v.shape), dtype=str(v.dtype).removeprefix("torch.")) for k, v in module.state_dict().items()]

torch.set_default_dtype(torch.float32)
lenet5 = nn.Sequential(nn.Conv2d(1, 6, 5, padding=2), nn.ReLU(), nn.MaxPool2d(2), nn.Conv2d(6, 16, 5), nn.ReLU(),
                       nn.MaxPool2d(2), nn.Flatten(), nn.Linear(400, 120), nn.ReLU(), nn.Linear(120, 84), nn.ReLU(),
                       nn.Linear(84, 10))
mnist_cnn = nn.Sequential(nn.Conv2d(1, 32, 3), nn.ReLU(), nn.Conv2d(32, 64, 3), nn.ReLU(), nn.MaxPool2d(2),
                          nn.Dropout(0.25), nn.Flatten(), nn.Linear(9216, 128), nn.ReLU(), nn.Dropout(0.5),
                          nn.Linear(128, 10))
names = {"lenet5": layout(lenet5), "mnist-cnn": layout(mnist_cnn), "batch_norm2d": layout(nn.BatchNorm2d(16)),
         "parameter_counts": {"lenet5": sum(p.numel() for p in lenet5.parameters()),
                              "mnist-cnn": sum(p.numel() for p in mnist_cnn.parameters())}}

out = {"torch_version": torch.__version__, "cases": cases, "lenet5_state_dict_names": names}
path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "conv.json")
with open(path, "w") as f:
    json.dump(out, f, separators=(",", ":"))
print(len(cases), "cases,", os.path.getsize(path), "bytes ->", path)
