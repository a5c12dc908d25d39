import warnings

import torch
from diffusers import (
    DDIMScheduler,
    DPMSolverMultistepScheduler,
    PNDMScheduler,
    UNet2DConditionModel,
)

torch.manual_seed(0)
unet = UNet2DConditionModel(
    block_out_channels=(32, 64),
    layers_per_block=1,
    down_block_types=("CrossAttnDownBlock2D", "DownBlock2D"),
    up_block_types=("UpBlock2D", "CrossAttnUpBlock2D"),
    cross_attention_dim=32,
    attention_head_dim=2,
)
text, noise = torch.randn(1, 77, 32), torch.randn(1, 4, 16, 16)
# SD v1.5's scheduler_config.json, shortened: PNDM with the training betas.
config = PNDMScheduler(
    beta_start=0.00085,
    beta_end=0.012,
    beta_schedule="scaled_linear",
    skip_prk_steps=True,
    steps_offset=1,
).config


@torch.no_grad()
def sample(scheduler, steps=4):  # the denoising loop of StableDiffusionPipeline
    scheduler.set_timesteps(steps)
    latents = noise * scheduler.init_noise_sigma
    for t in scheduler.timesteps:
        model_input = scheduler.scale_model_input(latents, t)
        eps = unet(model_input, t, encoder_hidden_states=text).sample
        latents = scheduler.step(eps, t, latents).prev_sample
    return latents


pndm = PNDMScheduler.from_config(config)
ddim = DDIMScheduler.from_config(config)  # same betas, another sampler
a, b = sample(pndm), sample(ddim)
print(pndm.timesteps.tolist(), ddim.timesteps.tolist())
#> [751, 501, 501, 251, 1] [751, 501, 251, 1]
print(torch.allclose(a, b), f"{(a - b).abs().max():.2f}")
#> False 18.71
print(torch.equal(a, sample(PNDMScheduler.from_config(config))))  # same: reproducible
#> True

# A1111's "DPM++ 2M Karras": DPM-Solver++ (2nd order, multistep), Karras sigmas.
dpm = DPMSolverMultistepScheduler.from_config(config, use_karras_sigmas=True)
print(dpm.config.algorithm_type, dpm.config.solver_order)
#> dpmsolver++ 2
with warnings.catch_warnings():  # diffusers 0.42 passes a tensor to np.array here:
    warnings.simplefilter("ignore", DeprecationWarning)  # NumPy 2.4 warns, harmlessly
    c = sample(dpm)
print(dpm.timesteps.tolist(), f"{(c - a).abs().max():.2f}")
#> [999, 687, 146, 0] 47.02
