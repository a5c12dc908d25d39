import torch
from torch import nn


class Gate(nn.Module):
    def forward(self, x):
        if x.sum() > 0:  # a Python `if` on a tensor's value
            return x * 2
        return -x


# export refuses the data-dependent branch instead of recording one side of it.
try:
    torch.export.export(Gate(), (torch.ones(3),))
except RuntimeError as err:
    print(type(err).__name__, "-", str(err).split(" expression")[0])
    #> GuardOnDataDependentSymNode - Could not guard on data-dependent


class CondGate(nn.Module):
    def forward(self, x):  # torch.cond: both branches go into the graph
        return torch.cond(x.sum() > 0, lambda x: x * 2, lambda x: -x, (x,))


gate = torch.export.export(CondGate(), (torch.ones(3),)).module()
print(gate(torch.ones(3)), gate(-torch.ones(3)))
#> tensor([2., 2., 2.]) tensor([1., 1., 1.])

# The exported module still supports backward.
torch.manual_seed(0)
model = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 2))
exported = torch.export.export(model, (torch.randn(2, 4),)).module()
exported(torch.randn(2, 4)).sum().backward()
print(all(p.grad is not None for p in exported.parameters()))
#> True
