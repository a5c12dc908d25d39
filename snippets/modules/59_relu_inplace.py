import torch
from torch import nn

torch.manual_seed(0)
x = torch.randn(2, 3)
y = nn.ReLU(inplace=True)(x)  # writes the result into x: no new tensor
print(y is x, bool((x >= 0).all()))
#> True True


# Trap 1: a later line still reads the input, which is now overwritten.
class PreActBlock(nn.Module):
    def __init__(self, inplace):
        super().__init__()
        self.act = nn.ReLU(inplace=inplace)
        self.fc = nn.Linear(3, 3)

    def forward(self, x):
        return self.fc(self.act(x)) + x  # the skip connection reads x again


block = PreActBlock(inplace=False)
inp = torch.randn(2, 3)
expected = block(inp)
block.act.inplace = True
print(torch.allclose(block(inp.clone()), expected))  # wrong result, no error
#> False

# Trap 2: autograd needs the overwritten value (sigmoid's backward uses its output).
a = torch.randn(2, 3, requires_grad=True)
out = nn.ReLU(inplace=True)(torch.sigmoid(a))
try:
    out.sum().backward()
except RuntimeError as err:
    print(f"{type(err).__name__}: {str(err).split(': [')[0]}")
    """
    RuntimeError: one of the variables needed for gradient computation has been modified by an inplace operation
    """
