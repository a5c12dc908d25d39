import torch
from diffusers import DDPMScheduler
from torch import nn

torch.manual_seed(0)
scheduler = DDPMScheduler(num_train_timesteps=1000)
model = nn.Conv2d(3, 3, 3, padding=1)  # stands in for a UNet taking (x_t, t)
optimizer = torch.optim.AdamW(model.parameters(), lr=1e-4)
x0 = torch.rand(4, 3, 8, 8) * 2 - 1  # a batch of clean images in [-1, 1]

# One training step: a random timestep per image, noise it, predict the noise.
noise = torch.randn_like(x0)
t = torch.randint(0, scheduler.config.num_train_timesteps, (x0.shape[0],))
x_t = scheduler.add_noise(x0, noise, t)
noise_pred = model(x_t)  # a real UNet: unet(x_t, t).sample
loss = nn.functional.mse_loss(noise_pred, noise)  # target for prediction_type epsilon
optimizer.zero_grad()
loss.backward()
optimizer.step()
print(t.tolist(), t.dtype, x_t.shape)
#> [172, 69, 730, 612] torch.int64 torch.Size([4, 3, 8, 8])

# add_noise wants an integer tensor of timesteps.
for bad in (torch.tensor([10.0, 20.0, 30.0, 40.0]), 10):
    try:
        scheduler.add_noise(x0, noise, bad)
    except (IndexError, AttributeError) as err:
        print(f"{type(err).__name__}: {err}")
        #> IndexError: tensors used as indices must be long, int, byte or bool tensors
        #> AttributeError: 'int' object has no attribute 'to'
