import torch
from torch import nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(4, 8), nn.Dropout(p=0.5), nn.Linear(8, 1))
x = torch.randn(2, 4)

model.eval()  # changes layers (Dropout is now off)...
out = model(x)
print(torch.equal(out, model(x)))  # deterministic: no dropout
#> True
print(out.requires_grad, out.grad_fn.name())  # ...but the graph is still built
#> True AddmmBackward0
out.sum().backward()  # and backward still works
print(model[0].weight.grad is not None)
#> True

# Inference: eval() for the layers AND no_grad() (or inference_mode()) for autograd.
with torch.no_grad():
    out = model(x)
print(out.requires_grad, out.grad_fn)
#> False None
