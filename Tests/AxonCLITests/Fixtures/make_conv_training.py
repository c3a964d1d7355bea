#!/usr/bin/env python3
"""PyTorch's trajectory for ConvolutionalTrainParityTests: a small LeNet-like
network trained in float64 with Adam, batches in order, every step's loss and
the final weights.

    python3 make_conv_training.py > conv_training.json     (needs torch)

conv 4@3x3 pad 1, ReLU, max-pool 2, conv 6@3x3, ReLU, max-pool 2, flatten,
dense 24->10, ReLU, dense 10->3; 10 images 1x12x12, batches of 4 (the last
of 2), 3 epochs, Adam lr 0.01, cross-entropy.
"""
import json

import torch

torch.manual_seed(0)
torch.set_default_dtype(torch.float64)
nn = torch.nn
model = nn.Sequential(nn.Conv2d(1, 4, 3, padding=1), nn.ReLU(), nn.MaxPool2d(2), nn.Conv2d(4, 6, 3), nn.ReLU(),
                      nn.MaxPool2d(2), nn.Flatten(), nn.Linear(24, 10), nn.ReLU(), nn.Linear(10, 3))
x = torch.randn(10, 1, 12, 12)
y = torch.randint(0, 3, (10,))
initial = {name: tensor.tolist() for name, tensor in model.state_dict().items()}
optimizer = torch.optim.Adam(model.parameters(), lr=0.01)
losses = []
for epoch in range(3):
    for start in range(0, 10, 4):
        optimizer.zero_grad()
        loss = nn.functional.cross_entropy(model(x[start:start + 4]), y[start:start + 4])
        loss.backward()
        optimizer.step()
        losses.append(loss.item())
print(json.dumps({
    "torch": torch.__version__, "x": x.tolist(), "y": y.tolist(), "batch_size": 4, "epochs": 3, "lr": 0.01,
    "init": initial, "losses": losses,
    "final": {name: tensor.tolist() for name, tensor in model.state_dict().items()},
}))
