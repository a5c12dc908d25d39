import copy

import torch
from diffusers import UNet2DConditionModel
from diffusers.models.attention_processor import (
    Attention,
    AttnProcessor,
    AttnProcessor2_0,
    SlicedAttnProcessor,
)

# A UNet config flag, not a weight: it is copied into every attention layer.
unet = UNet2DConditionModel(
    block_out_channels=(32, 64),
    layers_per_block=1,
    down_block_types=("CrossAttnDownBlock2D", "DownBlock2D"),
    up_block_types=("UpBlock2D", "CrossAttnUpBlock2D"),
    cross_attention_dim=32,
    attention_head_dim=2,
    upcast_attention=True,
)
layers = [m for m in unet.modules() if isinstance(m, Attention)]
print(len(layers), all(a.upcast_attention for a in layers))
#> 8 True
print(type(layers[0].processor).__name__)  # the default: F.scaled_dot_product_attention
#> AttnProcessor2_0
unet.set_attention_slice("auto")  # what pipe.enable_attention_slicing() does
print({type(a.processor).__name__ for a in layers})
#> {'SlicedAttnProcessor'}

# One attention layer whose scores q·k/sqrt(d) exceed float16's maximum, 65504.
torch.manual_seed(0)
layer = Attention(query_dim=64, heads=1, dim_head=64)
x = torch.randn(1, 16, 64) * 300
with torch.no_grad():
    q, k = layer.to_q(x), layer.to_k(x)
    print(f"largest score {(q @ k.mT * layer.scale).abs().max():.3g}")
    #> largest score 1.07e+05
    reference = layer(x)  # float32
    half = copy.deepcopy(layer).half()
    for upcast in (False, True):
        half.upcast_attention = upcast
        for processor in (AttnProcessor(), SlicedAttnProcessor(1), AttnProcessor2_0()):
            half.set_processor(processor)
            out = half(x.half()).float()
            error = (out - reference).abs().max().item()
            print(f"upcast={upcast!s:5} {type(processor).__name__:19} {error:.2f}")
            #> upcast=False AttnProcessor       nan
            #> upcast=False SlicedAttnProcessor nan
            #> upcast=False AttnProcessor2_0    0.18
            #> upcast=True  AttnProcessor       0.18
            #> upcast=True  SlicedAttnProcessor 0.18
            #> upcast=True  AttnProcessor2_0    0.18
