import torch
from torch import nn

torch.manual_seed(0)
x = torch.randn(3, 4)

# No GPU here: the "meta" device (shapes, no data) stands in for cuda:0. The layer
# refuses a meta weight with a CPU input, as it refuses a cuda:0 weight with one.
model = nn.Linear(4, 2).to("meta")
try:
    model(x)
except RuntimeError as err:
    print(f"{type(err).__name__}: {err}")
    #> RuntimeError: Tensor on device meta is not on the expected device cpu!

# The fix: move the input to the device that holds the model's parameters.
device = next(model.parameters()).device
print(model(x.to(device)).shape)
#> torch.Size([3, 2])

# Device-agnostic code: pick one device, move the model once (before creating
# the optimizer) and every batch, inputs and targets alike.
if torch.accelerator.is_available():
    device = torch.accelerator.current_accelerator()
else:
    device = torch.device("cpu")
model = nn.Linear(4, 2).to(device)
optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
inputs, targets = x.to(device), torch.zeros(3, 2).to(device)
loss = nn.functional.mse_loss(model(inputs), targets)
print(loss.device.type == device.type)
#> True
