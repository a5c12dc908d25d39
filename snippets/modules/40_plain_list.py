import torch
from torch import nn


class Broken(nn.Module):
    def __init__(self):
        super().__init__()
        self.layers = [nn.Linear(4, 4), nn.Linear(4, 4)]  # a plain list: not registered
        self.head = nn.Linear(4, 1)

    def forward(self, x):
        for layer in self.layers:
            x = torch.relu(layer(x))
        return self.head(x)


torch.manual_seed(0)
model = Broken()
print(len(list(model.parameters())))  # only head.weight and head.bias
#> 2
print(list(model.state_dict()))  # the listed layers would not be saved either
#> ['head.weight', 'head.bias']

# The optimizer is built from parameters(): it will never update the listed layers.
opt = torch.optim.SGD(model.parameters(), lr=0.1)
print(sum(len(group["params"]) for group in opt.param_groups))
#> 2

# .to() converts registered tensors only (the same goes for moving to a GPU).
model.to(torch.float64)
print(model.head.weight.dtype, model.layers[0].weight.dtype)
#> torch.float64 torch.float32
try:
    model(torch.randn(2, 4, dtype=torch.float64))
except RuntimeError as err:
    print(err)
    #> mat1 and mat2 must have the same dtype, but got Double and Float
