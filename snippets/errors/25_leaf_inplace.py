import torch
from torch import nn

torch.manual_seed(0)
w = torch.randn(3, requires_grad=True)
loss = (w**2).sum()
loss.backward()
try:
    w -= 0.1 * w.grad  # a hand-written SGD step
except RuntimeError as err:
    print(f"{type(err).__name__}: {err}")
    """
    RuntimeError: a leaf Variable that requires grad is being used in an in-place operation.
    """

layer = nn.Linear(3, 2)
try:
    layer.weight[0] = 0.0  # initialising part of a parameter
except RuntimeError as err:
    print(f"{type(err).__name__}: {err}")
    """
    RuntimeError: a view of a leaf Variable that requires grad is being used in an in-place operation.
    """

# The fix: change parameters inside no_grad(), as optimizers and nn.init do.
with torch.no_grad():
    w -= 0.1 * w.grad
    layer.weight[0] = 0.0
print(w.requires_grad, layer.weight[0].tolist())
#> True [0.0, 0.0, 0.0]
