import torch
from torch import nn

torch.manual_seed(0)
model = nn.Linear(4, 2)
x = torch.randn(3, 4)

with torch.inference_mode():  # like no_grad, with less bookkeeping
    out = model(x)
print(out.requires_grad, out.is_inference())
#> False True

# The price: inference tensors cannot enter a computation autograd records.
scale = torch.ones(2, requires_grad=True)
try:
    (out * scale).sum().backward()
except RuntimeError as err:
    print(str(err).split(".")[0])
    #> Inference tensors cannot be saved for backward

# Clone one to get a normal tensor back.
print(out.clone().is_inference())
#> False
