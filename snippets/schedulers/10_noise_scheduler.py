import torch
from diffusers import DDPMScheduler
from torch import nn

scheduler = DDPMScheduler(num_train_timesteps=1000, beta_schedule="linear")

# Not a model: no nn.Module, no parameters, nothing to train or to save in a state_dict.
print(isinstance(scheduler, nn.Module), hasattr(scheduler, "parameters"))
#> False False
# Just a config and the tables computed from it.
print(scheduler.config.num_train_timesteps, scheduler.config.beta_schedule)
#> 1000 linear
print(scheduler.betas.shape, f"{scheduler.betas[0]:.4g}", f"{scheduler.betas[-1]:.4g}")
#> torch.Size([1000]) 0.0001 0.02
# alphas_cumprod[t] = prod(1 - betas[:t + 1]), written abar_t
alphas_cumprod = torch.cumprod(1 - scheduler.betas, dim=0)
print(torch.allclose(scheduler.alphas_cumprod, alphas_cumprod))
#> True
print(f"{scheduler.alphas_cumprod[0]:.4f}", f"{scheduler.alphas_cumprod[-1]:.2e}")
#> 0.9999 4.04e-05
# x_t = sqrt(abar_t) * x0 + sqrt(1 - abar_t) * noise: the image is scaled by the
# square root of abar_t; abar_t itself is that scale squared.
abar = scheduler.alphas_cumprod[500]
print(f"t=500: abar {abar:.3f}, image scale sqrt(abar) {abar.sqrt():.3f}")
#> t=500: abar 0.078, image scale sqrt(abar) 0.279
