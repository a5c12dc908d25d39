import torch
from diffusers import DDPMScheduler

torch.manual_seed(0)
scheduler = DDPMScheduler(num_train_timesteps=1000)
x0 = torch.rand(2, 3, 8, 8) * 2 - 1  # a batch of 2 "images" in [-1, 1]
noise = torch.randn_like(x0)
timesteps = torch.tensor([10, 900])  # one timestep per image

x_t = scheduler.add_noise(x0, noise, timesteps)
print(x_t.shape)
#> torch.Size([2, 3, 8, 8])

# x_t = sqrt(abar_t) * x0 + sqrt(1 - abar_t) * noise
abar = scheduler.alphas_cumprod[timesteps].view(-1, 1, 1, 1)
print(torch.allclose(x_t, abar.sqrt() * x0 + (1 - abar).sqrt() * noise, atol=1e-6))
#> True
print([f"{a:.3f}" for a in abar.flatten().sqrt()])  # signal kept at t=10 and t=900
#> ['0.999', '0.016']
