import torch
from torch import nn

torch.manual_seed(0)

# .to() to another dtype or device is a recorded operation: the result is not a leaf.
# .double() stands in here for .cuda() / .to("cuda"), which the is_leaf docs show too.
w = torch.randn(3, requires_grad=True).double()
print(w.is_leaf, w.grad_fn.name())
#> False ToCopyBackward0

# Fix: create it where and as it should be, then it is the leaf you keep.
w = torch.randn(3, dtype=torch.float64, requires_grad=True)  # or device=...
(w * 2).sum().backward()
print(w.is_leaf, w.grad)
#> True tensor([2., 2., 2.], dtype=torch.float64)

# Parameters moved with model.to() stay leaves: Module.to() keeps the same Parameters.
model = nn.Linear(3, 1).to(torch.float64)
print(model.weight.is_leaf)
#> True


# A parameter that the loss does not depend on gets no gradient at all.
class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.used, self.unused = nn.Linear(3, 1), nn.Linear(3, 1)

    def forward(self, x):
        return self.used(x)


net = Net()
net(torch.randn(2, 3)).sum().backward()
print(net.used.weight.grad is not None, net.unused.weight.grad)
#> True None

# And zero_grad() (set_to_none=True by default) makes every .grad None again.
net.zero_grad()
print(net.used.weight.grad)
#> None
