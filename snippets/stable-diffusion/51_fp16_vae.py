import warnings

import numpy as np
import torch
from diffusers import (
    AutoencoderKL,
    DDIMScheduler,
    StableDiffusionXLPipeline,
    UNet2DConditionModel,
)
from transformers import (
    CLIPTextConfig,
    CLIPTextModel,
    CLIPTextModelWithProjection,
    CLIPTokenizer,
)


def main():
    pipe = tiny_sdxl().to(torch.float16)  # half precision, as on a GPU
    print(pipe.vae.config.force_upcast)  # AutoencoderKL's default
    #> True
    # SDXL's VAE overflows float16 at full size; make the tiny one do it too:
    # scaled weights push the decoder's activations past float16's 65504.
    with torch.no_grad():
        pipe.vae.decoder.conv_in.weight *= 3000
    dtypes = []
    pipe.vae.decoder.register_forward_pre_hook(lambda m, args: dtypes.append(args[0]))

    messages = {}
    for force_upcast in (True, False):
        pipe.vae.register_to_config(force_upcast=force_upcast)
        dtypes.clear()
        g = torch.Generator().manual_seed(0)
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            kwargs = {"height": 32, "width": 32, "num_inference_steps": 2}
            image = pipe("a cat", generator=g, **kwargs)
        pixels = np.asarray(image.images[0])
        messages.update((w.category.__name__, str(w.message)) for w in caught)
        names = [w.category.__name__ for w in caught]
        # force_upcast, the decoder's input dtype, the brightest pixel, the warnings:
        print(f"{force_upcast!s:5} {dtypes[0].dtype} {pixels.max():3} {names}")
        #> True  torch.float32 255 ['FutureWarning']
        #> False torch.float16   0 ['RuntimeWarning']
    print(messages["RuntimeWarning"])  # NaN pixels cast to uint8: a black image
    #> invalid value encountered in cast
    # The upcast is the pipeline's own call to a method it deprecates:
    print(". ".join(messages["FutureWarning"].split(". ")[1:3]))
    #> `upcast_vae` is deprecated. Please use `pipe.vae.to(torch.float32)`
    print(pipe.vae.dtype)  # the pipeline casts the VAE back after decoding
    #> torch.float16


def tiny_sdxl():  # SDXL's layout, tiny, random weights (as in the SDXL section)
    torch.manual_seed(0)
    unet = UNet2DConditionModel(
        block_out_channels=(32, 64),
        layers_per_block=1,
        down_block_types=("DownBlock2D", "CrossAttnDownBlock2D"),
        up_block_types=("CrossAttnUpBlock2D", "UpBlock2D"),
        transformer_layers_per_block=(1, 2),
        attention_head_dim=(2, 4),
        use_linear_projection=True,
        cross_attention_dim=32 + 48,
        addition_embed_type="text_time",
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

    def clip_config(hidden, **extra):
        ids = {"bos_token_id": 0, "eos_token_id": 1, "pad_token_id": 1}
        return CLIPTextConfig(
            vocab_size=len(vocab),
            hidden_size=hidden,
            num_hidden_layers=2,
            num_attention_heads=4,
            **ids,
            **extra,
        )

    return StableDiffusionXLPipeline(
        vae=vae,
        text_encoder=CLIPTextModel(clip_config(32)),
        text_encoder_2=CLIPTextModelWithProjection(clip_config(48, projection_dim=32)),
        tokenizer=tokenizer,
        tokenizer_2=tokenizer,
        unet=unet,
        scheduler=DDIMScheduler(
            beta_start=0.00085,
            beta_end=0.012,
            beta_schedule="scaled_linear",
            clip_sample=False,
            set_alpha_to_one=False,
            steps_offset=1,
        ),
    )


main()
