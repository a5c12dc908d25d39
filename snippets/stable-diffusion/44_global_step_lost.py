import tempfile
from pathlib import Path

import torch
from diffusers import DDIMScheduler
from diffusers.loaders.single_file_utils import (
    _legacy_load_scheduler,  # what the yaml-only route builds its scheduler with
    infer_diffusers_model_type,
    load_single_file_checkpoint,
)

# An SD 2.x-looking state dict: diffusers detects "v2" by this key's width (1024).
key = "model.diffusion_model.input_blocks.2.1.transformer_blocks.0.attn2.to_k.weight"
state_dict = {key: torch.zeros(2, 1024)}
yaml = {"model": {"params": {"linear_start": 0.00085, "linear_end": 0.012}}}

with tempfile.TemporaryDirectory() as tmp:
    ckpt = Path(tmp) / "sd2-base.ckpt"
    # SD 2.x 512-base was released at global_step 875000, stored next to "state_dict".
    torch.save({"state_dict": state_dict, "global_step": 875000}, ckpt)
    checkpoint = load_single_file_checkpoint(str(ckpt), local_files_only=True)
    print(infer_diffusers_model_type(checkpoint), "global_step" in checkpoint)
    #> v2 False

    # The scheduler is built from this unwrapped dict: global_step is gone ...
    scheduler = _legacy_load_scheduler(
        DDIMScheduler,
        checkpoint=checkpoint,
        component_name="scheduler",
        original_config=yaml,
    )
    print(scheduler.config.prediction_type)  # ... so a 512-base file is read as v
    #> v_prediction

    # The fix: say it yourself, with a scheduler of the right prediction_type.
    fixed = DDIMScheduler.from_config(scheduler.config, prediction_type="epsilon")
    print(fixed.config.prediction_type)
    #> epsilon
