import datetime
import io
import pickle
import tempfile
from collections import OrderedDict
from pathlib import Path

import numpy as np
import torch
from diffusers import StableDiffusionPipeline
from safetensors.torch import load_file, save_file

# What weights_only=True loads besides tensors, dicts, lists, numbers and strings:
# other plain containers, None, a few torch types. Any other class is refused.
objects = [(1, 2), {1, 2}, b"x", None, OrderedDict(a=1), torch.Size([2])]
objects += [torch.float16, torch.device("cpu"), datetime.date(2020, 1, 1)]
for obj in objects:
    buffer = io.BytesIO()
    torch.save(obj, buffer)
    buffer.seek(0)
    try:
        torch.load(buffer, weights_only=True)
        verdict = "loads"
    except pickle.UnpicklingError:
        verdict = "refused"
    print(f"{type(obj).__name__:12}{verdict}")
    #> tuple       loads
    #> set         loads
    #> bytes       loads
    #> NoneType    loads
    #> OrderedDict loads
    #> Size        loads
    #> dtype       loads
    #> device      loads
    #> date        refused

state_dict = {"model.diffusion_model.out.2.bias": torch.zeros(4)}
with tempfile.TemporaryDirectory() as tmp:
    ckpt = Path(tmp) / "lightning.ckpt"
    # Lightning-style extras: a NumPy scalar is not on torch's allowlist.
    torch.save({"state_dict": state_dict, "best_score": np.float64(0.12)}, ckpt)

    try:
        torch.load(ckpt, weights_only=True)  # the default since PyTorch 2.6
    except pickle.UnpicklingError as e:
        print(str(e).split("WeightsUnpickler error: ")[1].split(" was not")[0])
        #> Unsupported global: GLOBAL numpy._core.multiarray.scalar
    try:  # diffusers loads .ckpt the same way, but re-raises as OSError
        StableDiffusionPipeline.from_single_file(ckpt)
    except OSError as e:
        print(str(e).split(" for ")[0], "<-", type(e.__context__.__context__).__name__)
        #> Unable to load weights from checkpoint file <- UnpicklingError

    # Fix 1: allowlist exactly the globals it needs, still weights_only=True.
    print(sorted(torch.serialization.get_unsafe_globals_in_checkpoint(ckpt)))
    #> ['numpy._core.multiarray.scalar', 'numpy.dtype']
    numpy_types = [np._core.multiarray.scalar, np.dtype, np.dtypes.Float64DType]
    with torch.serialization.safe_globals(numpy_types):
        checkpoint = torch.load(ckpt, weights_only=True)
    print(checkpoint["best_score"])
    #> 0.12

    # Fix 2: keep only the tensors, as .safetensors: no pickle, nothing to allow.
    save_file(checkpoint["state_dict"], Path(tmp) / "model.safetensors")
    print(list(load_file(Path(tmp) / "model.safetensors")))
    #> ['model.diffusion_model.out.2.bias']
