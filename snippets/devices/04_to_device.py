import torch
from torch import nn

if torch.accelerator.is_available():
    device = torch.accelerator.current_accelerator()
else:
    device = torch.device("cpu")

# Tensors: .to() RETURNS a tensor on the device; the original stays where it was.
x = torch.ones(2, 3)
x.to(device)  # result thrown away: x has not moved
print(x.device.type)
#> cpu
x = x.to(device=device)  # keep the result (the notes' ts.to(device=device))
print(x.device.type == device.type)
#> True

# .to() returns the same object when there is nothing to do, a new one otherwise.
print(x.to(device) is x, x.to(torch.float64) is x)
#> True False

# Modules: .to() moves every parameter and buffer IN PLACE and returns the module.
model = nn.Linear(3, 1)
same = model.to(device)
print(same is model, model.weight.device.type == device.type)
#> True True
print(model(x).device.type == device.type)  # inputs and weights on one device
#> True
