import torch
from torch import nn
from torch.optim import AdamW

torch.manual_seed(0)
model = nn.Linear(2, 1)
optimizer = AdamW(model.parameters(), lr=3e-4)

# The optimizer holds the model's own tensors, not copies of them.
print(optimizer.param_groups[0]["params"][0] is model.weight)
#> True

before = model.weight.detach().clone()
address = model.weight.data_ptr()
model(torch.randn(4, 2)).sum().backward()  # writes model.weight.grad
optimizer.step()  # reads model.weight.grad, updates model.weight in place
print(torch.equal(model.weight, before), model.weight.data_ptr() == address)
#> False True

# .to() moves each parameter's data but keeps the same Parameter objects.
model.to(torch.float64)
print(optimizer.param_groups[0]["params"][0] is model.weight)
#> True

# But a layer swapped in AFTER the optimizer was built is never updated by it.
net = nn.Sequential(nn.Linear(2, 2), nn.Linear(2, 1))
optimizer = AdamW(net.parameters(), lr=3e-4)
net[1] = nn.Linear(2, 1)  # new tensors the optimizer has never seen
print(any(p is net[1].weight for p in optimizer.param_groups[0]["params"]))
#> False
