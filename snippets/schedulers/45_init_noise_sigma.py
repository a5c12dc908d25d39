import logging
import textwrap

import diffusers
import torch
from diffusers import DDPMScheduler, EulerDiscreteScheduler

torch.manual_seed(0)
SD = {"beta_schedule": "scaled_linear", "beta_start": 0.00085, "beta_end": 0.012}
ddpm, euler = DDPMScheduler(**SD), EulerDiscreteScheduler(**SD)
t = euler.timesteps[0]  # the noisiest timestep, 999
print(ddpm.init_noise_sigma, f"{euler.init_noise_sigma:.3f}", f"{euler.sigmas[0]:.3f}")
#> 1.0 14.615 14.615
leading = EulerDiscreteScheduler(**SD, timestep_spacing="leading")
print(f"{leading.init_noise_sigma:.3f}")  # sqrt(sigma_max^2 + 1) for "leading"
#> 14.649

# Euler works on x = x0 + sigma * noise, sigma_t = sqrt((1 - abar_t) / abar_t).
abar = euler.alphas_cumprod[int(t)]
print(f"{((1 - abar) / abar).sqrt():.3f}")
#> 14.615
x0 = torch.rand(1, 4, 8, 8) * 2 - 1
noise = torch.randn_like(x0)
x = x0 + euler.sigmas[0] * noise
# scale_model_input divides by sqrt(sigma^2 + 1): back to the x_t the model knows.
x_t = ddpm.add_noise(x0, noise, torch.tensor([999]))
print(torch.allclose(euler.scale_model_input(x, t), x_t, atol=1e-5))
#> True

# A sampling loop starts from noise * init_noise_sigma and scales every input.
latents = torch.randn(1, 4, 8, 8) * euler.init_noise_sigma
model_input = euler.scale_model_input(latents, t)
print(f"{latents.std():.2f}", f"{model_input.std():.2f}")  # the model sees std ~1
#> 15.38 1.05
print(torch.equal(ddpm.scale_model_input(latents, 999), latents))  # DDPM: no-op
#> True

# Forgetting scale_model_input: Euler's step() logs a warning (diffusers' logger,
# not the warnings module) and the model saw an input ~15 times too large.
messages = []
handler = logging.Handler()
handler.emit = lambda record: messages.append(record.getMessage())
diffusers.utils.logging.disable_default_handler()  # keep stderr quiet here
logging.getLogger("diffusers").addHandler(handler)
fresh = EulerDiscreteScheduler(**SD)
fresh.set_timesteps(10)
fresh.step(torch.zeros_like(latents), fresh.timesteps[0], latents)  # unscaled input
print("\n".join(textwrap.wrap(messages[0], 88)))  # the message, wrapped
"""
The `scale_model_input` function should be called before `step` to ensure correct
denoising. See `StableDiffusionPipeline` for a usage example.
"""
