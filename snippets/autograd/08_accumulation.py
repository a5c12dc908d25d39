import torch
from torch import nn

x = torch.tensor([1.0], requires_grad=True)
for _ in range(3):
    (x**2).backward()  # each call ADDS 2x to x.grad
    print(x.grad)
    #> tensor([2.])
    #> tensor([4.])
    #> tensor([6.])

x.grad = None  # reset by hand (zero_grad does this for every parameter)
(x**2).backward()
print(x.grad)
#> tensor([2.])

model = nn.Linear(2, 1)
optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
model(torch.ones(1, 2)).sum().backward()
optimizer.zero_grad()  # default set_to_none=True: grads become None
print(model.weight.grad)
#> None

# Accumulating on purpose: two half-batches give the gradient of the full batch.
torch.manual_seed(0)
data = torch.randn(8, 2)
model(data).mean().backward()
full = model.weight.grad.clone()
optimizer.zero_grad()
for half in data.split(4):
    (model(half).mean() / 2).backward()  # divide by the number of chunks
print(torch.allclose(model.weight.grad, full))
#> True
