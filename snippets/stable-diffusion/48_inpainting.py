import tempfile
import textwrap

import torch
from diffusers import UNet2DConditionModel
from diffusers.loaders.single_file_utils import (
    fetch_diffusers_config,
    infer_diffusers_model_type,
)


def unet(in_channels):  # the page's tiny SD v1 UNet
    return UNet2DConditionModel(
        in_channels=in_channels,
        block_out_channels=(32, 64),
        layers_per_block=1,
        down_block_types=("CrossAttnDownBlock2D", "DownBlock2D"),
        up_block_types=("UpBlock2D", "CrossAttnUpBlock2D"),
        attention_head_dim=2,
        cross_attention_dim=32,
    )


def main():
    torch.manual_seed(0)
    # An inpainting UNet reads 9 channels: the noisy latent (4), the mask (1) and
    # the masked image's latent (4). Only conv_in's weight shows it.
    inpaint = unet(in_channels=9)
    checkpoint = original_checkpoint(inpaint)  # under the original names
    print(checkpoint["model.diffusion_model.input_blocks.0.0.weight"].shape)
    #> torch.Size([32, 9, 3, 3])
    print(infer_diffusers_model_type(checkpoint))
    #> inpainting
    print(fetch_diffusers_config(checkpoint)["pretrained_model_name_or_path"])
    #> stable-diffusion-v1-5/stable-diffusion-inpainting

    with tempfile.TemporaryDirectory() as config:
        unet(in_channels=4).save_config(f"{config}/unet")  # a text-to-image config
        try:
            UNet2DConditionModel.from_single_file(
                checkpoint, config=config, subfolder="unet"
            )
        except ValueError as err:
            message = f"{type(err).__name__}: {str(err).split(' If you')[0]}"
            for line in textwrap.wrap(message, 68):  # the message, wrapped
                print(line)
                #> ValueError: Cannot load  because conv_in.weight expected shape
                #> torch.Size([32, 4, 3, 3]), but got torch.Size([32, 9, 3, 3]).
        # Fix 1: override the channel count (num_in_channels is the legacy name).
        loaded = UNet2DConditionModel.from_single_file(
            checkpoint, config=config, subfolder="unet", in_channels=9
        )
        print(loaded.config.in_channels)
        #> 9

    # Fix 2 (better): the inpainting model's own config folder.
    with tempfile.TemporaryDirectory() as config:
        unet(in_channels=9).save_config(f"{config}/unet")
        loaded = UNet2DConditionModel.from_single_file(
            checkpoint, config=config, subfolder="unet"
        )
        weights = inpaint.state_dict()
        same = [torch.equal(v, weights[k]) for k, v in loaded.state_dict().items()]
        print(loaded.config.in_channels, all(same))
        #> 9 True


# ---- The UNet's weights under the original names: the page's table, reversed. ----
def original_checkpoint(unet):
    L = unet.config.layers_per_block
    names = {  # diffusers module -> original module
        "conv_in": "input_blocks.0.0",
        "time_embedding.linear_1": "time_embed.0",
        "time_embedding.linear_2": "time_embed.2",
        "mid_block.resnets.0": "middle_block.0",
        "mid_block.attentions.0": "middle_block.1",
        "mid_block.resnets.1": "middle_block.2",
        "conv_norm_out": "out.0",
        "conv_out": "out.2",
    }
    for b, up_type in enumerate(unet.config.up_block_types):
        for j in range(L + 1):  # j == L: where the down block's downsampler sits
            i, o = b * (L + 1) + j + 1, b * (L + 1) + j
            names[f"down_blocks.{b}.resnets.{j}"] = f"input_blocks.{i}.0"
            names[f"down_blocks.{b}.attentions.{j}"] = f"input_blocks.{i}.1"
            names[f"up_blocks.{b}.resnets.{j}"] = f"output_blocks.{o}.0"
            names[f"up_blocks.{b}.attentions.{j}"] = f"output_blocks.{o}.1"
        names[f"down_blocks.{b}.downsamplers.0.conv"] = f"input_blocks.{i}.0.op"
        slot = 2 if "CrossAttn" in up_type else 1
        names[f"up_blocks.{b}.upsamplers.0"] = f"output_blocks.{o}.{slot}"
    resnet = {
        "norm1": "in_layers.0",
        "conv1": "in_layers.2",
        "time_emb_proj": "emb_layers.1",
        "norm2": "out_layers.0",
        "conv2": "out_layers.3",
        "conv_shortcut": "skip_connection",
    }
    checkpoint = {}
    for key, value in unet.state_dict().items():
        module = next(m for m in names if key.startswith(m + "."))
        rest = key[len(module) + 1 :]
        if ".resnets." in key:
            layer, param = rest.split(".")
            rest = f"{resnet[layer]}.{param}"
        checkpoint[f"model.diffusion_model.{names[module]}.{rest}"] = value
    return checkpoint


main()
