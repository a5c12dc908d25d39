import importlib.util
import tempfile
from pathlib import Path

import torch
from diffusers import (
    AutoencoderKL,
    PNDMScheduler,
    StableDiffusionPipeline,
    UNet2DConditionModel,
)
from diffusers.loaders.single_file_utils import SingleFileComponentError
from safetensors.torch import save_file
from transformers import CLIPTextConfig, CLIPTextModel, CLIPTokenizer


def main():
    pipe = tiny_pipeline()  # a base model, below
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        pipe.save_pretrained(folder / "config")
        for f in (folder / "config").rglob("*.safetensors"):
            f.unlink()  # a config folder: json and tokenizer files, no weights

        # A LoRA file (kohya's layout, as LoRAs from model sites come): per layer a
        # low-rank pair and a scale, nothing else. No UNet, no VAE, no text encoder.
        layer = "lora_unet_down_blocks_0_attentions_0_proj_in"
        lora = {
            f"{layer}.lora_down.weight": torch.zeros(4, 32),
            f"{layer}.lora_up.weight": torch.zeros(32, 4),
            f"{layer}.alpha": torch.tensor(4.0),
        }
        save_file(lora, folder / "lora.safetensors")

        try:  # a LoRA is not a checkpoint: from_single_file finds no model in it
            StableDiffusionPipeline.from_single_file(
                folder / "lora.safetensors", config=str(folder / "config")
            )
        except SingleFileComponentError as err:
            print(type(err).__name__)
            #> SingleFileComponentError
            print(str(err).splitlines()[0])
            """
            Failed to load CLIPTextModel. Weights for this component appear to be missing in the checkpoint.
            """

        # The way: load the base model, then the LoRA on top. That needs peft.
        print("peft installed:", importlib.util.find_spec("peft") is not None)
        #> peft installed: False
        try:
            pipe.load_lora_weights(folder / "lora.safetensors")
        except ValueError as err:
            print(f"{type(err).__name__}: {err}")
            #> ValueError: PEFT backend is required for `load_lora_weights()`.


def tiny_pipeline():  # the page's tiny SD v1 pipeline, random weights
    torch.manual_seed(0)
    unet = UNet2DConditionModel(
        block_out_channels=(32, 64),
        layers_per_block=1,
        down_block_types=("CrossAttnDownBlock2D", "DownBlock2D"),
        up_block_types=("UpBlock2D", "CrossAttnUpBlock2D"),
        cross_attention_dim=32,
        attention_head_dim=2,
    )
    vae = AutoencoderKL(
        block_out_channels=(32, 64),
        down_block_types=("DownEncoderBlock2D",) * 2,
        up_block_types=("UpDecoderBlock2D",) * 2,
    )
    vocab = {"<|startoftext|>": 0, "<|endoftext|>": 1}
    for c in "abcdefghijklmnopqrstuvwxyz":
        vocab[c], vocab[c + "</w>"] = len(vocab), len(vocab) + 1
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
    return StableDiffusionPipeline(
        vae=vae,
        text_encoder=text_encoder,
        tokenizer=CLIPTokenizer(vocab=vocab, merges=[], model_max_length=77),
        unet=unet,
        scheduler=PNDMScheduler(
            beta_start=0.00085,
            beta_end=0.012,
            beta_schedule="scaled_linear",
            skip_prk_steps=True,
            steps_offset=1,
        ),
        safety_checker=None,
        feature_extractor=None,
        requires_safety_checker=False,
    )


main()
