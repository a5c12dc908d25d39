import tempfile
from pathlib import Path

import torch
from diffusers import AutoencoderKL
from safetensors.torch import save_file


def main():
    torch.manual_seed(0)
    vae = AutoencoderKL(  # the page's tiny SD v1 VAE: a fine-tuned one, say
        block_out_channels=(32, 64),
        down_block_types=("DownEncoderBlock2D",) * 2,
        up_block_types=("UpDecoderBlock2D",) * 2,
    )
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        vae.save_config(folder / "config" / "vae")  # the base model's config folder
        # A VAE file holds the VAE alone, under the original names; with or
        # without the first_stage_model. prefix of a full checkpoint.
        weights = original_names(vae)
        save_file(weights, folder / "vae.safetensors")
        prefixed = {f"first_stage_model.{k}": v for k, v in weights.items()}
        save_file(prefixed, folder / "vae-prefixed.safetensors")
        print(next(iter(weights)))
        #> encoder.conv_in.weight

        for name in ("vae.safetensors", "vae-prefixed.safetensors"):
            loaded = AutoencoderKL.from_single_file(
                folder / name, config=str(folder / "config"), subfolder="vae"
            )
            sa, sb = vae.state_dict(), loaded.state_dict()
            print(name, all(torch.equal(sa[k], sb[k]) for k in sa))
            #> vae.safetensors True
            #> vae-prefixed.safetensors True
        # Then: StableDiffusionPipeline.from_single_file(ckpt, config=..., vae=loaded)
        # or from_pretrained(folder, vae=loaded), or pipe.vae = loaded.


# ---- The VAE's weights under the original (LDM) names: the page's table, reversed.
def original_names(vae):
    n = len(vae.config.block_out_channels)
    names = {  # substrings, replaced in this order
        "conv_norm_out": "norm_out",
        "conv_shortcut": "nin_shortcut",
        "mid_block.attentions.0": "mid.attn_1",
        "mid_block.resnets.0": "mid.block_1",
        "mid_block.resnets.1": "mid.block_2",
        "group_norm": "norm",
        "to_q": "q",
        "to_k": "k",
        "to_v": "v",
        "to_out.0": "proj_out",
    }
    for i in range(n):
        names[f"down_blocks.{i}.resnets"] = f"down.{i}.block"
        names[f"down_blocks.{i}.downsamplers.0"] = f"down.{i}.downsample"
        names[f"up_blocks.{i}.resnets"] = f"up.{n - 1 - i}.block"  # from the bottom
        names[f"up_blocks.{i}.upsamplers.0"] = f"up.{n - 1 - i}.upsample"
    weights = {}
    for key, value in vae.state_dict().items():
        for old, new in names.items():
            key = key.replace(old, new)
        if ".attn_1." in key and value.ndim == 2:
            value = value[:, :, None, None]  # LDM's VAE attention: 1x1 convolutions
        weights[key] = value
    return weights


main()
