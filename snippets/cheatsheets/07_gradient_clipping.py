import torch
from torch import nn

torch.manual_seed(0)
model = nn.Linear(10, 1)
optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
x, y = torch.randn(8, 10), torch.randn(8, 1) * 100  # big targets: big gradients

optimizer.zero_grad()
loss = nn.functional.mse_loss(model(x), y)
loss.backward()
# after backward(), before step(): rescale all grads so their total norm <= max_norm
total = torch.nn.utils.clip_grad_norm_(model.parameters(), max_norm=1.0)
optimizer.step()

print(round(total.item(), 1))  # the norm BEFORE clipping: log it to monitor
#> 245.5
grads = [p.grad for p in model.parameters()]
print(round(torch.nn.utils.get_total_norm(grads).item(), 4))  # after: max_norm
#> 1.0
