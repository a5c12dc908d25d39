from diffusers import DDIMScheduler, DDPMScheduler, EulerDiscreteScheduler

# 10 inference steps out of 1000 training timesteps, three ways to pick them.
for spacing in ("leading", "trailing", "linspace"):
    scheduler = DDPMScheduler(num_train_timesteps=1000, timestep_spacing=spacing)
    scheduler.set_timesteps(10)
    print(f"{spacing:8}", scheduler.timesteps.tolist())
    #> leading  [900, 800, 700, 600, 500, 400, 300, 200, 100, 0]
    #> trailing [999, 899, 799, 699, 599, 499, 399, 299, 199, 99]
    #> linspace [999, 888, 777, 666, 555, 444, 333, 222, 111, 0]

# Stable Diffusion v1's configs add steps_offset=1 to "leading".
scheduler = DDPMScheduler(timestep_spacing="leading", steps_offset=1)
scheduler.set_timesteps(10)
print(scheduler.timesteps.tolist())
#> [901, 801, 701, 601, 501, 401, 301, 201, 101, 1]
scheduler.set_timesteps(50)  # 50 steps: 1000 // 50 = 20 apart, plus the offset
print(scheduler.timesteps[:3].tolist())
#> [981, 961, 941]

# Each scheduler class has its own default.
for cls in (DDPMScheduler, DDIMScheduler, EulerDiscreteScheduler):
    print(f"{cls.__name__:22}", cls().config.timestep_spacing)
    #> DDPMScheduler          leading
    #> DDIMScheduler          leading
    #> EulerDiscreteScheduler linspace

# Signal sqrt(abar_t) the SD schedule still has where sampling starts (t=901 with
# "leading" + offset, t=999 with "trailing"), although sampling starts from noise.
sd = DDPMScheduler(beta_schedule="scaled_linear", beta_start=0.00085, beta_end=0.012)
print([f"{sd.alphas_cumprod[t].sqrt():.3f}" for t in (901, 999)])
#> ['0.118', '0.068']

# rescale_betas_zero_snr=True: the last timestep holds no signal at all.
for zero_snr in (False, True):
    scheduler = DDIMScheduler(
        beta_schedule="scaled_linear",
        beta_start=0.00085,
        beta_end=0.012,
        rescale_betas_zero_snr=zero_snr,
    )
    print(zero_snr, f"{scheduler.alphas_cumprod[-1].sqrt():.3f}")
    #> False 0.068
    #> True 0.000
