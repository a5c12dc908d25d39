import torch
from diffusers import DDIMScheduler, DDPMScheduler

ddpm = DDPMScheduler(num_train_timesteps=1000, beta_schedule="scaled_linear")
# A different sampler built from the same config: same betas, different update rule.
ddim = DDIMScheduler.from_config(ddpm.config)
print(type(ddim).__name__, ddim.config.beta_schedule)
#> DDIMScheduler scaled_linear
print(torch.equal(ddim.alphas_cumprod, ddpm.alphas_cumprod))
#> True
ddim.set_timesteps(5)
print(ddim.timesteps)
#> tensor([800, 600, 400, 200,   0])
