import torch
from diffusers import DDPMScheduler

torch.manual_seed(0)
scheduler = DDPMScheduler(num_train_timesteps=1000)
x0 = torch.rand(1, 1, 4, 4) * 2 - 1  # the "clean image" the stand-in model knows


def oracle(x_t, t):
    """Stand-in for a trained UNet: returns the exact noise that is in x_t."""
    abar = scheduler.alphas_cumprod[t]
    return (x_t - abar.sqrt() * x0) / (1 - abar).sqrt()


scheduler.set_timesteps(10)  # 10 inference steps out of the 1000 training steps
print(scheduler.timesteps)
#> tensor([900, 800, 700, 600, 500, 400, 300, 200, 100,   0])
generator = torch.Generator().manual_seed(0)
x = torch.randn(1, 1, 4, 4, generator=generator)  # pure noise, used as x at t=900
for t in scheduler.timesteps:
    noise_pred = oracle(x, t)  # same shape as x
    x = scheduler.step(noise_pred, t, x, generator=generator).prev_sample
    print(int(t), tuple(x.shape), f"{(x - x0).abs().max():.3f}")
    #> 900 (1, 1, 4, 4) 2.601
    #> 800 (1, 1, 4, 4) 3.551
    #> 700 (1, 1, 4, 4) 3.148
    #> 600 (1, 1, 4, 4) 1.897
    #> 500 (1, 1, 4, 4) 1.494
    #> 400 (1, 1, 4, 4) 1.462
    #> 300 (1, 1, 4, 4) 1.403
    #> 200 (1, 1, 4, 4) 0.488
    #> 100 (1, 1, 4, 4) 0.019
    #> 0 (1, 1, 4, 4) 0.000

# "leading" (DDPMScheduler's default) never visits t=999; the others start there.
for spacing in ("leading", "trailing", "linspace"):
    spaced = DDPMScheduler(num_train_timesteps=1000, timestep_spacing=spacing)
    spaced.set_timesteps(10)
    print(f"{spacing:8}", spaced.timesteps.tolist())
    #> leading  [900, 800, 700, 600, 500, 400, 300, 200, 100, 0]
    #> trailing [999, 899, 799, 699, 599, 499, 399, 299, 199, 99]
    #> linspace [999, 888, 777, 666, 555, 444, 333, 222, 111, 0]
