import torch
from torch import nn

torch.manual_seed(0)
backbone = nn.Sequential(nn.Linear(8, 16), nn.ReLU())
head = nn.Linear(16, 2)
backbone.requires_grad_(False)  # phase 1: train the head only
optimizer = torch.optim.AdamW(head.parameters(), lr=1e-3)

# ... some epochs later, phase 2: unfreeze the backbone and add it as a new group
backbone.requires_grad_(True)
optimizer.add_param_group({"params": backbone.parameters(), "lr": 1e-4})
for group in optimizer.param_groups:  # options left out come from the defaults
    print(len(group["params"]), group["lr"], group["weight_decay"])
    #> 2 0.001 0.01
    #> 2 0.0001 0.01

try:  # a parameter may belong to one group only
    optimizer.add_param_group({"params": head.parameters()})
except ValueError as err:
    print(f"{type(err).__name__}: {err}")
    #> ValueError: some parameters appear in more than one parameter group
