import tempfile

import torch
from diffusers import UNet2DConditionModel
from diffusers.loaders.single_file_utils import (
    convert_ldm_clip_checkpoint,
    create_diffusers_clip_model_from_ldm,
)
from transformers import CLIPTextConfig, CLIPTextModel


def main():
    torch.manual_seed(0)
    unet = UNet2DConditionModel(  # the tiny SD v1 UNet of the page
        block_out_channels=(32, 64),
        layers_per_block=1,
        down_block_types=("CrossAttnDownBlock2D", "DownBlock2D"),
        up_block_types=("UpBlock2D", "CrossAttnUpBlock2D"),
        cross_attention_dim=32,
        attention_head_dim=2,
    )
    text_encoder = CLIPTextModel(
        CLIPTextConfig(
            vocab_size=54,
            hidden_size=32,
            num_hidden_layers=2,
            num_attention_heads=4,
            bos_token_id=0,
            eos_token_id=1,
            pad_token_id=1,
        )
    )
    # What an unpruned SD v1 checkpoint holds besides the pruned one's tensors:
    checkpoint, ema_weights = unpruned_checkpoint(unet, text_encoder)
    print(sum(k.startswith("model.diffusion_model.") for k in checkpoint))
    #> 208
    print(sum(k.startswith("model_ema.") for k in checkpoint))  # + decay, num_updates
    #> 210
    print(sorted(k for k in checkpoint if k.startswith("model_ema."))[:3])
    """
    ['model_ema.decay', 'model_ema.diffusion_modelinput_blocks00bias', 'model_ema.diffusion_modelinput_blocks00weight']
    """

    with tempfile.TemporaryDirectory() as config:
        unet.save_config(f"{config}/unet")
        text_encoder.config.save_pretrained(f"{config}/text_encoder")

        # The EMA copy is only taken when asked for (and when it has > 100 keys).
        for extract_ema in (False, True):
            loaded = UNet2DConditionModel.from_single_file(
                checkpoint, config=config, subfolder="unet", extract_ema=extract_ema
            )
            weights = loaded.state_dict()
            trained = all(
                torch.equal(weights[k], v) for k, v in unet.state_dict().items()
            )
            ema = all(torch.equal(weights[k], v) for k, v in ema_weights.items())
            print(f"extract_ema={extract_ema}: training weights {trained}, EMA {ema}")
            #> extract_ema=False: training weights True, EMA False
            #> extract_ema=True: training weights False, EMA True

        # position_ids: saved by older transformers. Current CLIPTextModel still has
        # the buffer, but as a non-persistent one: kept out of its state_dict.
        name = "embeddings.position_ids"
        buffers, weights = dict(text_encoder.named_buffers()), text_encoder.state_dict()
        print(name in buffers, name in weights)
        #> True False
        clip = convert_ldm_clip_checkpoint(checkpoint)
        clip = {k.removeprefix("text_model."): v for k, v in clip.items()}
        print([k for k in clip if "position_ids" in k])
        #> ['embeddings.position_ids']
        try:
            CLIPTextModel(text_encoder.config).load_state_dict(clip)
        except RuntimeError as err:
            print(str(err).splitlines()[1].strip())
            #> Unexpected key(s) in state_dict: "embeddings.position_ids".
        # from_single_file's loader skips keys the model does not have.
        loaded = create_diffusers_clip_model_from_ldm(
            CLIPTextModel, checkpoint, subfolder="text_encoder", config=config
        )
        same = [
            torch.equal(v, loaded.state_dict()[k])
            for k, v in text_encoder.state_dict().items()
        ]
        print(all(same))
        #> True


def unpruned_checkpoint(unet, text_encoder):
    names = (
        {  # UNet: diffusers module -> original module (SD v1, see the fixture above)
            "conv_in": "input_blocks.0.0",
            "time_embedding.linear_1": "time_embed.0",
            "time_embedding.linear_2": "time_embed.2",
            "mid_block.resnets.0": "middle_block.0",
            "mid_block.attentions.0": "middle_block.1",
            "mid_block.resnets.1": "middle_block.2",
            "conv_norm_out": "out.0",
            "conv_out": "out.2",
        }
    )
    for b, up_type in enumerate(unet.config.up_block_types):
        for j in range(2):  # layers_per_block + 1
            i, o = b * 2 + j + 1, b * 2 + j
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
    checkpoint, ema_weights = {}, {}
    for key, value in unet.state_dict().items():
        module = next(m for m in names if key.startswith(m + "."))
        rest = key[len(module) + 1 :]
        if ".resnets." in key:
            layer, param = rest.split(".")
            rest = f"{resnet[layer]}.{param}"
        name = f"diffusion_model.{names[module]}.{rest}"
        checkpoint[f"model.{name}"] = value
        # LitEma: a second copy, averaged over training, names without dots.
        ema_weights[key] = value + 0.01 * torch.randn_like(value)
        checkpoint["model_ema." + name.replace(".", "")] = ema_weights[key]
    checkpoint["model_ema.decay"] = torch.tensor(0.9999)
    checkpoint["model_ema.num_updates"] = torch.tensor(1000, dtype=torch.int32)
    for key, value in text_encoder.state_dict().items():
        checkpoint[f"cond_stage_model.transformer.text_model.{key}"] = value
    checkpoint["cond_stage_model.transformer.text_model.embeddings.position_ids"] = (
        torch.arange(77)[None]
    )
    return checkpoint, ema_weights


main()
