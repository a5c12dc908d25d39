import torch
from torch import nn

torch.manual_seed(0)
model = nn.Linear(3, 1)
x, y = torch.randn(4, 3), torch.randn(4, 1)
losses = nn.functional.mse_loss(model(x), y, reduction="none")  # one per sample
print(losses.shape)
#> torch.Size([4, 1])
try:
    losses.backward()
except RuntimeError as err:
    print(f"{type(err).__name__}: {err}")
    #> RuntimeError: grad can be implicitly created only for scalar outputs

# The fix: reduce to a scalar (what reduction="mean", the default, does)...
losses.mean().backward()
grad_mean = model.weight.grad.clone()
# ...or pass the weights of the outputs explicitly: backward(gradient=...).
model.weight.grad = None
losses = nn.functional.mse_loss(model(x), y, reduction="none")
losses.backward(gradient=torch.full_like(losses, 1 / len(losses)))
print(torch.allclose(model.weight.grad, grad_mean))
#> True
