import tempfile
import textwrap

import torch
from diffusers import UNet2DConditionModel
from diffusers.loaders.single_file_utils import (
    fetch_diffusers_config,
    infer_diffusers_model_type,
)


def unet(cross_attention_dim):  # SD v1's layout, tiny: 2 layers per level
    return UNet2DConditionModel(
        block_out_channels=(32, 64),
        layers_per_block=2,
        down_block_types=("CrossAttnDownBlock2D", "DownBlock2D"),
        up_block_types=("UpBlock2D", "CrossAttnUpBlock2D"),
        attention_head_dim=2,
        cross_attention_dim=cross_attention_dim,
    )


def main():
    torch.manual_seed(0)
    # The text encoder's width is the width of every cross-attention input:
    # 768 for SD v1 (CLIP ViT-L), 1024 for SD 2.x (OpenCLIP ViT-H).
    sd2 = unet(cross_attention_dim=1024)  # the checkpoint's model
    checkpoint = original_checkpoint(sd2)  # under the original names, as in a .ckpt
    print(infer_diffusers_model_type(checkpoint))  # diffusers reads the width too
    #> v2
    print(fetch_diffusers_config(checkpoint)["pretrained_model_name_or_path"])
    #> stabilityai/stable-diffusion-2-1

    # Loading it with the config folder of SD v1 (cross_attention_dim 768):
    with tempfile.TemporaryDirectory() as config:
        unet(cross_attention_dim=768).save_config(f"{config}/unet")
        try:
            UNet2DConditionModel.from_single_file(
                checkpoint, config=config, subfolder="unet"
            )
        except ValueError as err:
            message = f"{type(err).__name__}: {str(err).split(' If you')[0]}"
            for line in textwrap.wrap(message, 68):  # the message, wrapped
                print(line)
                #> ValueError: Cannot load  because
                #> down_blocks.0.attentions.0.transformer_blocks.0.attn2.to_k.weight
                #> expected shape torch.Size([32, 768]), but got torch.Size([32,
                #> 1024]).

    # The same mistake in a strict load_state_dict, as many scripts load weights:
    try:
        unet(cross_attention_dim=768).load_state_dict(sd2.state_dict())
    except RuntimeError as err:
        for line in textwrap.wrap(str(err).splitlines()[1].strip(), 68):
            print(line)
            #> size mismatch for
            #> down_blocks.0.attentions.0.transformer_blocks.0.attn2.to_k.weight:
            #> copying a param with shape torch.Size([32, 1024]) from checkpoint,
            #> the shape in current model is torch.Size([32, 768]).

    # The fix: the config of the checkpoint's own base model.
    with tempfile.TemporaryDirectory() as config:
        unet(cross_attention_dim=1024).save_config(f"{config}/unet")
        loaded = UNet2DConditionModel.from_single_file(
            checkpoint, config=config, subfolder="unet"
        )
        print(loaded.config.cross_attention_dim)
        #> 1024


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
