#!/usr/bin/env bash
# Acceptance: a custom module (benchmarks/custom-module) trains on MNIST with
# a custom loss closure, saves, reloads in a new process, and loads in
# PyTorch with load_state_dict(strict=True); all three report the test accuracy.
#
#   benchmarks/custom_module_acceptance.sh ../shared/datasets/mnist
#
# PyTorch comes from $PYTHON (default: python3); if it lacks torch, a virtual
# environment with torch and safetensors is made in .build-venv.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
mnist="$(cd "${1:?usage: custom_module_acceptance.sh MNIST_DIR}" && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

swift build -c release --package-path "$here/custom-module" >/dev/null
binary="$(swift build -c release --package-path "$here/custom-module" --show-bin-path)/residual-mnist"
"$binary" train "$mnist" "$work/residual.safetensors"
"$binary" evaluate "$mnist" "$work/residual.safetensors"

python="${PYTHON:-python3}"
if ! "$python" -c "import torch, safetensors" 2>/dev/null; then
    venv="$here/../.build-venv"
    [ -x "$venv/bin/python" ] || python3 -m venv "$venv"
    "$venv/bin/pip" install --quiet torch safetensors numpy
    python="$venv/bin/python"
fi
"$python" - "$here" "$mnist" "$work/residual.safetensors" <<'PY'
import sys
import numpy as np
import torch
from safetensors.torch import load_file

sys.path.insert(0, sys.argv[1])
from pytorch_reference import locate, read_idx  # noqa: E402  (the benchmarks' own IDX reader)

class ResidualMLP(torch.nn.Module):
    """The Swift ResidualMLP, layer for layer and name for name."""
    def __init__(self, inputs=784, hidden=256, classes=10, dropout=0.2):
        super().__init__()
        self.fc1 = torch.nn.Linear(inputs, hidden)
        self.fc2 = torch.nn.Linear(hidden, hidden)
        self.drop = torch.nn.Dropout(dropout)
        self.head = torch.nn.Linear(hidden, classes)

    def forward(self, x):
        h = torch.relu(self.fc1(x))
        return self.head(self.drop(torch.relu(self.fc2(h))) + h)

mnist, weights = sys.argv[2], sys.argv[3]
images = read_idx(locate(mnist, "t10k-images-idx3-ubyte")).reshape(-1, 784).astype(np.float32) * np.float32(1 / 255)
labels = read_idx(locate(mnist, "t10k-labels-idx1-ubyte")).astype(np.int64)
model = ResidualMLP()
model.load_state_dict(load_file(weights), strict=True)
model.eval()
with torch.no_grad():
    predicted = model(torch.from_numpy(images)).argmax(dim=1).numpy()
print(f"pytorch: load_state_dict(strict=True), test accuracy {(predicted == labels).mean():.4f}")
PY
