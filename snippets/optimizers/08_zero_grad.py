import torch
from torch import nn

torch.manual_seed(0)

w = torch.tensor([1.0, 2.0], requires_grad=True)
optimizer = torch.optim.SGD([w], lr=0.1)

(3 * w).sum().backward()
(3 * w).sum().backward()
print(w.grad)  # backward() ADDS to .grad: 3 + 3
#> tensor([6., 6.])

optimizer.zero_grad()  # default set_to_none=True: the gradient is gone
print(w.grad)
#> None

(3 * w).sum().backward()
optimizer.zero_grad(set_to_none=False)  # keep the tensor, fill it with zeros
print(w.grad)
#> tensor([0., 0.])

# model.zero_grad() clears the model's parameters; optimizer.zero_grad() clears the
# optimizer's. They differ when the optimizer also holds a tensor outside the model.
model = nn.Linear(2, 1)
temperature = nn.Parameter(torch.ones(1))  # a learnable scalar, not in the model
optimizer = torch.optim.SGD([*model.parameters(), temperature], lr=0.1)
(model(torch.ones(1, 2)) / temperature).sum().backward()
model.zero_grad()
print(model.weight.grad, temperature.grad)  # the temperature keeps its gradient
#> None tensor([0.2080])
optimizer.zero_grad()
print(temperature.grad)
#> None
