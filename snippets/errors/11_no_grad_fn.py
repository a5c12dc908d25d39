import torch
from torch import nn

torch.manual_seed(0)
model = nn.Linear(3, 1)
x, y = torch.randn(8, 3), torch.randn(8, 1)

with torch.no_grad():  # e.g. a validation helper reused for training
    loss = nn.functional.mse_loss(model(x), y)
print(loss.requires_grad, loss.grad_fn)
#> False None
try:
    loss.backward()
except RuntimeError as err:
    print(f"{type(err).__name__}: {err}")
    """
    RuntimeError: element 0 of tensors does not require grad and does not have a grad_fn
    """

# Forcing it does not help: the loss is not connected to the weights.
loss.requires_grad_(True)
loss.backward()
print(model.weight.grad)
#> None

# The fix: compute the loss with grad mode on (and parameters that require grad).
loss = nn.functional.mse_loss(model(x), y)
print(loss.grad_fn.name())
#> MseLossBackward0
loss.backward()
print(model.weight.grad.shape)
#> torch.Size([1, 3])
