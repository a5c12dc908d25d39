import torch
from diffusers import DDIMScheduler, DDPMScheduler

torch.manual_seed(0)
x0 = torch.rand(1, 1, 4, 4) * 2 - 1  # the "clean image"
noise = torch.randn_like(x0)


def sample(scheduler, seed, steps=10):
    """From the same start noise; the stand-in "model" is any fixed function."""
    scheduler.set_timesteps(steps)
    generator = torch.Generator().manual_seed(seed)  # DDPM's fresh noise per step
    x = noise.clone()
    for t in scheduler.timesteps:
        noise_pred = 0.5 * x  # stands in for unet(x, t)
        x = scheduler.step(noise_pred, t, x, generator=generator).prev_sample
    return x


ddpm, ddim = DDPMScheduler(), DDIMScheduler()  # DDIM: eta=0 by default
# DDPM adds fresh noise at every step: another seed, another result.
print(torch.equal(sample(ddpm, seed=1), sample(ddpm, seed=2)))
#> False
# DDIM with eta=0 adds none: the start noise alone decides the result.
print(torch.equal(sample(ddim, seed=1), sample(ddim, seed=2)))
#> True

# step() goes to the PREVIOUS INFERENCE timestep (900 -> 800), not to t - 1:
# with the exact noise, DDIM lands exactly on x_800.
ddim.set_timesteps(10)
x_900 = ddim.add_noise(x0, noise, torch.tensor([900]))
x_prev = ddim.step(noise, 900, x_900).prev_sample
for t in (800, 899):
    x_t = ddim.add_noise(x0, noise, torch.tensor([t]))
    print(t, torch.allclose(x_prev, x_t, atol=1e-5))
    #> 800 True
    #> 899 False

# DDIM needs set_timesteps() before step() (DDPM falls back to t - 1 without it).
try:
    DDIMScheduler().step(noise, 900, x_900)
except ValueError as err:
    print(f"{type(err).__name__}: {err}")
    """
    ValueError: Number of inference steps is 'None', you need to run 'set_timesteps' after creating the scheduler
    """
