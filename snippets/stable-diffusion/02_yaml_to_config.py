import torch
import yaml
from diffusers import AutoencoderKL, UNet2DConditionModel
from diffusers.loaders.single_file_utils import (
    create_unet_diffusers_config_from_ldm,
    create_vae_diffusers_config_from_ldm,
)

# The shape-defining part of Stable Diffusion v1's v1-inference.yaml.
v1_inference = yaml.safe_load("""
model:
  params:
    scale_factor: 0.18215
    unet_config:
      params:
        in_channels: 4
        out_channels: 4
        model_channels: 320
        attention_resolutions: [4, 2, 1]
        num_res_blocks: 2
        channel_mult: [1, 2, 4, 4]
        num_heads: 8
        transformer_depth: 1
        context_dim: 768
    first_stage_config:
      params:
        ddconfig: {z_channels: 4, in_channels: 3, out_ch: 3, ch: 128,
                   ch_mult: [1, 2, 4, 4], num_res_blocks: 2}
""")

# What from_single_file(..., original_config=...) derives from it.
unet_config = create_unet_diffusers_config_from_ldm(v1_inference, {})
print(unet_config["block_out_channels"], unet_config["layers_per_block"])
#> [320, 640, 1280, 1280] 2
print(*unet_config["down_block_types"])
#> CrossAttnDownBlock2D CrossAttnDownBlock2D CrossAttnDownBlock2D DownBlock2D
print(unet_config["attention_head_dim"], unet_config["cross_attention_dim"])
#> 8 768
vae_config = create_vae_diffusers_config_from_ldm(v1_inference, {})
print(vae_config["block_out_channels"], vae_config["scaling_factor"])
#> [128, 256, 512, 512] 0.18215
# Not from the yaml: diffusers' default image size for the model type (512 px for
# SD v1). The VAE works in pixels, the UNet in latents, 8 times smaller.
print(vae_config["sample_size"], unet_config["sample_size"])
#> 512 64

# The yaml alone fixes every shape: build both on the meta device, count parameters.
with torch.device("meta"):
    unet = UNet2DConditionModel(**unet_config)
    vae = AutoencoderKL(**vae_config)
print(f"{unet.num_parameters():,} {vae.num_parameters():,}")
#> 859,520,964 83,653,863
