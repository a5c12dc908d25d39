import torch
from torch import nn
from torch.optim.lr_scheduler import CosineAnnealingWarmRestarts

optimizer = torch.optim.SGD(nn.Linear(2, 1).parameters(), lr=0.1)
# The first cycle lasts T_0=2 epochs; each next one T_mult=2 times longer: 2, 4, 8.
scheduler = CosineAnnealingWarmRestarts(optimizer, T_0=2, T_mult=2, eta_min=0.0)

lrs = []
for epoch in range(14):
    lrs.append(scheduler.get_last_lr()[0])
    optimizer.step()
    scheduler.step()
print([f"{lr:.2f}" for lr in lrs])
"""
['0.10', '0.05', '0.10', '0.09', '0.05', '0.01', '0.10', '0.10', '0.09', '0.07', '0.05', '0.03', '0.01', '0.00']
"""
restarts = [epoch for epoch in range(1, 14) if lrs[epoch] > lrs[epoch - 1]]
print(restarts)  # back to the full lr at epochs 2, 6 (then 14, 30, ...)
#> [2, 6]
