import torch
from torch import nn

torch.manual_seed(0)
model = nn.Linear(3, 1)
optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
before = model.weight.detach().clone()

loss = model(torch.randn(4, 3)).pow(2).mean()
loss.backward()  # computes gradients only
print(model.weight.grad is not None, torch.equal(model.weight, before))
#> True True

optimizer.step()  # the optimizer changes the weights: w -= lr * w.grad
print(torch.allclose(model.weight, before - 0.1 * model.weight.grad))
#> True
