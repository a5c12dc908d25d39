import torch
from torch import nn
from torch.nn.utils import clip_grad_norm_, clip_grad_value_, get_total_norm

torch.manual_seed(0)
model = nn.Linear(10, 1)
optimizer = torch.optim.SGD(model.parameters(), lr=0.1)

x = torch.randn(16, 10) * 100  # huge inputs: huge gradients
optimizer.zero_grad()
model(x).pow(2).mean().backward()
# After backward(), before step(): rescale all gradients so their total norm <= 1.0
total = clip_grad_norm_(model.parameters(), max_norm=1.0)
print(f"{total.item():.1f}")  # the norm BEFORE clipping: log it to spot explosions
#> 9009.9
grads = [p.grad for p in model.parameters()]
print(f"{get_total_norm(grads).item():.4f}")  # the norm after clipping
#> 1.0000
optimizer.step()

# clip_grad_value_ clamps every element to [-clip_value, clip_value] instead.
optimizer.zero_grad()
model(x).pow(2).mean().backward()
clip_grad_value_(model.parameters(), clip_value=0.01)
print(round(max(p.grad.abs().max().item() for p in model.parameters()), 4))
#> 0.01
