import torch
from diffusers import DDPMScheduler

torch.manual_seed(0)
x0 = torch.rand(1, 1, 4, 4) * 2 - 1  # a clean "image" in [-1, 1]
noise = torch.randn_like(x0)
t = torch.tensor([600])
scheduler = DDPMScheduler(num_train_timesteps=1000)
x_t = scheduler.add_noise(x0, noise, t)
abar = scheduler.alphas_cumprod[t]

# What the model is trained to output from (x_t, t), for each prediction_type:
targets = {
    "epsilon": noise,  # the noise that was added
    "v_prediction": scheduler.get_velocity(x0, noise, t),  # a mix of both
    "sample": x0,  # the clean image itself
}
v = abar.sqrt() * noise - (1 - abar).sqrt() * x0
print(torch.allclose(targets["v_prediction"], v))
#> True

# The scheduler turns a perfect output of each type back into the same x0.
for prediction_type, model_output in targets.items():
    sampler = DDPMScheduler(num_train_timesteps=1000, prediction_type=prediction_type)
    x0_pred = sampler.step(model_output, int(t), x_t).pred_original_sample
    print(f"{prediction_type:12}", torch.allclose(x0_pred, x0, atol=1e-5))
    #> epsilon      True
    #> v_prediction True
    #> sample       True

# The formulas behind it, with x_t = sqrt(abar) * x0 + sqrt(1 - abar) * noise:
print(torch.allclose((x_t - (1 - abar).sqrt() * noise) / abar.sqrt(), x0, atol=1e-5))
#> True
print(torch.allclose(abar.sqrt() * x_t - (1 - abar).sqrt() * v, x0, atol=1e-5))
#> True

# A mismatch is not an error, only a wrong image: a v-model read as epsilon.
wrong = DDPMScheduler(num_train_timesteps=1000, clip_sample=False)
x0_pred = wrong.step(targets["v_prediction"], int(t), x_t).pred_original_sample
print(f"{(x0_pred - x0).abs().max():.2f}")
#> 14.44
