import tempfile
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
    convert_ldm_clip_checkpoint,
    convert_ldm_unet_checkpoint,
    convert_ldm_vae_checkpoint,
    create_unet_diffusers_config_from_ldm,
    create_vae_diffusers_config_from_ldm,
)
from safetensors.torch import load_file, save_file
from transformers import CLIPTextConfig, CLIPTextModel, CLIPTokenizer

NO_SAFETY_CHECKER = {
    "safety_checker": None,
    "feature_extractor": None,
    "requires_safety_checker": False,
}


def main():
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        source = make_tiny_sd(folder)  # the fixture, below: yaml + checkpoint + configs
        print(*sorted(p.name for p in folder.iterdir()))
        #> config tiny-sd.ckpt tiny-sd.safetensors v1-tiny-inference.yaml
        checkpoint, config = folder / "tiny-sd.safetensors", str(folder / "config")
        state_dict = load_file(checkpoint)
        prefixes = ["model.diffusion_model.", "first_stage_model.", "cond_stage_model."]
        for prefix in prefixes:
            print(prefix, sum(k.startswith(prefix) for k in state_dict))
            #> model.diffusion_model. 208
            #> first_stage_model. 124
            #> cond_stage_model. 36

        # 1. High level: checkpoint + local config folder -> pipeline, in one call.
        pipe = StableDiffusionPipeline.from_single_file(
            checkpoint, config=config, local_files_only=True
        )
        pipe_ckpt = StableDiffusionPipeline.from_single_file(
            folder / "tiny-sd.ckpt", config=config, local_files_only=True
        )
        pipe_yaml = StableDiffusionPipeline.from_single_file(  # UNet/VAE from the yaml
            checkpoint,
            config=config,
            original_config=str(folder / "v1-tiny-inference.yaml"),
            local_files_only=True,
        )
        print(*(same_weights(p, source) for p in (pipe, pipe_ckpt, pipe_yaml)))
        #> True True True

        # 2. Low level: yaml -> configs, prefix -> renamed state dict, strict load.
        original = yaml.safe_load((folder / "v1-tiny-inference.yaml").read_text())
        unet_config = create_unet_diffusers_config_from_ldm(original, state_dict)
        unet = UNet2DConditionModel(**unet_config)
        print(
            unet.load_state_dict(convert_ldm_unet_checkpoint(state_dict, unet_config))
        )
        #> <All keys matched successfully>
        vae_config = create_vae_diffusers_config_from_ldm(original, state_dict)
        vae = AutoencoderKL(**vae_config)
        print(vae.load_state_dict(convert_ldm_vae_checkpoint(state_dict, vae_config)))
        #> <All keys matched successfully>
        text_encoder = CLIPTextModel(
            CLIPTextConfig.from_pretrained(config, subfolder="text_encoder")
        )
        clip = convert_ldm_clip_checkpoint(state_dict)  # "text_model.embeddings...."
        clip = {k.removeprefix("text_model."): v for k, v in clip.items()}
        print(text_encoder.load_state_dict(clip))
        #> <All keys matched successfully>
        pipe2 = StableDiffusionPipeline(
            vae=vae,
            text_encoder=text_encoder,
            tokenizer=CLIPTokenizer.from_pretrained(config, subfolder="tokenizer"),
            unet=unet,
            scheduler=PNDMScheduler.from_pretrained(config, subfolder="scheduler"),
            **NO_SAFETY_CHECKER,
        )
        print(same_weights(pipe2, source))
        #> True

        # 3. Round trip: save_pretrained -> a diffusers folder -> from_pretrained.
        pipe.save_pretrained(folder / "tiny-sd-diffusers")
        back = StableDiffusionPipeline.from_pretrained(folder / "tiny-sd-diffusers")
        print(*sorted(p.name for p in (folder / "tiny-sd-diffusers").iterdir()))
        #> model_index.json scheduler text_encoder tokenizer unet vae
        print(same_weights(back, source))
        #> True
        images = [image(p) for p in (source, pipe, pipe2, back)]
        print(images[0].shape, all((im == images[0]).all() for im in images))
        #> (1, 32, 32, 3) True
        print(images[0][0, 0, 0].round(3))
        #> [0.502 0.486 0.541]


def same_weights(a, b):
    for name in ("unet", "vae", "text_encoder"):
        sa, sb = getattr(a, name).state_dict(), getattr(b, name).state_dict()
        if sa.keys() != sb.keys() or not all(torch.equal(sa[k], sb[k]) for k in sa):
            return False
    return True


def image(pipe):
    g = torch.Generator().manual_seed(0)
    kwargs = {"height": 32, "width": 32, "num_inference_steps": 2, "output_type": "np"}
    return pipe("a cat", generator=g, **kwargs).images


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
