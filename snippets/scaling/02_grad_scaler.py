import torch
from torch import nn

# What GradScaler does, step by step (on the CPU, so every machine prints the same).
torch.manual_seed(0)
model = nn.Linear(4, 1)
optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
scaler = torch.amp.GradScaler("cpu", init_scale=1024.0)  # default init_scale: 2**16
x, y = torch.randn(8, 4), torch.randn(8, 1)

loss = nn.functional.mse_loss(model(x), y)
print(scaler.scale(loss).item() / loss.item())  # scale() multiplies the loss
#> 1024.0
scaler.scale(loss).backward()
scaled = model.weight.grad.clone()  # ... so every gradient is 1024x too large
scaler.unscale_(optimizer)  # divides them back in place (once per step)
print(torch.allclose(model.weight.grad, scaled / 1024))
#> True
before = model.weight.detach().clone()
scaler.step(optimizer)  # gradients are finite: optimizer.step() runs
scaler.update()
print(torch.equal(before, model.weight), scaler.get_scale())
#> False 1024.0

# An overflow: inf gradients. step() skips the update, update() halves the scale.
optimizer.zero_grad()
loss = nn.functional.mse_loss(model(x), y) * float("inf")
scaler.scale(loss).backward()
before = model.weight.detach().clone()
scaler.step(optimizer)
scaler.update()
print(torch.equal(before, model.weight), scaler.get_scale())
#> True 512.0

# enabled=False turns every method into a pass-through.
off = torch.amp.GradScaler("cpu", enabled=False)
print(off.scale(loss) is loss, off.get_scale())
#> True 1.0
