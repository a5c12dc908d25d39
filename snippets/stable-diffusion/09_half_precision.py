#: requires cuda
import tempfile

import numpy as np
import torch
from diffusers import (
    AutoencoderKL,
    PNDMScheduler,
    StableDiffusionPipeline,
    UNet2DConditionModel,
)
from transformers import CLIPTextConfig, CLIPTextModel, CLIPTokenizer

# The page's tiny SD v1-shaped pipeline (random weights), float32 on the CPU.
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
pipe = StableDiffusionPipeline(
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


def run(p):
    g = torch.Generator().manual_seed(0)  # a CPU generator: same noise on any device
    kwargs = {"height": 32, "width": 32, "num_inference_steps": 2, "output_type": "np"}
    return p("a cat", generator=g, **kwargs).images


with tempfile.TemporaryDirectory() as tmp:
    pipe.save_pretrained(tmp)  # a converted pipeline folder (see the round trip)
    # dtype= (torch_dtype= is deprecated in diffusers 0.42): weights cast on load.
    half = StableDiffusionPipeline.from_pretrained(tmp, dtype=torch.float16)
    half = half.to("cuda")
    print(half.unet.dtype, half.text_encoder.dtype, half.vae.dtype, half.device.type)
    #> torch.float16 torch.float16 torch.float16 cuda
    image, reference = run(half), run(pipe)
    print(image.dtype, image.shape, np.abs(image - reference).max() < 1e-2)
    #> float32 (1, 32, 32, 3) True
