import tempfile
import warnings
from pathlib import Path

import torch
import yaml
from diffusers import (
    AutoencoderKL,
    PNDMScheduler,
    StableDiffusionPipeline,
    UNet2DConditionModel,
)
from diffusers.loaders.single_file_utils import (
    create_unet_diffusers_config_from_ldm,
    create_vae_diffusers_config_from_ldm,
)
from safetensors.torch import save_file
from transformers import CLIPTextConfig, CLIPTextModel, CLIPTokenizer

NO_SAFETY_CHECKER = {
    "safety_checker": None,
    "feature_extractor": None,
    "requires_safety_checker": False,
}


def main():
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        make_tiny_sd(folder)  # the fixture of the tiny model, below

        # python convert_original_stable_diffusion_to_diffusers.py \
        #     --checkpoint_path tiny-sd.safetensors --from_safetensors \
        #     --original_config_file v1-tiny-inference.yaml \
        #     --half --to_safetensors --dump_path tiny-sd-fp16
        # is, with from_single_file (config= a local folder: no Hub):
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            pipe = StableDiffusionPipeline.from_single_file(
                folder / "tiny-sd.safetensors",  # .safetensors or .ckpt: both read
                config=str(folder / "config"),
                original_config_file=str(folder / "v1-tiny-inference.yaml"),
                local_files_only=True,
            )
        # The script's keyword still works, with a warning: the new one is original_config.
        print(caught[0].category.__name__, str(caught[0].message).split(". ")[0])
        """
        FutureWarning `original_config_file` is deprecated and will be removed in version 1.0.0
        """
        pipe.save_pretrained(folder / "tiny-sd-fp32")
        pipe.to(torch.float16)  # --half
        pipe.save_pretrained(folder / "tiny-sd-fp16")  # safetensors: the default
        # The Hub's convention for float16 files: a variant, next to the float32 ones.
        pipe.save_pretrained(folder / "tiny-sd-fp32", variant="fp16")
        pipe.save_pretrained(folder / "tiny-sd-variant", variant="fp16")  # fp16 only

        unet32, unet16 = folder / "tiny-sd-fp32/unet", folder / "tiny-sd-fp16/unet"
        print(*sorted(p.name for p in unet32.glob("*.safetensors")))
        #> diffusion_pytorch_model.fp16.safetensors diffusion_pytorch_model.safetensors
        weights = "diffusion_pytorch_model.safetensors"
        mb = [(unet / weights).stat().st_size / 1e6 for unet in (unet32, unet16)]
        print(f"float32 {mb[0]:.1f} MB, float16 {mb[1]:.1f} MB")
        #> float32 3.2 MB, float16 1.6 MB

        # Loading: say the dtype. Without it the diffusers models come back as
        # float32 and the transformers text encoder stays float16.
        mixed = StableDiffusionPipeline.from_pretrained(folder / "tiny-sd-fp16")
        print(mixed.unet.dtype, mixed.text_encoder.dtype)
        #> torch.float32 torch.float16
        try:  # variant files are read only when asked for
            StableDiffusionPipeline.from_pretrained(folder / "tiny-sd-variant")
        except OSError as err:
            print(f"{type(err).__name__}: {str(err)[:19]} …")
            #> OSError: Error no file named …
        half = StableDiffusionPipeline.from_pretrained(
            folder / "tiny-sd-variant", variant="fp16", dtype=torch.float16
        )
        print(half.unet.dtype, half.text_encoder.dtype, half.vae.dtype)
        #> torch.float16 torch.float16 torch.float16


# ---- The fixture: what a trainer leaves you, shrunk, with random weights. -------
YAML = """
model:
  target: ldm.models.diffusion.ddpm.LatentDiffusion
  params:
    linear_start: 0.00085
    linear_end: 0.012
    scale_factor: 0.18215
    unet_config:
      target: ldm.modules.diffusionmodules.openaimodel.UNetModel
      params: {in_channels: 4, out_channels: 4, model_channels: 32, channel_mult: [1, 2],
               num_res_blocks: 1, attention_resolutions: [1], num_heads: 2,
               use_spatial_transformer: true, transformer_depth: 1, context_dim: 32}
    first_stage_config:
      target: ldm.models.autoencoder.AutoencoderKL
      params:
        embed_dim: 4
        ddconfig: {double_z: true, z_channels: 4, in_channels: 3, out_ch: 3, ch: 32,
                   ch_mult: [1, 2], num_res_blocks: 1, attn_resolutions: []}
    cond_stage_config:
      target: ldm.modules.encoders.modules.FrozenCLIPEmbedder
"""


def make_tiny_sd(folder):
    # Diffusers components of the yaml's shape (built from the yaml), random weights.
    original = yaml.safe_load(YAML)
    torch.manual_seed(0)
    unet = UNet2DConditionModel(**create_unet_diffusers_config_from_ldm(original, {}))
    vae = AutoencoderKL(**create_vae_diffusers_config_from_ldm(original, {}))
    vocab = {"<|startoftext|>": 0, "<|endoftext|>": 1}
    for c in "abcdefghijklmnopqrstuvwxyz":
        vocab[c], vocab[c + "</w>"] = len(vocab), len(vocab) + 1
    tokenizer = CLIPTokenizer(vocab=vocab, merges=[], model_max_length=77)
    text_encoder = CLIPTextModel(
        CLIPTextConfig(
            vocab_size=len(vocab),
            hidden_size=32,
            num_hidden_layers=2,
            num_attention_heads=4,
            bos_token_id=0,
            eos_token_id=1,
            pad_token_id=1,
        )
    )
    scheduler = PNDMScheduler(
        beta_start=0.00085,
        beta_end=0.012,
        beta_schedule="scaled_linear",
        skip_prk_steps=True,
        steps_offset=1,
    )
    source = StableDiffusionPipeline(
        vae=vae,
        text_encoder=text_encoder,
        tokenizer=tokenizer,
        unet=unet,
        scheduler=scheduler,
        **NO_SAFETY_CHECKER,
    )

    # Their weights under the original names: the page's table, reversed, as in
    # diffusers' scripts/convert_diffusers_to_original_stable_diffusion.py.
    L = unet.config.layers_per_block  # 1 here, 2 in SD v1
    names = {  # UNet: diffusers module -> original module
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
    resnet = {  # inside a UNet resnet
        "norm1": "in_layers.0",
        "conv1": "in_layers.2",
        "time_emb_proj": "emb_layers.1",
        "norm2": "out_layers.0",
        "conv2": "out_layers.3",
        "conv_shortcut": "skip_connection",
    }
    vae_names = {  # VAE: substrings, replaced in this order
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
    for i in range(2):
        vae_names[f"down_blocks.{i}.resnets"] = f"down.{i}.block"
        vae_names[f"down_blocks.{i}.downsamplers.0"] = f"down.{i}.downsample"
        vae_names[f"up_blocks.{i}.resnets"] = f"up.{1 - i}.block"  # from the bottom
        vae_names[f"up_blocks.{i}.upsamplers.0"] = f"up.{1 - i}.upsample"

    state_dict = {"alphas_cumprod": scheduler.alphas_cumprod}  # LDM saves its schedule
    for key, value in unet.state_dict().items():
        module = next(m for m in names if key.startswith(m + "."))
        rest = key[len(module) + 1 :]
        if ".resnets." in key:
            layer, param = rest.split(".")
            rest = f"{resnet[layer]}.{param}"
        state_dict[f"model.diffusion_model.{names[module]}.{rest}"] = value
    for key, value in vae.state_dict().items():
        for old, new in vae_names.items():
            key = key.replace(old, new)
        if ".attn_1." in key and value.ndim == 2:
            value = value[:, :, None, None]  # LDM's VAE attention uses 1x1 convolutions
        state_dict[f"first_stage_model.{key}"] = value
    for key, value in text_encoder.state_dict().items():
        state_dict[f"cond_stage_model.transformer.text_model.{key}"] = value

    save_file(state_dict, folder / "tiny-sd.safetensors")
    torch.save({"state_dict": state_dict, "global_step": 0}, folder / "tiny-sd.ckpt")
    (folder / "v1-tiny-inference.yaml").write_text(YAML)
    source.save_pretrained(folder / "config")
    for f in (folder / "config").rglob("*.safetensors"):
        f.unlink()  # a config folder: json and tokenizer files, no weights
    return source


main()
