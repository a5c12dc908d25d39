import tempfile
from pathlib import Path

import torch
from safetensors import safe_open
from safetensors.torch import save_file

# Real SD v1 key names (with tiny tensors): the layout of a trainer's checkpoint.
names = [
    "model.diffusion_model.input_blocks.1.1.proj_in.weight",
    "model.diffusion_model.out.2.bias",
    "first_stage_model.decoder.conv_out.bias",
    "cond_stage_model.transformer.text_model.final_layer_norm.bias",
    "alphas_cumprod",
    "model_ema.decay",
]
state_dict = {name: torch.zeros(2) for name in names}
COMPONENTS = {
    "model.diffusion_model.": "unet",
    "first_stage_model.": "vae",
    "cond_stage_model.transformer.": "text_encoder",
}

with tempfile.TemporaryDirectory() as tmp:
    ckpt, st = Path(tmp) / "model.ckpt", Path(tmp) / "model.safetensors"
    torch.save({"state_dict": state_dict, "global_step": 470000, "epoch": 6}, ckpt)
    save_file(state_dict, st)

    # .ckpt: a pickled dict; the weights sit under "state_dict".
    checkpoint = torch.load(ckpt, map_location="cpu", weights_only=True, mmap=True)
    print(sorted(checkpoint), checkpoint["global_step"])
    #> ['epoch', 'global_step', 'state_dict'] 470000
    # .safetensors: a flat name -> tensor table; list the names without loading.
    with safe_open(st, framework="pt") as f:
        keys = list(f.keys())
    print(sorted(keys) == sorted(checkpoint["state_dict"]))
    #> True
    for key in keys:
        component = next((c for p, c in COMPONENTS.items() if key.startswith(p)), "-")
        print(f"{component:13}{key}")
        #> -            alphas_cumprod
        #> text_encoder cond_stage_model.transformer.text_model.final_layer_norm.bias
        #> vae          first_stage_model.decoder.conv_out.bias
        #> unet         model.diffusion_model.input_blocks.1.1.proj_in.weight
        #> unet         model.diffusion_model.out.2.bias
        #> -            model_ema.decay
