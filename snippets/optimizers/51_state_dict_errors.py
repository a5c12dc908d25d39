import torch
from torch import nn

torch.manual_seed(0)
model = nn.Linear(2, 1)
optimizer = torch.optim.Adam(model.parameters())
model(torch.randn(4, 2)).sum().backward()
optimizer.step()
saved = optimizer.state_dict()  # Adam's exp_avg and exp_avg_sq: float32, on the CPU

# load_state_dict() casts the state to each parameter's dtype and device AT LOAD TIME.
# float64 stands in for a GPU here: the same rule moves the state to cuda:0.
wrong = nn.Linear(2, 1)
resumed = torch.optim.Adam(wrong.parameters())
resumed.load_state_dict(saved)
wrong.to(torch.float64)  # moved AFTER loading: the optimizer state stays behind
wrong(torch.randn(4, 2, dtype=torch.float64)).sum().backward()
try:
    resumed.step()  # on a GPU: "Expected all tensors to be on the same device"
except RuntimeError as err:
    print(f"{type(err).__name__}: {err}")
    #> RuntimeError: expected dtype float for `end` but got dtype double

right = nn.Linear(2, 1).to(torch.float64)  # 1. model on its device and dtype
resumed = torch.optim.Adam(right.parameters())  # 2. optimizer over its parameters
resumed.load_state_dict(saved)  # 3. load: the state follows the parameters
print(resumed.state[right.weight]["exp_avg"].dtype)
#> torch.float64


# A model whose parameters differ from the checkpoint's cannot take its state.
def load_into(params):
    try:
        torch.optim.Adam(params).load_state_dict(saved)
    except ValueError as err:
        return f"{type(err).__name__}: {err}"


print(load_into(nn.Sequential(nn.Linear(2, 2), nn.Linear(2, 1)).parameters()))
"""
ValueError: loaded state dict contains a parameter group that doesn't match the size of optimizer's group
"""
print(load_into([{"params": [model.weight]}, {"params": [model.bias]}]))  # 2 groups
#> ValueError: loaded state dict has a different number of parameter groups

# Only the counts are checked: the same number of tensors with other shapes loads,
# and the first step() fails.
other = nn.Linear(3, 1)
resumed = torch.optim.Adam(other.parameters())
resumed.load_state_dict(saved)
other(torch.randn(4, 3)).sum().backward()
try:
    resumed.step()
except RuntimeError as err:
    print(f"{type(err).__name__}: {err}")
    """
    RuntimeError: The size of tensor a (2) must match the size of tensor b (3) at non-singleton dimension 1
    """
