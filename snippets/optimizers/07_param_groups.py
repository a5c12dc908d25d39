import torch
from torch import nn

backbone = nn.Sequential(nn.Linear(8, 16), nn.LayerNorm(16), nn.ReLU())
head = nn.Linear(16, 2)
model = nn.Sequential(backbone, head)

# 1. No weight decay on biases and normalisation weights (the 1-D tensors).
decay = [p for p in model.parameters() if p.ndim >= 2]
no_decay = [p for p in model.parameters() if p.ndim < 2]
optimizer = torch.optim.AdamW(
    [
        {"params": decay, "weight_decay": 0.01},
        {"params": no_decay, "weight_decay": 0.0},
    ],
    lr=1e-3,  # the default for every group that does not set its own
)
for group in optimizer.param_groups:
    print(len(group["params"]), group["lr"], group["weight_decay"])
    #> 2 0.001 0.01
    #> 4 0.001 0.0

# 2. A smaller learning rate for a pretrained backbone than for a new head.
optimizer = torch.optim.SGD(
    [
        {"params": backbone.parameters(), "lr": 1e-4},
        {"params": head.parameters()},  # uses lr=1e-2 below
    ],
    lr=1e-2,
    momentum=0.9,
)
print([group["lr"] for group in optimizer.param_groups])
#> [0.0001, 0.01]
