import argparse
import pickle
import re
import tempfile
from pathlib import Path

import numpy as np
import torch


def load(path):
    try:
        return torch.load(path)  # weights_only=True: the default since PyTorch 2.6
    except pickle.UnpicklingError as err:
        blocked = re.search(r"Unsupported global: GLOBAL (\S+)", str(err)).group(1)
        return f"{type(err).__name__}: {blocked} is not allowed"


with tempfile.TemporaryDirectory() as tmp:
    path = Path(tmp) / "checkpoint.pth"
    # Tensors, dicts, lists, tuples, str, int, float, bool, None: allowed.
    torch.save({"weight": torch.ones(2), "labels": ["cat", "dog"], "epoch": 3}, path)
    print(load(path))
    #> {'weight': tensor([1., 1.]), 'labels': ['cat', 'dog'], 'epoch': 3}

    # Any other class is refused, even a harmless one: a config object...
    torch.save({"args": argparse.Namespace(lr=0.1)}, path)
    print(load(path))
    #> UnpicklingError: argparse.Namespace is not allowed
    # ...or a NumPy scalar, e.g. a metric computed with NumPy.
    torch.save({"best_acc": np.float64(0.97)}, path)
    print(load(path))
    #> UnpicklingError: numpy._core.multiarray.scalar is not allowed
    # Which globals would a file need? Ask without unpickling it:
    print(sorted(torch.serialization.get_unsafe_globals_in_checkpoint(path)))
    #> ['numpy._core.multiarray.scalar', 'numpy.dtype']
