import torch
from torch import nn

torch.manual_seed(0)
first, middle, last = nn.Linear(2, 2), nn.Linear(2, 2), nn.Linear(2, 1)
x = torch.randn(4, 2)


def grads():
    return [m.weight.grad is not None for m in (first, middle, last)]


# requires_grad_(False) freezes the middle layer's own weights only:
# the gradient still flows through it to the first layer.
middle.requires_grad_(False)
last(middle(first(x))).sum().backward()
print(grads())
#> [True, False, True]

# no_grad() around the middle layer records nothing there: the graph is cut,
# so the first layer gets no gradient either.
middle.requires_grad_(True)
for m in (first, middle, last):
    m.zero_grad()
h = first(x)
with torch.no_grad():
    h = middle(h)
print(h.requires_grad)
#> False
last(h).sum().backward()
print(grads())
#> [False, False, True]
