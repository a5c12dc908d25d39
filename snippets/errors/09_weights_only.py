import argparse
import pickle
import re
import tempfile
import textwrap
from pathlib import Path

import torch
from torch import nn

model = nn.Linear(4, 2)
args = argparse.Namespace(lr=0.1, epochs=3)  # a training script's options
with tempfile.TemporaryDirectory() as tmp:
    path = Path(tmp) / "checkpoint.pth"
    torch.save({"model": model.state_dict(), "args": args}, path)
    try:
        torch.load(path)  # weights_only=True is the default since PyTorch 2.6
    except pickle.UnpicklingError as err:
        message = re.sub(r"\x1b\[\d+m", "", f"{type(err).__name__}: {err}")  # no bold
        print("\n".join(textwrap.fill(x.strip(), 80) for x in message.splitlines()))
        """
        UnpicklingError: Weights only load failed. This file can still be loaded, to do
        so you have two options, do those steps only if you trust the source of the
        checkpoint.
        (1) In PyTorch 2.6, we changed the default value of the `weights_only` argument
        in `torch.load` from `False` to `True`. Re-running `torch.load` with
        `weights_only` set to `False` will likely succeed, but it can result in
        arbitrary code execution. Do it only if you got the file from a trusted source.
        (2) Alternatively, to load with `weights_only=True` please check the recommended
        steps in the following error message.
        WeightsUnpickler error: Unsupported global: GLOBAL argparse.Namespace was not an
        allowed global by default. Please use
        `torch.serialization.add_safe_globals([argparse.Namespace])` or the
        `torch.serialization.safe_globals([argparse.Namespace])` context manager to
        allowlist this global if you trust this class/function.

        Check the documentation of torch.load to learn more about types accepted by
        default with weights_only
        https://pytorch.org/docs/stable/generated/torch.load.html.
        """

    # Fix 1: allow exactly the classes the file needs (if you trust the file).
    with torch.serialization.safe_globals([argparse.Namespace]):
        print(torch.load(path)["args"])
        #> Namespace(lr=0.1, epochs=3)
    # Fix 2: a file you made yourself and trust: the full unpickler.
    print(sorted(torch.load(path, weights_only=False)))
    #> ['args', 'model']

    # Fix 3, for next time: save plain data (dicts, lists, numbers, tensors).
    torch.save({"model": model.state_dict(), "args": vars(args)}, path)
    print(torch.load(path)["args"])
    #> {'lr': 0.1, 'epochs': 3}
