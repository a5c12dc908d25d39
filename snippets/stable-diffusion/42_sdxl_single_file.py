import tempfile
from pathlib import Path

import torch
from diffusers import (
    AutoencoderKL,
    DDIMScheduler,
    StableDiffusionXLPipeline,
    UNet2DConditionModel,
)
from diffusers.loaders.single_file_utils import (
    fetch_diffusers_config,
    infer_diffusers_model_type,
)
from safetensors.torch import load_file, save_file
from transformers import (
    CLIPTextConfig,
    CLIPTextModel,
    CLIPTextModelWithProjection,
    CLIPTokenizer,
)


def main():
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        source = make_tiny_sdxl(folder)  # the fixture, below: checkpoint + configs
        state_dict = load_file(folder / "tiny-sdxl.safetensors")
        prefixes = [
            "model.diffusion_model.",
            "first_stage_model.",
            "conditioner.embedders.0.transformer.",  # CLIP ViT-L, Hugging Face names
            "conditioner.embedders.1.model.",  # OpenCLIP ViT-bigG, OpenCLIP names
        ]
        for prefix in prefixes:
            print(f"{prefix:37} {sum(k.startswith(prefix) for k in state_dict)}")
            #> model.diffusion_model.                292
            #> first_stage_model.                    124
            #> conditioner.embedders.0.transformer.  36
            #> conditioner.embedders.1.model.        125

        # What from_single_file would do without config=: guess the type from keys.
        print(infer_diffusers_model_type(state_dict))
        #> xl_base
        print(fetch_diffusers_config(state_dict)["pretrained_model_name_or_path"])
        #> stabilityai/stable-diffusion-xl-base-1.0

        pipe = StableDiffusionXLPipeline.from_single_file(
            folder / "tiny-sdxl.safetensors",
            config=str(folder / "config"),
            local_files_only=True,
        )
        print(same_weights(pipe, source))
        #> True
        a, b = image(source), image(pipe)
        print(a.shape, (a == b).all())
        #> (1, 32, 32, 3) True


def same_weights(a, b):
    for name in ("unet", "vae", "text_encoder", "text_encoder_2"):
        sa, sb = getattr(a, name).state_dict(), getattr(b, name).state_dict()
        if sa.keys() != sb.keys() or not all(torch.equal(sa[k], sb[k]) for k in sa):
            return False
    return True


def image(pipe):
    g = torch.Generator().manual_seed(0)
    kwargs = {"height": 32, "width": 32, "num_inference_steps": 2, "output_type": "np"}
    return pipe("a cat", generator=g, **kwargs).images


# ---- The fixture: an SDXL-shaped checkpoint, shrunk, with random weights. --------
def make_tiny_sdxl(folder):
    torch.manual_seed(0)
    unet = UNet2DConditionModel(  # SDXL's layout: no attention at the top level
        block_out_channels=(32, 64),
        layers_per_block=1,
        down_block_types=("DownBlock2D", "CrossAttnDownBlock2D"),
        up_block_types=("CrossAttnUpBlock2D", "UpBlock2D"),
        transformer_layers_per_block=(1, 2),
        attention_head_dim=(2, 4),
        use_linear_projection=True,
        cross_attention_dim=32 + 48,  # both text encoders' outputs, concatenated
        addition_embed_type="text_time",  # pooled text + image sizes
        addition_time_embed_dim=8,
        projection_class_embeddings_input_dim=32 + 6 * 8,
    )
    vae = AutoencoderKL(
        block_out_channels=(32, 64),
        down_block_types=("DownEncoderBlock2D",) * 2,
        up_block_types=("UpDecoderBlock2D",) * 2,
        scaling_factor=0.13025,
    )
    vocab = {"<|startoftext|>": 0, "<|endoftext|>": 1}
    for c in "abcdefghijklmnopqrstuvwxyz":
        vocab[c], vocab[c + "</w>"] = len(vocab), len(vocab) + 1
    tokenizer = CLIPTokenizer(vocab=vocab, merges=[], model_max_length=77)

    def clip_config(hidden, layers, **extra):
        ids = {"bos_token_id": 0, "eos_token_id": 1, "pad_token_id": 1}
        return CLIPTextConfig(
            vocab_size=len(vocab),
            hidden_size=hidden,
            num_hidden_layers=layers,
            num_attention_heads=4,
            **ids,
            **extra,
        )

    text_encoder = CLIPTextModel(clip_config(32, 2))
    # 10 layers: diffusers recognises SDXL by ...resblocks.9...; the two encoders
    # need different widths, as in SDXL (768 and 1280), to tell them apart.
    text_encoder_2 = CLIPTextModelWithProjection(clip_config(48, 10, projection_dim=32))
    source = StableDiffusionXLPipeline(
        vae=vae,
        text_encoder=text_encoder,
        text_encoder_2=text_encoder_2,
        tokenizer=tokenizer,
        tokenizer_2=tokenizer,
        unet=unet,
        scheduler=DDIMScheduler(  # SDXL's betas; not in the checkpoint anyway
            beta_start=0.00085,
            beta_end=0.012,
            beta_schedule="scaled_linear",
            clip_sample=False,
            set_alpha_to_one=False,
            steps_offset=1,
        ),
    )

    # The original (SGM) names: what convert_ldm_* and convert_open_clip_* undo.
    names = {  # UNet: diffusers module -> original module
        "conv_in": "input_blocks.0.0",
        "time_embedding.linear_1": "time_embed.0",
        "time_embedding.linear_2": "time_embed.2",
        "add_embedding.linear_1": "label_emb.0.0",
        "add_embedding.linear_2": "label_emb.0.2",
        "mid_block.resnets.0": "middle_block.0",
        "mid_block.attentions.0": "middle_block.1",
        "mid_block.resnets.1": "middle_block.2",
        "conv_norm_out": "out.0",
        "conv_out": "out.2",
    }
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
    vae_names = {
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
        vae_names[f"up_blocks.{i}.resnets"] = f"up.{1 - i}.block"
        vae_names[f"up_blocks.{i}.upsamplers.0"] = f"up.{1 - i}.upsample"
    open_clip = {  # text_encoder_2: Hugging Face CLIP -> OpenCLIP names
        "text_model.encoder.layers.": "transformer.resblocks.",
        "layer_norm1": "ln_1",
        "layer_norm2": "ln_2",
        "mlp.fc1": "mlp.c_fc",
        "mlp.fc2": "mlp.c_proj",
        "self_attn.out_proj": "attn.out_proj",
    }

    state_dict = {}
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
            value = value[:, :, None, None]
        state_dict[f"first_stage_model.{key}"] = value
    for key, value in text_encoder.state_dict().items():
        state_dict[f"conditioner.embedders.0.transformer.text_model.{key}"] = value
    te2 = text_encoder_2.state_dict()
    g = "conditioner.embedders.1.model."
    state_dict[g + "token_embedding.weight"] = te2.pop(
        "text_model.embeddings.token_embedding.weight"
    )
    state_dict[g + "positional_embedding"] = te2.pop(
        "text_model.embeddings.position_embedding.weight"
    )
    state_dict[g + "text_projection"] = te2.pop("text_projection.weight").T.contiguous()
    for param in ("weight", "bias"):
        state_dict[g + f"ln_final.{param}"] = te2.pop(
            f"text_model.final_layer_norm.{param}"
        )
    for layer in range(10):  # q, k, v -> one in_proj, as in nn.MultiheadAttention
        p = f"text_model.encoder.layers.{layer}.self_attn."
        for param in ("weight", "bias"):
            qkv = [te2.pop(f"{p}{x}_proj.{param}") for x in "qkv"]
            state_dict[f"{g}transformer.resblocks.{layer}.attn.in_proj_{param}"] = (
                torch.cat(qkv)
            )
    for key, value in te2.items():
        for old, new in open_clip.items():
            key = key.replace(old, new)
        state_dict[g + key] = value

    save_file(state_dict, folder / "tiny-sdxl.safetensors")
    source.save_pretrained(folder / "config")
    for f in (folder / "config").rglob("*.safetensors"):
        f.unlink()  # a config folder: json and tokenizer files, no weights
    return source


main()
