#!/usr/bin/env python3
"""Axon checkpoints and PyTorch training state, converted both ways and checked in float64.

    swift build -c release
    python3 tools/torch_checkpoint.py [--axon .build/release/axon] [--optimizers adam,sgd] [--work DIR]

Cases (--optimizers, default all): sgd, sgd-nesterov, adam, adam-amsgrad, adamw, rmsprop,
adagrad, adadelta, adamax, nadam.

If `import torch` fails, the script makes a virtual environment (tools/.venv-torch, or --venv),
installs torch, safetensors and numpy into it with pip (as pip is configured) and runs itself
again from there.

The script writes a small classification set (60 rows, 4 features, 3 named classes, values that
float32 holds exactly) and, for each optimizer:

- Axon -> PyTorch: `axon train` runs 3 epochs with --checkpoint-dir, then `--resume` continues to
  epoch 5. The epoch-3 checkpoint is loaded into the equivalent torch.nn.Sequential
  (load_state_dict(strict=True)) and torch.optim optimizer (optimizer.load_state_dict), torch
  trains epochs 4-5 on the same batches, and its weights, optimizer state and epoch losses are
  compared with Axon's.
- PyTorch -> Axon: torch trains 3 epochs; axon_checkpoint_from_torch() writes the state as an
  Axon checkpoint; `axon train --resume` continues it to epoch 5 and torch continues its own
  run; the results are compared as above. The converted metadata is also compared with the
  checkpoint Axon itself wrote for the same flags (the parts that do not depend on the weights).

Relative error: for each element, |a - b| / max(|a|, |b|) (0 where both are 0), the largest
over every tensor compared. A row passes when every error is at most --tolerance (1e-10).
Exit status 1 on any failure.

The two converters, torch_state_from_axon() and axon_checkpoint_from_torch(), can be imported.
"""
import argparse
import inspect
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))

# The data set and the run: `axon train` flags shared by every case.
ROWS, FEATURES, CLASS_NAMES = 60, 4, ["iris-c", "iris-a", "iris-b"]  # in file order; Axon numbers them sorted
CENTRES = [[0.5, -0.25, 1.0, 0.0], [-0.75, 0.5, 0.0, 0.25], [0.25, 0.75, -0.5, -1.0]]
SIZES, ACTIVATION, BATCH, SEED = [4, 8, 8, 3], "tanh", 16, 0
FIRST_EPOCHS, TOTAL_EPOCHS = 3, 5

# The optimizers checked: torch.optim class name, keyword arguments, and a label for the table.
# Settings that differ from the class's defaults become `axon train` flags.
CASES = {
    "sgd": ("SGD", {"lr": 0.1, "momentum": 0.9}),
    "sgd-nesterov": ("SGD", {"lr": 0.05, "momentum": 0.9, "nesterov": True, "weight_decay": 1e-3}),
    "adam": ("Adam", {"lr": 0.01}),
    "adam-amsgrad": ("Adam", {"lr": 0.01, "betas": (0.8, 0.99), "amsgrad": True, "weight_decay": 1e-3}),
    "adamw": ("AdamW", {"lr": 0.01, "weight_decay": 0.05}),
    "rmsprop": ("RMSprop", {"lr": 0.01, "momentum": 0.5, "centered": True}),
    "adagrad": ("Adagrad", {"lr": 0.1, "lr_decay": 0.01, "initial_accumulator_value": 0.1}),
    "adadelta": ("Adadelta", {"weight_decay": 1e-3}),
    "adamax": ("Adamax", {"lr": 0.01}),
    "nadam": ("NAdam", {"lr": 0.01}),
}

# Axon's optimizer type names (the `optimizer` of a checkpoint's trainer state), their torch.optim
# classes, `axon train --optimizer` names, and the keys of `hyperparameters` each reports (see
# `hyperparameters` in Sources/AxonOptim/Optimizers/*.swift): torch's param_group names, with
# `betas` split into beta1 and beta2 and flags as 1 or 0.
OPTIMIZERS = {
    "SGD": ("SGD", "sgd", ["momentum", "dampening", "weight_decay", "nesterov"]),
    "Adam": ("Adam", "adam", ["beta1", "beta2", "eps", "weight_decay", "amsgrad", "decoupled_weight_decay"]),
    "AdamW": ("AdamW", "adamw", ["beta1", "beta2", "eps", "weight_decay", "amsgrad", "decoupled_weight_decay"]),
    "RMSProp": ("RMSprop", "rmsprop", ["alpha", "eps", "weight_decay", "momentum", "centered"]),
    "AdaGrad": ("Adagrad", "adagrad", ["lr_decay", "weight_decay", "initial_accumulator_value", "eps"]),
    "Adadelta": ("Adadelta", "adadelta", ["rho", "eps", "weight_decay"]),
    "Adamax": ("Adamax", "adamax", ["beta1", "beta2", "eps", "weight_decay"]),
    "NAdam": ("NAdam", "nadam", ["beta1", "beta2", "eps", "weight_decay", "momentum_decay"]),
}

# param_group settings -> (`axon train` flag, key in the `optimizer` object of its settings JSON).
CLI_FLAGS = {
    "lr": ("--lr", "lr"), "momentum": ("--momentum", "momentum"), "dampening": ("--dampening", "dampening"),
    "nesterov": ("--nesterov", "nesterov"), "weight_decay": ("--weight-decay", "weight_decay"),
    "lr_decay": ("--lr-decay", "lr_decay"), "initial_accumulator_value": ("--initial-accumulator", "initial_accumulator"),
    "alpha": ("--alpha", "alpha"), "centered": ("--centered", "centered"), "beta1": ("--beta1", "beta1"),
    "beta2": ("--beta2", "beta2"), "eps": ("--eps", "eps"), "amsgrad": ("--amsgrad", "amsgrad"),
    "rho": ("--rho", "rho"), "momentum_decay": ("--momentum-decay", "momentum_decay"),
}
CLI_BOOLEANS = ("nesterov", "centered", "amsgrad")

# Axon's activation layers without settings and the torch.nn modules they match.
ACTIVATIONS = {"Tanh": "Tanh", "ReLU": "ReLU", "Sigmoid": "Sigmoid", "SiLU": "SiLU", "Identity": "Identity"}


# MARK: - Setup

def ensure_torch(venv):
    """Imports torch, safetensors and numpy (which safetensors.torch.save_file needs), or installs
    them into the virtual environment `venv` and runs this script again with its Python."""
    try:
        import numpy  # noqa: F401
        import safetensors  # noqa: F401
        import torch  # noqa: F401
        return
    except ImportError as error:
        missing = error.name
    if os.environ.get("AXON_TORCH_VENV") == venv:
        sys.exit(f"error: {missing} is still missing in {venv}; delete it and run again")
    python = os.path.join(venv, "bin", "python")
    if not os.path.exists(python):
        print(f"# {missing} is not installed: making a virtual environment in {venv}", file=sys.stderr)
        subprocess.run([sys.executable, "-m", "venv", venv], check=True)
    if subprocess.run([python, "-c", "import numpy, safetensors, torch"], capture_output=True).returncode != 0:
        # pip's own configuration (index, find-links, proxy) chooses where the packages come from.
        print(f"# installing torch, safetensors and numpy into {venv}", file=sys.stderr)
        subprocess.run([python, "-m", "pip", "install", "--quiet", "torch", "safetensors", "numpy"], check=True)
    os.execve(python, [python, os.path.abspath(__file__)] + sys.argv[1:], dict(os.environ, AXON_TORCH_VENV=venv))


def write_dataset(path):
    """A CSV of ROWS rows: FEATURES features in multiples of 1/64 (exact in float32, which Axon's
    CSV reader keeps, and in float64) around a different centre per class, and the class name.
    Returns (x float64 [ROWS, FEATURES], y int64 [ROWS]) as torch tensors, classes numbered in
    sorted name order as Axon numbers them."""
    import torch
    generator = random.Random(SEED)
    rows, labels = [], []
    for row in range(ROWS):
        label = row % len(CLASS_NAMES)  # the classes interleaved, so every batch holds each
        rows.append([CENTRES[label][feature] + generator.randint(-64, 64) / 64 for feature in range(FEATURES)])
        labels.append(label)
    with open(path, "w") as file:
        file.write(",".join(f"x{i + 1}" for i in range(FEATURES)) + ",class\n")
        for values, label in zip(rows, labels):
            file.write(",".join(repr(v) for v in values) + f",{CLASS_NAMES[label]}\n")
    order = sorted(CLASS_NAMES)
    index = [order.index(CLASS_NAMES[label]) for label in labels]
    return torch.tensor(rows, dtype=torch.float64), torch.tensor(index, dtype=torch.int64)


# MARK: - Architectures

def sequential_from_architecture(torch, architecture):
    """The torch.nn.Sequential of an Axon architecture (a Sequential of Dense and activation layers)."""
    if architecture["type"] != "Sequential":
        raise ValueError(f"cannot build a torch model of an Axon {architecture['type']}: only Sequential is mapped")
    layers = []
    for layer in architecture["config"]["layers"]:
        kind, config = layer["type"], layer.get("config", {})
        if kind == "Dense":
            layers.append(torch.nn.Linear(int(config["inputs"]), int(config["outputs"]), bias=bool(config["bias"])))
        elif kind in ACTIVATIONS:
            layers.append(getattr(torch.nn, ACTIVATIONS[kind])())
        elif kind == "LeakyReLU":
            layers.append(torch.nn.LeakyReLU(config["negativeSlope"]))
        elif kind == "ELU":
            layers.append(torch.nn.ELU(config["alpha"]))
        elif kind == "GELU":
            layers.append(torch.nn.GELU(approximate=config["approximate"]))
        else:
            raise ValueError(f"no torch.nn module mapped for Axon layer {kind}")
    return torch.nn.Sequential(*layers)


def architecture_of(torch, model):
    """The Axon architecture (as a JSON-ready dict) of a torch.nn.Sequential built of the modules
    sequential_from_architecture() makes."""
    layers = []
    for module in model:
        if isinstance(module, torch.nn.Linear):
            config = {"inputs": module.in_features, "outputs": module.out_features, "bias": module.bias is not None}
            layers.append({"type": "Dense", "config": config})
        elif isinstance(module, torch.nn.LeakyReLU):
            layers.append({"type": "LeakyReLU", "config": {"negativeSlope": module.negative_slope}})
        elif isinstance(module, torch.nn.ELU):
            layers.append({"type": "ELU", "config": {"alpha": module.alpha}})
        elif isinstance(module, torch.nn.GELU):
            layers.append({"type": "GELU", "config": {"approximate": module.approximate}})
        else:
            kind = next((axon for axon, name in ACTIVATIONS.items() if type(module) is getattr(torch.nn, name)), None)
            if kind is None:
                raise ValueError(f"no Axon layer mapped for torch module {type(module).__name__}")
            layers.append({"type": kind, "config": {}})
    return {"type": "Sequential", "config": {"layers": layers}}


# MARK: - Optimizer settings

def group_from_hyperparameters(hyperparameters, defaults):
    """torch param_group settings from Axon's `hyperparameters`; `defaults` is a fresh torch
    param_group of the class, which says each setting's type and rejects keys torch lacks."""
    settings = {}
    for key, value in hyperparameters.items():
        if key in ("beta1", "beta2"):
            continue
        if key not in defaults:
            raise ValueError(f"Axon setting {key} has no torch param_group counterpart")
        settings[key] = bool(value) if isinstance(defaults[key], bool) else value
    if "beta1" in hyperparameters:
        settings["betas"] = (hyperparameters["beta1"], hyperparameters["beta2"])
    return settings


def hyperparameters_from_group(axon_type, group):
    """Axon's `hyperparameters` of a torch param_group, with exactly the keys Axon reports."""
    values = {}
    for key in OPTIMIZERS[axon_type][2]:
        if key in ("beta1", "beta2"):
            value = group["betas"][0 if key == "beta1" else 1]
        elif key == "decoupled_weight_decay":
            value = group.get(key, axon_type == "AdamW")
        else:
            value = group[key]
        values[key] = float(value)  # bools become 1.0 or 0.0
    return values


def axon_type_of(torch, optimizer):
    """Axon's type name for a torch.optim optimizer, refusing settings Axon does not have."""
    if len(optimizer.param_groups) != 1:
        raise ValueError("Axon's optimizers have one parameter group; this one has several")
    group = optimizer.param_groups[0]
    if group.get("maximize"):
        raise ValueError("Axon's optimizers minimize; maximize=True has no counterpart")
    name = type(optimizer).__name__
    if name == "Adam" and group.get("decoupled_weight_decay"):
        name = "AdamW"
    if name == "NAdam" and group.get("decoupled_weight_decay"):
        raise ValueError("Axon's NAdam has no decoupled weight decay")
    for axon_type, (torch_name, _, _) in OPTIMIZERS.items():
        if torch_name == name:
            return axon_type
    raise ValueError(f"no Axon optimizer for torch.optim.{name}")


def cli_optimizer(torch, optimizer):
    """The `axon train` flags that build the same optimizer, and the `optimizer` object its
    settings JSON (metadata `axon.train`) records for them: every setting that differs from the
    class's default (which is also Axon's), as a user would type them."""
    axon_type = axon_type_of(torch, optimizer)
    torch_name, cli_name, keys = OPTIMIZERS[axon_type]
    group = optimizer.param_groups[0]
    probe = [torch.nn.Parameter(torch.zeros(1))]
    defaults = getattr(torch.optim, torch_name)(probe).param_groups[0]
    given = hyperparameters_from_group(axon_type, group)
    default = hyperparameters_from_group(axon_type, defaults)
    given["lr"], default["lr"] = float(group["lr"]), float(defaults["lr"])
    flags, settings = ["--optimizer", cli_name], {"name": cli_name}
    for key in ["lr"] + keys:
        if given[key] == default[key]:
            continue
        if key not in CLI_FLAGS:
            raise ValueError(f"axon train has no flag for {key}; only its default {default[key]} can be resumed")
        flag, settings_key = CLI_FLAGS[key]
        if key in CLI_BOOLEANS:
            flags.append(flag)
            settings[settings_key] = True
        else:
            flags += [flag, repr(given[key])]
            settings[settings_key] = given[key]
    for key in CLI_BOOLEANS:
        settings.setdefault(CLI_FLAGS[key][1], False)
    return flags, settings


def train_settings(data, optimizer_settings):
    """The `axon.train` metadata (TrainSettings in Sources/AxonCLI/TrainSettings.swift) the CLI
    writes for this script's flags, with the defaults it fills in once the data are loaded."""
    return {
        "data": data, "normalize": "none", "model": "-".join(map(str, SIZES)), "activation": ACTIVATION,
        "loss": "cross-entropy", "optimizer": optimizer_settings, "batch_size": str(BATCH), "epochs": FIRST_EPOCHS,
        "shuffle": False, "seed": SEED, "dtype": "float64",
    }


def generator_words(seed):
    """Axon's global generator after manualSeed(seed) (xoshiro256** seeded by SplitMix64), as the
    four hexadecimal words a checkpoint records."""
    mask, x, words = (1 << 64) - 1, seed, []
    for _ in range(4):
        x = (x + 0x9E3779B97F4A7C15) & mask
        z = x
        z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & mask
        z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & mask
        words.append(format(z ^ (z >> 31), "x"))
    return words


# MARK: - Converters

def read_safetensors(path):
    """(tensors, metadata) of a safetensors file."""
    from safetensors import safe_open
    with safe_open(path, framework="pt") as file:
        return {name: file.get_tensor(name) for name in file.keys()}, file.metadata() or {}


def torch_state_from_axon(torch, path):
    """The torch model and optimizer of an Axon checkpoint, ready to continue its run, and its
    metadata: the model tensors (names without '/') go through load_state_dict(strict=True); the
    `optimizer/<param>.<slot>` tensors and the trainer metadata's learning rate and
    hyperparameters through optimizer.load_state_dict()."""
    tensors, metadata = read_safetensors(path)
    if metadata.get("format") != "axon" or metadata.get("kind") != "checkpoint":
        raise ValueError(f"{path}: not an Axon checkpoint")
    dtype = {"float64": torch.float64, "float32": torch.float32}[metadata["dtype"]]
    model = sequential_from_architecture(torch, json.loads(metadata["architecture"])).to(dtype)
    model.load_state_dict({name: t for name, t in tensors.items() if "/" not in name}, strict=True)

    trainer = json.loads(metadata["trainer"])
    torch_name = OPTIMIZERS[trainer["optimizer"]][0]
    optimizer_class = getattr(torch.optim, torch_name)
    defaults = optimizer_class(model.parameters()).param_groups[0]
    settings = group_from_hyperparameters(trainer["hyperparameters"], defaults)
    # A setting the class fixes (AdamW's decoupled_weight_decay) is no argument of its constructor.
    accepted = inspect.signature(optimizer_class.__init__).parameters
    for key, value in settings.items():
        if key not in accepted and value != defaults[key]:
            raise ValueError(f"torch.optim.{torch_name} fixes {key} = {defaults[key]}; the checkpoint has {value}")
    arguments = {key: value for key, value in settings.items() if key in accepted}
    optimizer = optimizer_class(model.parameters(), lr=trainer["learning_rate"], **arguments)

    # Parameter i of the param_group is the i-th entry of the model's state_dict.
    names = list(model.state_dict().keys())
    if names != [name for name, _ in model.named_parameters()]:
        raise ValueError("the model's state_dict holds buffers; the parameter indices would not match")
    step_dtype = torch.float64 if torch.get_default_dtype() == torch.float64 else torch.float32
    state = {}
    for name, tensor in tensors.items():
        if not name.startswith("optimizer/"):
            continue
        parameter, slot = name[len("optimizer/"):].rsplit(".", 1)
        if parameter not in names:
            raise ValueError(f"{path}: optimizer tensor {name} names no parameter of the model")
        if slot == "step":
            if torch_name == "SGD":
                continue  # torch's SGD keeps no step count
            tensor = torch.tensor(float(tensor.item()), dtype=step_dtype)
        state.setdefault(names.index(parameter), {})[slot] = tensor
    group = dict(optimizer.state_dict()["param_groups"][0], lr=trainer["learning_rate"], **settings)
    group["params"] = list(range(len(names)))
    optimizer.load_state_dict({"state": state, "param_groups": [group]})
    return model, optimizer, metadata


def axon_checkpoint_from_torch(torch, path, model, optimizer, *, epoch, steps, history, settings,
                               input_shape, loss="cross-entropy", classes=(), seed=0):
    """Writes the state of a torch run as an Axon checkpoint that `axon train --resume` continues.

    - model: a torch.nn.Sequential of Linear and activation layers; optimizer: a torch.optim
      optimizer of one param_group over model.parameters(), in order.
    - epoch, steps: the epochs completed and optimizer steps taken.
    - history: one dict per epoch (epoch, loss, accuracy, learning_rate, epoch_seconds,
      samples_per_second).
    - settings: the `axon.train` settings (train_settings()) of the equivalent command line.
    - seed: the --seed of that command line; the global generator is saved as Axon's after it.
    """
    axon_type = axon_type_of(torch, optimizer)
    group = optimizer.param_groups[0]
    names = list(model.state_dict().keys())
    parameters = list(model.parameters())
    if len(names) != len(parameters) or [id(p) for p in group["params"]] != [id(p) for p in parameters]:
        raise ValueError("the optimizer must hold the model's parameters, in state_dict order, and nothing else")
    tensors = {name: value.detach().clone().contiguous() for name, value in model.state_dict().items()}
    for name, parameter in zip(names, parameters):
        state = optimizer.state.get(parameter, {})
        if not state:
            continue
        # torch's SGD keeps no step count; every parameter took every step.
        count = state["step"].item() if "step" in state else steps
        tensors[f"optimizer/{name}.step"] = torch.tensor(int(count), dtype=torch.int64)
        for slot, value in state.items():
            if slot != "step" and value is not None:
                tensors[f"optimizer/{name}.{slot}"] = value.detach().clone().contiguous()
    dtypes = {str(t.dtype).removeprefix("torch.") for name, t in tensors.items() if "/" not in name}
    if len(dtypes) != 1:
        raise ValueError(f"the model mixes dtypes {sorted(dtypes)}")
    trainer = {
        "version": 1, "epoch": epoch, "steps": steps, "learning_rate": float(group["lr"]),
        "optimizer": axon_type, "hyperparameters": hyperparameters_from_group(axon_type, group),
        "global_generator": generator_words(seed), "module_generators": {}, "callbacks": [],
        "history": {"epochs": history, "stopped_early": False},
    }
    metadata = {
        "format": "axon", "format_version": "2", "architecture": json.dumps(architecture_of(torch, model)),
        "dtype": dtypes.pop(), "input_shape": json.dumps(list(input_shape)), "loss": loss, "kind": "checkpoint",
        "trainer": json.dumps(trainer), "axon.train": json.dumps(settings),
    }
    if classes:
        metadata["classes"] = json.dumps(list(classes))
    from safetensors.torch import save_file
    save_file(tensors, path, metadata=metadata)


# MARK: - Training and comparison

def train(torch, model, optimizer, x, y, first_epoch, last_epoch):
    """Epochs first_epoch...last_epoch in file order, BATCH rows a step (the last batch partial),
    mean cross-entropy, as `axon train --no-shuffle` runs them. Returns the history records."""
    records = []
    for epoch in range(first_epoch, last_epoch + 1):
        model.train()
        start = time.perf_counter()
        loss_sum, correct = 0.0, 0
        for first in range(0, x.shape[0], BATCH):
            inputs, labels = x[first:first + BATCH], y[first:first + BATCH]
            optimizer.zero_grad()
            outputs = model(inputs)
            loss = torch.nn.functional.cross_entropy(outputs, labels)
            loss.backward()
            optimizer.step()
            loss_sum += loss.item() * labels.shape[0]
            correct += int((outputs.detach().argmax(1) == labels).sum())
        seconds = time.perf_counter() - start
        records.append({
            "epoch": epoch, "loss": loss_sum / x.shape[0], "accuracy": correct / x.shape[0],
            "learning_rate": float(optimizer.param_groups[0]["lr"]), "epoch_seconds": seconds,
            "samples_per_second": x.shape[0] / seconds,
        })
    return records


def relative_error(a, b):
    """The largest |a - b| / max(|a|, |b|) over the elements (0 where both are 0)."""
    a, b = a.double(), b.double()
    scale = a.abs().maximum(b.abs())
    difference = (a - b).abs()
    nonzero = scale > 0
    return float((difference[nonzero] / scale[nonzero]).max()) if bool(nonzero.any()) else 0.0


def compare(torch, model, optimizer, final_path, checkpoint_path, torch_history):
    """Torch's run against Axon's: (weights error, optimizer state error, epoch loss error, problems).
    final_path: Axon's saved model; checkpoint_path: Axon's checkpoint of the same epoch."""
    problems = []
    final, _ = read_safetensors(final_path)
    ours = model.state_dict()
    if set(final) != set(ours):
        problems.append(f"weights: Axon has {sorted(final)}, torch {sorted(ours)}")
    weights = max((relative_error(ours[n], final[n]) for n in ours if n in final), default=float("inf"))

    checkpoint, metadata = read_safetensors(checkpoint_path)
    axon_state = {n[len("optimizer/"):]: t for n, t in checkpoint.items() if n.startswith("optimizer/")}
    torch_state = {}
    for name, parameter in zip(ours.keys(), model.parameters()):
        for slot, value in optimizer.state.get(parameter, {}).items():
            torch_state[f"{name}.{slot}"] = value
    state_error = 0.0
    for key in sorted(set(axon_state) | set(torch_state)):
        if key not in torch_state and key.endswith(".step") and isinstance(optimizer, torch.optim.SGD):
            continue
        if key not in axon_state or key not in torch_state:
            problems.append(f"optimizer slot {key} only in {'Axon' if key in axon_state else 'torch'}")
        elif key.endswith(".step"):
            if int(axon_state[key].item()) != int(torch_state[key].item()):
                problems.append(f"{key}: Axon {int(axon_state[key].item())}, torch {int(torch_state[key].item())}")
        else:
            state_error = max(state_error, relative_error(torch_state[key], axon_state[key]))

    axon_history = json.loads(metadata["trainer"])["history"]["epochs"]
    axon_losses = {record["epoch"]: record["loss"] for record in axon_history}
    loss_error = 0.0
    for record in torch_history:
        if record["epoch"] not in axon_losses:
            problems.append(f"Axon's history lacks epoch {record['epoch']}")
            continue
        axon_loss = torch.tensor(axon_losses[record["epoch"]])
        loss_error = max(loss_error, relative_error(torch.tensor(record["loss"]), axon_loss))
    return weights, state_error, loss_error, problems


def metadata_differences(converted, written):
    """What the converter's metadata gets wrong, against a checkpoint `axon train` wrote for the
    same flags at the same epoch: every key, trainer state included, but the history's values."""
    differences = []
    as_json = {"architecture", "input_shape", "classes", "axon.train"}
    for key in sorted(set(converted) | set(written)):
        if key not in converted or key not in written:
            differences.append(f"{key} only in {'the converted file' if key in converted else 'Axon’s'}")
        elif key == "trainer":
            ours, theirs = json.loads(converted[key]), json.loads(written[key])
            for field in sorted(set(ours) | set(theirs)):
                if field == "history":
                    shape = [sorted(r) for r in ours[field]["epochs"]], ours[field]["stopped_early"]
                    expected = [sorted(r) for r in theirs[field]["epochs"]], theirs[field]["stopped_early"]
                    if shape != expected:
                        differences.append(f"trainer.history records {shape}, Axon's {expected}")
                elif ours.get(field) != theirs.get(field):
                    differences.append(f"trainer.{field} {ours.get(field)!r}, Axon's {theirs.get(field)!r}")
        elif key in as_json:
            if json.loads(converted[key]) != json.loads(written[key]):
                differences.append(f"{key} {converted[key]}, Axon's {written[key]}")
        elif converted[key] != written[key]:
            differences.append(f"{key} {converted[key]!r}, Axon's {written[key]!r}")
    return differences


# MARK: - The checks

def run_axon(command, log):
    result = subprocess.run(command, capture_output=True, text=True)
    with open(log, "a") as file:
        file.write("$ " + " ".join(command) + "\n" + result.stdout + result.stderr + "\n")
    if result.returncode != 0:
        raise RuntimeError(f"{' '.join(command)} failed ({result.returncode}):\n{result.stderr.strip()}")


def check_case(torch, args, label, x, y, data_path, directory):
    """Both directions for one optimizer; returns two table rows."""
    torch_name, kwargs = CASES[label]
    os.makedirs(directory, exist_ok=True)
    log = os.path.join(directory, "axon.log")
    steps_per_epoch = -(-ROWS // BATCH)
    compared = (TOTAL_EPOCHS - FIRST_EPOCHS) * steps_per_epoch
    first_run = [args.axon, "train", "--data", f"csv:{data_path}", "--normalize", "none", "--no-shuffle",
                 "--dtype", "float64", "--model", "-".join(map(str, SIZES)), "--activation", ACTIVATION,
                 "--batch-size", str(BATCH)]
    torch.manual_seed(SEED)
    layers = []
    for i in range(len(SIZES) - 1):
        layers.append(torch.nn.Linear(SIZES[i], SIZES[i + 1]))
        if i < len(SIZES) - 2:
            layers.append(torch.nn.Tanh())
    reference = torch.nn.Sequential(*layers)
    optimizer = getattr(torch.optim, torch_name)(reference.parameters(), **kwargs)
    flags, optimizer_settings = cli_optimizer(torch, optimizer)
    rows = []

    def row(direction, measure):
        problems, settings = [], "-"
        try:
            weights, state, losses, settings = measure(problems)
        except Exception as error:  # a failed run or a refused conversion is a failed row, not a crash
            weights = state = losses = float("nan")
            problems.append(f"{type(error).__name__}: {error}")
        passed = not problems and max(weights, state, losses) <= args.tolerance
        rows.append((direction, label, compared, weights, state, losses, settings, "PASS" if passed else "FAIL",
                     problems))

    # Axon -> PyTorch
    axon_dir = os.path.join(directory, "axon")
    written = {}

    def axon_to_torch(problems):
        first = os.path.join(axon_dir, "first")
        resumed = os.path.join(axon_dir, "resumed")
        final = os.path.join(axon_dir, "axon_final.safetensors")
        run_axon(first_run + flags + ["--checkpoint-dir", first, "--epochs", str(FIRST_EPOCHS)], log)
        checkpoint = os.path.join(first, f"checkpoint-epoch-{FIRST_EPOCHS:04d}.safetensors")
        run_axon([args.axon, "train", "--resume", checkpoint, "--epochs", str(TOTAL_EPOCHS), "--save", final,
                  "--checkpoint-dir", resumed], log)
        model, loaded, metadata = torch_state_from_axon(torch, checkpoint)
        written.update(metadata)
        # The param_group the checkpoint gave must be the one the flags came from.
        expected, got = optimizer.param_groups[0], loaded.param_groups[0]
        differences = [f"param_group {key}: {got.get(key)!r}, expected {expected.get(key)!r}"
                       for key in sorted(set(expected) | set(got)) if key != "params" and got.get(key) != expected.get(key)]
        problems += differences
        history = train(torch, model, loaded, x, y, FIRST_EPOCHS + 1, TOTAL_EPOCHS)
        last = os.path.join(resumed, f"checkpoint-epoch-{TOTAL_EPOCHS:04d}.safetensors")
        weights, state, losses, more = compare(torch, model, loaded, final, last, history)
        problems += more
        return weights, state, losses, "differ" if differences else "same"

    row("Axon -> PyTorch", axon_to_torch)

    # PyTorch -> Axon
    def torch_to_axon(problems):
        torch_dir = os.path.join(directory, "torch")
        os.makedirs(torch_dir, exist_ok=True)
        converted = os.path.join(torch_dir, "converted.safetensors")
        final = os.path.join(torch_dir, "final.safetensors")
        history = train(torch, reference, optimizer, x, y, 1, FIRST_EPOCHS)
        axon_checkpoint_from_torch(
            torch, converted, reference, optimizer, epoch=FIRST_EPOCHS, steps=FIRST_EPOCHS * steps_per_epoch,
            history=history, settings=train_settings(f"csv:{data_path}", optimizer_settings),
            input_shape=[FEATURES], classes=sorted(CLASS_NAMES), seed=SEED)
        differences = [f"metadata: {d}" for d in metadata_differences(read_safetensors(converted)[1], written)]
        problems += differences
        settings = ("differ" if differences else "same") if written else "unchecked"
        resumed = os.path.join(torch_dir, "resumed")
        run_axon([args.axon, "train", "--resume", converted, "--epochs", str(TOTAL_EPOCHS), "--save", final,
                  "--checkpoint-dir", resumed], log)
        history = train(torch, reference, optimizer, x, y, FIRST_EPOCHS + 1, TOTAL_EPOCHS)
        last = os.path.join(resumed, f"checkpoint-epoch-{TOTAL_EPOCHS:04d}.safetensors")
        weights, state, losses, more = compare(torch, reference, optimizer, final, last, history)
        problems += more
        return weights, state, losses, settings

    row("PyTorch -> Axon", torch_to_axon)
    return rows


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--axon", default=os.path.join(".build", "release", "axon"), help="the axon binary")
    parser.add_argument("--optimizers", default=",".join(CASES),
                        help="comma-separated cases (default: all): " + ", ".join(CASES))
    parser.add_argument("--tolerance", type=float, default=1e-10, help="largest relative error that passes")
    parser.add_argument("--work", help="keep the files here (default: a temporary folder, deleted)")
    parser.add_argument("--venv", default=os.path.join(HERE, ".venv-torch"),
                        help="where to install torch if it is missing (default: tools/.venv-torch)")
    args = parser.parse_args()
    labels = [label for label in args.optimizers.split(",") if label]
    unknown = [label for label in labels if label not in CASES]
    if unknown:
        parser.error(f"unknown optimizer case(s) {', '.join(unknown)}; expected some of {', '.join(CASES)}")
    args.axon = os.path.abspath(args.axon)
    if not os.access(args.axon, os.X_OK):
        parser.error(f"--axon {args.axon}: no such executable (swift build -c release first)")

    ensure_torch(os.path.abspath(args.venv))
    import torch
    torch.set_default_dtype(torch.float64)  # float64 throughout, optimizer step counts included

    work = os.path.abspath(args.work) if args.work else tempfile.mkdtemp(prefix="axon-torch-checkpoint-")
    os.makedirs(work, exist_ok=True)
    print(f"# PyTorch {torch.__version__}, Axon {args.axon}, files in {work}")
    try:
        data_path = os.path.join(work, "classes.csv")
        x, y = write_dataset(data_path)
        rows = []
        for label in labels:
            rows += check_case(torch, args, label, x, y, data_path, os.path.join(work, label))
    finally:
        if not args.work:
            shutil.rmtree(work, ignore_errors=True)

    print(f"{'direction':16} {'optimizer':13} {'steps':>5} {'weights':>9} {'opt state':>9} {'losses':>9} "
          f"{'settings':>9}  result")
    for direction, label, steps, weights, state, losses, settings, result, _ in rows:
        print(f"{direction:16} {label:13} {steps:5d} {weights:9.2e} {state:9.2e} {losses:9.2e} {settings:>9}  {result}")
    print(f"weights, opt state, losses: max relative error after epochs {FIRST_EPOCHS + 1}-{TOTAL_EPOCHS} "
          f"(a row passes at <= {args.tolerance:.0e});")
    print("settings: the loaded param_group (Axon -> PyTorch) or the converted metadata (PyTorch -> Axon) "
          "against the reference")
    failures = [row for row in rows if row[7] == "FAIL"]
    for direction, label, *_, problems in failures:
        for problem in problems:
            print(f"FAIL {direction} {label}: {problem}")
    if failures:
        print(f"{len(failures)} of {len(rows)} checks failed")
        sys.exit(1)
    print(f"all {len(rows)} checks passed")


if __name__ == "__main__":
    main()
