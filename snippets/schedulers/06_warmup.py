import torch
from torch import nn
from torch.optim.lr_scheduler import CosineAnnealingLR, LinearLR, SequentialLR

optimizer = torch.optim.AdamW(nn.Linear(2, 1).parameters(), lr=1e-3)
warmup = LinearLR(optimizer, start_factor=0.1, end_factor=1.0, total_iters=5)
cosine = CosineAnnealingLR(optimizer, T_max=25, eta_min=0.0)
# Epochs 0-4: warm-up from 0.1 x lr to lr; then cosine down to 0 over 25 epochs.
scheduler = SequentialLR(optimizer, schedulers=[warmup, cosine], milestones=[5])

lrs = []
for epoch in range(30):
    lrs.append(scheduler.get_last_lr()[0])
    optimizer.step()
    scheduler.step()
print([f"{lr:.2g}" for lr in lrs[:7]])
#> ['0.0001', '0.00028', '0.00046', '0.00064', '0.00082', '0.001', '0.001']
print([f"{lr:.2g}" for lr in lrs[-3:]])
#> ['3.5e-05', '1.6e-05', '3.9e-06']
