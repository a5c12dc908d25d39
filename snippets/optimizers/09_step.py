import torch
from torch import nn

a = nn.Parameter(torch.tensor([1.0]))
b = nn.Parameter(torch.tensor([1.0]))
optimizer = torch.optim.SGD([a, b], lr=0.1, momentum=0.9)

a.grad = torch.tensor([1.0])
b.grad = torch.tensor([1.0])
optimizer.step()
print(round(a.item(), 4), round(b.item(), 4))
#> 0.9 0.9

a.grad = None  # what zero_grad() leaves: step() SKIPS this parameter
b.grad = torch.zeros(1)  # zero_grad(set_to_none=False): momentum still moves it
optimizer.step()
print(round(a.item(), 4), round(b.item(), 4))
#> 0.9 0.81

print(b.grad)  # step() reads .grad, it does not clear it
#> tensor([0.])
print(b.grad_fn, b.is_leaf)  # the update ran under no_grad: not in any graph
#> None True
