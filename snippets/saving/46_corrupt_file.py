import os
import pickle
import tempfile
from pathlib import Path

import torch


def try_load(path, **kwargs):
    try:
        torch.load(path, **kwargs)
        return "loaded"
    except (RuntimeError, EOFError, pickle.UnpicklingError) as err:
        first = str(err).split(". ")[0]
        return f"{type(err).__name__}: {first}" if first else type(err).__name__


def save_atomic(obj, path):  # a crash can no longer leave half a file at `path`
    partial = path.with_name(path.name + ".partial")
    torch.save(obj, partial)
    os.replace(partial, path)  # atomic on the same file system


torch.manual_seed(0)
with tempfile.TemporaryDirectory() as tmp:
    path = Path(tmp) / "model.pth"
    torch.save({"weight": torch.randn(100_000)}, path)  # about 400 kB
    data = path.read_bytes()

    path.write_bytes(data[: len(data) // 2])  # a save or a download cut short
    print(try_load(path))
    #> RuntimeError: PytorchStreamReader failed reading zip archive: failed finding central directory
    path.write_bytes(b"")  # an empty file
    print(try_load(path))
    #> EOFError
    path.write_bytes(b"<!DOCTYPE html><html>")  # a web page saved as a checkpoint
    print(try_load(path, weights_only=False))
    #> UnpicklingError: invalid load key, '<'.

    save_atomic({"weight": torch.randn(100_000)}, path)
    print(try_load(path), sorted(p.name for p in Path(tmp).iterdir()))
    #> loaded ['model.pth']
