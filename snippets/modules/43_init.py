import math

import torch
from torch import nn

torch.manual_seed(0)
layer = nn.Linear(100, 50)
# Default init of Linear: weight and bias uniform in +-1/sqrt(in_features).
bound = 1 / math.sqrt(100)
print(layer.weight.abs().max().item() <= bound, layer.bias.abs().max().item() <= bound)
#> True True

# nn.init functions fill a tensor in place (trailing _) without recording gradients.
nn.init.zeros_(layer.bias)
nn.init.constant_(layer.weight, 0.5)
print(layer.bias[:3].tolist(), layer.weight[0, :3].tolist())
#> [0.0, 0.0, 0.0] [0.5, 0.5, 0.5]
nn.init.xavier_uniform_(layer.weight)  # Glorot: bound sqrt(6 / (fan_in + fan_out))
print(layer.weight.abs().max().item() <= math.sqrt(6 / 150))
#> True
print(layer.weight.requires_grad, layer.weight.is_leaf)  # still a trainable leaf
#> True True


# The usual pattern: one init function applied to every submodule.
def init_weights(m):
    if isinstance(m, nn.Linear):
        nn.init.kaiming_normal_(m.weight, nonlinearity="relu")  # He init for ReLU
        nn.init.zeros_(m.bias)


model = nn.Sequential(nn.Linear(100, 200), nn.ReLU(), nn.Linear(200, 10))
model.apply(init_weights)
print(round(model[0].weight.std().item(), 2), round(math.sqrt(2 / 100), 2))
#> 0.14 0.14
print(all((m.bias == 0).all() for m in model.modules() if isinstance(m, nn.Linear)))
#> True
