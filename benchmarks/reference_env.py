"""The Python that runs the reference side of a comparison (PyTorch, JAX,
numpy/OpenBLAS, onnxruntime): the one named by --python, else this one when
it already imports every module needed, else the repository's .build-venv,
made and filled from the package index the first time (as the acceptance
scripts make it). Axon itself needs no Python.
"""
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
VENV = os.path.join(ROOT, ".build-venv")


def imports(python, modules):
    """Whether `python` imports every one of `modules`."""
    code = "".join(f"import {m}\n" for m in modules)
    return subprocess.run([python, "-c", code], capture_output=True).returncode == 0


def interpreter(modules, packages, named=None):
    """A Python that imports `modules`, installing `packages` into .build-venv if none does."""
    if named:
        if not imports(named, modules):
            sys.exit(f"--python {named} cannot import {', '.join(modules)}")
        return named
    if imports(sys.executable, modules):
        return sys.executable
    python = os.path.join(VENV, "bin", "python")
    if not os.path.exists(python):
        print(f"making {VENV} for the reference side", file=sys.stderr)
        subprocess.run([sys.executable, "-m", "venv", VENV], check=True)
    if not imports(python, modules):
        print(f"installing {' '.join(packages)} into {VENV}", file=sys.stderr)
        subprocess.run([python, "-m", "pip", "install", "--quiet", "--disable-pip-version-check", *packages],
                       check=True)
    return python
