import torch
from torch import nn

torch.manual_seed(0)


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.layers = [nn.Linear(2, 2), nn.Linear(2, 1)]  # a plain list: not registered


model = nn.Linear(2, 1)
frozen = nn.Linear(2, 1).requires_grad_(False)
attempts = {
    "layers in a plain list": lambda: Net().parameters(),
    "every parameter frozen, then filtered": lambda: [
        p for p in frozen.parameters() if p.requires_grad
    ],
    "parameters without ()": lambda: model.parameters,
    "a bare tensor": lambda: model.weight,
    "requires_grad, then .to() (or .cuda())": lambda: [
        torch.randn(3, requires_grad=True).to(torch.float64)  # a result: not a leaf
    ],
}
messages = []
for cause, params in attempts.items():
    try:
        torch.optim.SGD(params(), lr=0.1)
    except (TypeError, ValueError) as err:
        messages.append(f"{cause}:\n  {type(err).__name__}: {err}")
print("\n".join(messages))
"""
layers in a plain list:
  ValueError: optimizer got an empty parameter list
every parameter frozen, then filtered:
  ValueError: optimizer got an empty parameter list
parameters without ():
  TypeError: 'method' object is not iterable
a bare tensor:
  TypeError: params argument given to the optimizer should be an iterable of Tensors or dicts, but got torch.FloatTensor
requires_grad, then .to() (or .cuda()):
  ValueError: can't optimize a non-leaf Tensor
"""

# A generator is used up once iterated: the second optimizer gets nothing.
params = model.parameters()
first = torch.optim.SGD(params, lr=0.1)
try:
    torch.optim.SGD(params, lr=0.1)
except ValueError as err:
    print(f"{type(err).__name__}: {err}")
    #> ValueError: optimizer got an empty parameter list

# The fixes: register the layers (nn.ModuleList), pass a list, or make a leaf.
w = nn.Parameter(torch.randn(3))  # or torch.randn(3, requires_grad=True)
print(len(torch.optim.SGD([w, *model.parameters()], lr=0.1).param_groups[0]["params"]))
#> 3
