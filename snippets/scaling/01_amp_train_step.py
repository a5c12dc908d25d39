import math

import torch
from torch import nn

if torch.accelerator.is_available():
    device = torch.accelerator.current_accelerator()
else:
    device = torch.device("cpu")
# float16 + GradScaler on CUDA; bfloat16, which needs no scaler, everywhere else.
use_fp16 = device.type == "cuda"
amp_dtype = torch.float16 if use_fp16 else torch.bfloat16

torch.manual_seed(0)
x = torch.randn(64, 8)
y = (x.sum(dim=1) > 0).long()  # two classes
x, y = x.to(device), y.to(device)
model = nn.Sequential(nn.Linear(8, 32), nn.ReLU(), nn.Linear(32, 2)).to(device)
optimizer = torch.optim.SGD(model.parameters(), lr=0.5)
scaler = torch.amp.GradScaler(device.type, enabled=use_fp16)  # disabled: a no-op

losses = []
for step in range(50):
    optimizer.zero_grad()
    with torch.autocast(device.type, dtype=amp_dtype):  # forward and loss only
        logits = model(x)
        loss = nn.functional.cross_entropy(logits, y)
    scaler.scale(loss).backward()  # backward outside autocast, on the scaled loss
    scaler.unscale_(optimizer)  # true gradients again, so the clipping norm is right
    nn.utils.clip_grad_norm_(model.parameters(), max_norm=1.0)
    scaler.step(optimizer)  # skips the step if a gradient is inf/NaN
    scaler.update()  # adjusts the scale for the next step
    losses.append(loss.item())

print(logits.dtype == amp_dtype, loss.dtype)  # linear: low precision; loss: float32
#> True torch.float32
print(model[0].weight.dtype, model[0].weight.grad.dtype)  # master weights stay float32
#> torch.float32 torch.float32
print("loss is finite:", math.isfinite(losses[-1]), "| down:", losses[-1] < losses[0])
#> loss is finite: True | down: True
