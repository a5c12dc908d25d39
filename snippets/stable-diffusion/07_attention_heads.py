import torch
import yaml
from diffusers import UNet2DConditionModel
from diffusers.loaders.single_file_utils import create_unet_diffusers_config_from_ldm

YAML = """
model:
  params:
    unet_config:
      params: {in_channels: 4, out_channels: 4, model_channels: 32, channel_mult: [1, 2],
               num_res_blocks: 1, attention_resolutions: [1], num_heads: 2,
               transformer_depth: 1, context_dim: 32}
    first_stage_config: {params: {ddconfig: {ch_mult: [1, 2]}}}
"""


def unet_from_yaml(num_heads):
    original = yaml.safe_load(YAML)
    original["model"]["params"]["unet_config"]["params"]["num_heads"] = num_heads
    return UNet2DConditionModel(**create_unet_diffusers_config_from_ldm(original, {}))


torch.manual_seed(0)
right = unet_from_yaml(num_heads=2)  # what the model was trained with
wrong = unet_from_yaml(num_heads=4)  # a wrong yaml
print(wrong.load_state_dict(right.state_dict()))  # strict, and it succeeds
#> <All keys matched successfully>
attn = [
    u.down_blocks[0].attentions[0].transformer_blocks[0].attn1 for u in (right, wrong)
]
print([a.heads for a in attn], [tuple(a.to_q.weight.shape) for a in attn])
#> [2, 4] [(32, 32), (32, 32)]

sample, text = torch.randn(1, 4, 16, 16), torch.randn(1, 77, 32)
with torch.no_grad():
    a = right(sample, 500, encoder_hidden_states=text).sample
    b = wrong(sample, 500, encoder_hidden_states=text).sample
print(torch.allclose(a, b), f"{(a - b).abs().max():.2f}")
#> False 0.06
