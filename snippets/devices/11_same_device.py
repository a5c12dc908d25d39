import torch
from torch import nn

# The meta device has shapes and dtypes but no data. Every machine has it, so it
# stands in for a GPU here: the rules are the same, only the messages differ.
x = torch.ones(3, device="meta")
print((x * torch.tensor(2.0)).device)  # a 0-dim CPU tensor is allowed, like a number
#> meta
print(x[torch.tensor([0, 2])].device)  # so is a CPU tensor of indices
#> meta
try:
    x * torch.ones(1)  # any other CPU tensor, even with one element, is refused
except RuntimeError as err:
    print(f"{type(err).__name__}: {err}")
    #> RuntimeError: Tensor on device cpu is not on the expected device meta!


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc = nn.Linear(3, 3)  # a submodule: moved by .to()
        self.register_buffer("scale", torch.ones(3))  # a buffer: moved
        self.offset = torch.zeros(3)  # a plain tensor attribute: NOT moved
        self.heads = [nn.Linear(3, 1)]  # a plain list: not registered, NOT moved


model = Net().to("meta")
print(model.fc.weight.device, model.scale.device)
#> meta meta
print(model.offset.device, model.heads[0].weight.device)  # the usual culprits
#> cpu cpu

# nn.Module has no .device: ask a parameter. The list's layer is not even a parameter.
try:
    print(model.device)
except AttributeError as err:
    print(f"{type(err).__name__}: {err}")
    #> AttributeError: 'Net' object has no attribute 'device'
print(next(model.parameters()).device, len(list(model.parameters())))
#> meta 2

# The same check compares dtypes: a float16 input into a float32 layer.
try:
    nn.Conv2d(1, 1, 3)(torch.ones(1, 1, 5, 5, dtype=torch.float16))
except RuntimeError as err:
    print(f"{type(err).__name__}: {err}")
    #> RuntimeError: Input type (c10::Half) and bias type (float) should be the same
