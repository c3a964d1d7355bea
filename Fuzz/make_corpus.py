#!/usr/bin/env python3
"""Builds the fuzz targets' seed corpora from valid files (issue 14).

    Fuzz/make_corpus.py AXON OUTDIR

AXON is a built `axon` (`.build/release/axon`): the model files are what
`axon train --save` and `--checkpoint-dir` write. The other files are made
here with Python's standard library only. OUTDIR gets one folder per target
(safetensors, modelfile, idx, csv), a few KB each; the committed copy is
Fuzz/corpus/. Everything is deterministic (fixed seeds, gzip mtime 0), so
running this again gives the same bytes for the files made here (the model
files depend on Axon's training, so they change when it does).
"""

import gzip
import json
import os
import shutil
import struct
import subprocess
import sys
import tempfile


def safetensors(tensors, metadata=None):
    """A safetensors file: `tensors` is a list of (name, dtype, shape, raw bytes)."""
    header = {}
    if metadata is not None:
        header["__metadata__"] = metadata
    offset = 0
    for name, dtype, shape, data in tensors:
        header[name] = {"dtype": dtype, "shape": shape, "data_offsets": [offset, offset + len(data)]}
        offset += len(data)
    text = json.dumps(header, separators=(",", ":")).encode()
    text += b" " * (-len(text) % 8)  # the reference writer pads the header to 8 bytes
    return struct.pack("<Q", len(text)) + text + b"".join(t[3] for t in tensors)


def floats(values, fmt="<f"):
    return b"".join(struct.pack(fmt, v) for v in values)


def idx(type_code, dims, payload):
    """An IDX file: magic 00 00 TT NN, big-endian dimensions, the elements."""
    return bytes([0, 0, type_code, len(dims)]) + b"".join(struct.pack(">I", d) for d in dims) + payload


def gz(data):
    return gzip.compress(data, compresslevel=9, mtime=0)


def pair(images, labels):
    """The idx target's input: the images file's length (4 bytes, little-endian), it, then the labels file."""
    return struct.pack("<I", len(images)) + images + labels


def write(folder, name, data):
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, name), "wb") as f:
        f.write(data)


def digits_images(count, rows, cols):
    """`count` tiny images: a bright bar whose position is the label."""
    pixels = bytearray()
    labels = bytearray()
    for i in range(count):
        label = i % 10
        for r in range(rows):
            for c in range(cols):
                pixels.append(255 if (r + c + label) % max(rows, 1) == 0 else (i * 7 + r * 3 + c) % 40)
        labels.append(label)
    return bytes(pixels), bytes(labels)


def make_idx(out):
    folder = os.path.join(out, "idx")
    pixels, labels = digits_images(12, 6, 6)
    images = idx(0x08, [12, 6, 6], pixels)
    label_file = idx(0x08, [12], labels)
    write(folder, "raw-raw", pair(images, label_file))
    write(folder, "gz-gz", pair(gz(images), gz(label_file)))
    write(folder, "gz-raw", pair(gz(images), label_file))
    # Two gzip members, as `cat a.gz b.gz` makes: one file when inflated.
    write(folder, "multimember-gz", pair(gz(images[:20]) + gz(images[20:]), gz(label_file)))
    write(folder, "one-image", pair(idx(0x08, [1, 2, 3], bytes([0, 64, 128, 192, 255, 7])), idx(0x08, [1], b"\x03")))
    write(folder, "empty-set", pair(idx(0x08, [0, 4, 4], b""), idx(0x08, [0], b"")))
    # Every other element type, as the images file (IDXReader reads them all;
    # MNIST.loadPair refuses them).
    write(folder, "type-i8", pair(idx(0x09, [2, 3], bytes([0x80, 0xFF, 0, 1, 0x7F, 5])), label_file))
    write(folder, "type-i16", pair(idx(0x0B, [3], struct.pack(">hhh", -32768, 0, 32767)), label_file))
    write(folder, "type-i32", pair(idx(0x0C, [2, 2], struct.pack(">iiii", -2**31, -1, 0, 2**31 - 1)), label_file))
    write(folder, "type-f32-gz", pair(gz(idx(0x0D, [2, 2], struct.pack(">ffff", 0.5, -1.25, 3e38, float("nan")))), label_file))
    write(folder, "type-f64", pair(idx(0x0E, [3], struct.pack(">ddd", 1.0, -0.0, float("inf"))), label_file))
    write(folder, "scalar", pair(idx(0x08, [], b"\x2a"), idx(0x08, [1], b"\x01")))
    return images, label_file


def make_csv(out):
    folder = os.path.join(out, "csv")
    write(folder, "header-classes.csv",
          b"sepal_length,sepal_width,petal_length,petal_width,species\n"
          b"5.1,3.5,1.4,0.2,setosa\n4.9,3.0,1.4,0.2,setosa\n7.0,3.2,4.7,1.4,versicolor\n"
          b"6.4,3.2,4.5,1.5,versicolor\n6.3,3.3,6.0,2.5,virginica\n5.8,2.7,5.1,1.9,virginica\n")
    write(folder, "no-header-indices.csv", b"0.5,1.5,0\n-1,2e3,1\n3.25,-0.125,2\n1,1,1\n")
    write(folder, "quoted.csv",
          b'"x, the first",y,"label ""name"""\n"1.5",2,"a, b"\n3,"4","multi\nline"\n5,6,"a, b"\n')
    write(folder, "crlf-bom-blank.csv",
          b"\xef\xbb\xbfa,b,c\r\n1,2,0\r\n\r\n3,4,1\r\n5,6,0\r\n")
    write(folder, "regression.csv", b"x1,x2,x3,y\n0.1,0.2,0.3,1.5\n1e-3,-2.5,4,0.25\n7,8,9,-3\n")
    write(folder, "label-first.csv", b"kind,x,y\ncat,0.5,1\ndog,1.5,2\ncat,2.5,3\n")  # label=kind
    write(folder, "unicode.csv", "größe,länge,klasse\n1,2,猫\n3,4,犬\n5,6,猫\n".encode())
    write(folder, "spaces-missing.csv", b" a , b ,c\n 1 , 2 ,0\n3,,1\n")
    return os.path.join(folder, "regression.csv")


def make_safetensors(out):
    folder = os.path.join(out, "safetensors")
    tensors = [
        ("weights.f32", "F32", [2, 3], floats([0.5, -1.0, 2.25, 0.0, 1e-3, -7.5])),
        ("bias.f64", "F64", [2], floats([1.0, -2.0], "<d")),
        ("counts.i64", "I64", [3], struct.pack("<qqq", 0, -1, 2**62)),
        ("index.i32", "I32", [2, 1], struct.pack("<ii", 7, -8)),
        ("pixels.u8", "U8", [4], bytes([0, 1, 128, 255])),
        ("mask.bool", "BOOL", [3], bytes([0, 1, 1])),
        ("scalar", "F32", [], floats([3.5])),
        ("empty", "F32", [0, 4], b""),
    ]
    write(folder, "dtypes.safetensors", safetensors(tensors, {"format": "pt", "note": "seed"}))
    write(folder, "no-metadata.safetensors", safetensors(tensors[:2]))
    write(folder, "empty.safetensors", safetensors([]))
    write(folder, "f16-bf16.safetensors", safetensors([
        ("half", "F16", [2], b"\x00\x3c\x00\xc0"), ("brain", "BF16", [2], b"\x80\x3f\x00\x40")]))


def state_dict_4_8_3():
    """A PyTorch-style state_dict (no Axon metadata) of a 4-8-3 MLP: what `--init-weights` and loadWeights read."""
    return safetensors([
        ("0.weight", "F32", [8, 4], floats([((i * 37) % 17 - 8) / 16 for i in range(32)])),
        ("0.bias", "F32", [8], floats([i / 10 for i in range(8)])),
        ("2.weight", "F32", [3, 8], floats([((i * 11) % 13 - 6) / 12 for i in range(24)])),
        ("2.bias", "F32", [3], floats([0.1, -0.2, 0.3])),
    ])


def first_format(model_bytes):
    """The spiral model rewritten with the metadata of the first format (`model` = `mlp`, `sizes`, `activation`)."""
    length = struct.unpack("<Q", model_bytes[:8])[0]
    header = json.loads(model_bytes[8:8 + length])
    data = model_bytes[8 + length:]
    entries = sorted((v["data_offsets"][0], k, v) for k, v in header.items() if k != "__metadata__")
    tensors = [(k, v["dtype"], v["shape"], data[v["data_offsets"][0]:v["data_offsets"][1]]) for _, k, v in entries]
    return safetensors(tensors, {"format": "axon", "model": "mlp", "sizes": "2-8-3", "activation": "relu",
                                 "dtype": "float32", "loss": "cross-entropy", "classes": '["0","1","2"]'})


def run(command):
    result = subprocess.run(command, capture_output=True, text=True)
    if result.returncode != 0:
        sys.exit(f"{' '.join(command)} failed ({result.returncode}):\n{result.stderr}")


def make_models(out, axon, idx_files, regression_csv):
    folder = os.path.join(out, "modelfile")
    os.makedirs(folder, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        mnist = os.path.join(tmp, "mnist")
        os.makedirs(mnist)
        images, labels = idx_files
        for name, data in [("train-images-idx3-ubyte.gz", gz(images)), ("train-labels-idx1-ubyte.gz", gz(labels)),
                           ("t10k-images-idx3-ubyte", images), ("t10k-labels-idx1-ubyte", labels)]:
            write(mnist, name, data)
        runs = [
            ("spiral-mlp", ["--data", "spiral", "--model", "2-8-3"]),
            ("iris-tanh-minmax", ["--data", "iris", "--model", "4-6-3", "--activation", "tanh", "--normalize", "minmax"]),
            ("regression-f64", ["--data", f"csv:{regression_csv},targets=1", "--model", "3-4-1", "--dtype", "float64",
                                "--normalize", "standard"]),
            ("cnn-idx", ["--data", f"mnist:{mnist}", "--normalize", "global", "--model",
                         "conv:2x3,pad=1 batchnorm relu maxpool:2 dropout:0.1 flatten dense:6 layernorm gelu dense:10"]),
        ]
        for name, flags in runs:
            target = os.path.join(folder, name + ".safetensors")
            run([axon, "train", "--epochs", "1", "--seed", "1", "--threads", "1", *flags, "--save", target])
        checkpoints = os.path.join(tmp, "checkpoints")
        run([axon, "train", "--data", "xor", "--model", "2-4-2", "--epochs", "1", "--seed", "1",
             "--threads", "1", "--optimizer", "adam", "--checkpoint-dir", checkpoints])
        shutil.copy(os.path.join(checkpoints, "checkpoint-epoch-0001.safetensors"),
                    os.path.join(folder, "checkpoint-xor.safetensors"))
    with open(os.path.join(folder, "spiral-mlp.safetensors"), "rb") as f:
        write(folder, "first-format-mlp.safetensors", first_format(f.read()))
    write(folder, "state-dict-4-8-3.safetensors", state_dict_4_8_3())
    # Model files are safetensors files too.
    for name in sorted(os.listdir(folder)):
        shutil.copy(os.path.join(folder, name), os.path.join(out, "safetensors", "model-" + name))


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    axon, out = sys.argv[1], sys.argv[2]
    idx_files = make_idx(out)
    regression_csv = make_csv(out)
    make_safetensors(out)
    make_models(out, os.path.abspath(axon), idx_files, os.path.abspath(regression_csv))
    total = sum(os.path.getsize(os.path.join(d, f)) for d, _, fs in os.walk(out) for f in fs)
    print(f"seed corpora in {out}: {total} bytes")


if __name__ == "__main__":
    main()
