#!/usr/bin/env bash
# Acceptance for convolutional networks: `axon train --model lenet5` (10
# epochs) and `--model mnist-cnn` (12 epochs), Adam 1e-3, batch 128, inputs
# standardised by the training set's mean and deviation (`--normalize global`,
# PyTorch's Normalize(0.1307, 0.3081)), over seeds, with the test accuracy
# after every epoch; each saved model evaluated by `axon evaluate` and loaded
# by PyTorch with load_state_dict(strict=True) on the equivalent
# nn.Sequential, fed the images rescaled by the shift and scale the file
# carries, whose test accuracy must be the same.
#
#   benchmarks/cnn_acceptance.sh ../shared/datasets/mnist [SEEDS] [MODELS] [TRAIN_OPTIONS]
#
# SEEDS defaults to "0 1 2", MODELS to "lenet5 mnist-cnn"; TRAIN_OPTIONS go
# to every `axon train` (e.g. "--schedule cosine": the rate annealed from
# 1e-3 to 0 over the run, PyTorch's CosineAnnealingLR). PyTorch comes
# from $PYTHON (default: python3); without torch, a virtual environment is
# made in .build-venv.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
mnist="$(cd "${1:?usage: cnn_acceptance.sh MNIST_DIR [SEEDS] [MODELS] [TRAIN_OPTIONS]}" && pwd)"
seeds="${2:-0 1 2}"
models="${3:-lenet5 mnist-cnn}"
read -r -a train_options <<< "${4:-}"
axon="$here/../.build/release/axon"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

swift build -c release --package-path "$here/.." >/dev/null
python="${PYTHON:-python3}"
if ! "$python" -c "import torch, safetensors" 2>/dev/null; then
    venv="$here/../.build-venv"
    [ -x "$venv/bin/python" ] || python3 -m venv "$venv"
    "$venv/bin/pip" install --quiet torch safetensors numpy
    python="$venv/bin/python"
fi

for model in $models; do
    epochs=10
    [ "$model" = mnist-cnn ] && epochs=12
    for seed in $seeds; do
        file="$work/$model-$seed.safetensors"
        events=$("$axon" train --data "mnist:$mnist" --model "$model" --optimizer adam --lr 0.001 --batch-size 128 --normalize global \
                 --epochs "$epochs" --seed "$seed" --threads 2 --save "$file" --json ${train_options[@]+"${train_options[@]}"} 2>/dev/null)
        summary=$(printf '%s\n' "$events" | tail -n 1)
        by_epoch=$(printf '%s\n' "$events" | sed -n 's/.*"event":"epoch".*"test_accuracy":\([0-9.]*\).*/\1/p' | tr '\n' ' ')
        evaluated=$("$axon" evaluate --weights "$file" --data "mnist:$mnist" --json)
        torch_accuracy=$("$python" - "$here" "$mnist" "$file" "$model" <<'PY'
import json
import sys
import numpy as np
import torch
from safetensors import safe_open
from safetensors.torch import load_file
sys.path.insert(0, sys.argv[1])
from pytorch_reference import locate, read_idx  # noqa: E402

nn = torch.nn
networks = {
    "lenet5": lambda: nn.Sequential(nn.Conv2d(1, 6, 5, padding=2), nn.ReLU(), nn.MaxPool2d(2), nn.Conv2d(6, 16, 5),
                                    nn.ReLU(), nn.MaxPool2d(2), nn.Flatten(), nn.Linear(400, 120), nn.ReLU(),
                                    nn.Linear(120, 84), nn.ReLU(), nn.Linear(84, 10)),
    "mnist-cnn": lambda: nn.Sequential(nn.Conv2d(1, 32, 3), nn.ReLU(), nn.Conv2d(32, 64, 3), nn.ReLU(), nn.MaxPool2d(2),
                                       nn.Dropout(0.25), nn.Flatten(), nn.Linear(9216, 128), nn.ReLU(), nn.Dropout(0.5),
                                       nn.Linear(128, 10)),
}
mnist, weights, model = sys.argv[2], sys.argv[3], sys.argv[4]
net = networks[model]()
net.load_state_dict(load_file(weights), strict=True)
net.eval()
# The file's metadata carries the training inputs' scaler: x ↦ (x − shift) / scale.
with safe_open(weights, framework="pt") as f:
    metadata = f.metadata() or {}
shift = np.array(json.loads(metadata.get("normalize.shift", "[0]")), dtype=np.float64)
scale = np.array(json.loads(metadata.get("normalize.scale", "[1]")), dtype=np.float64)
pixels = read_idx(locate(mnist, "t10k-images-idx3-ubyte")).reshape(-1, 784).astype(np.float64) / 255
images = ((pixels - shift) / scale).astype(np.float32).reshape(-1, 1, 28, 28)
labels = read_idx(locate(mnist, "t10k-labels-idx1-ubyte"))
with torch.no_grad():
    predicted = torch.cat([net(torch.from_numpy(images[i:i + 1000])).argmax(1) for i in range(0, len(images), 1000)])
print(f"{(predicted.numpy() == labels).mean():.4f}")
PY
)
        echo "$model seed $seed: train $summary"
        echo "$model seed $seed: test accuracy by epoch $by_epoch"
        echo "$model seed $seed: axon evaluate $evaluated"
        echo "$model seed $seed: pytorch load_state_dict(strict=True) test accuracy $torch_accuracy"
    done
done
