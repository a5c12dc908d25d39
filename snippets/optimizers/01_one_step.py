import torch
from torch import nn

torch.manual_seed(0)
model = nn.Linear(4, 3)  # a tiny classifier: 4 features, 3 classes
loss_fn = nn.CrossEntropyLoss()
optimizer = torch.optim.SGD(model.parameters(), lr=1e-3)

X = torch.randn(8, 4)
y = torch.randint(0, 3, (8,))
before = model.weight.detach().clone()

optimizer.zero_grad()  # 1. clear the old gradients
loss = loss_fn(model(X), y)
loss.backward()  # 2. fill .grad of every parameter
optimizer.step()  # 3. update every parameter in place

# Plain SGD: weight <- weight - lr * weight.grad
print(torch.allclose(model.weight, before - 1e-3 * model.weight.grad))
#> True
print(loss_fn(model(X), y).item() < loss.item())  # one small step downhill
#> True
