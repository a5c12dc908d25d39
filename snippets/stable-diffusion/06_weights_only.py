import pickle
import tempfile
from pathlib import Path

import numpy as np
import torch
from diffusers import StableDiffusionPipeline
from safetensors.torch import load_file, save_file

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
