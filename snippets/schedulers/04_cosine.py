import math

import torch
from torch import nn
from torch.optim.lr_scheduler import CosineAnnealingLR

optimizer = torch.optim.SGD(nn.Linear(2, 1).parameters(), lr=0.1)
scheduler = CosineAnnealingLR(optimizer, T_max=10, eta_min=0.001)

lrs = []
for epoch in range(16):
    lrs.append(scheduler.get_last_lr()[0])
    optimizer.step()
    scheduler.step()

# eta_min + (lr - eta_min) * (1 + cos(pi * t / T_max)) / 2
t = 3
print(math.isclose(lrs[t], 0.001 + 0.099 * (1 + math.cos(math.pi * t / 10)) / 2))
#> True
print([f"{lr:.3g}" for lr in lrs[::5]])  # epochs 0, 5, 10, 15
#> ['0.1', '0.0505', '0.001', '0.0505']
