import torch
from torch import nn
from torch.optim.lr_scheduler import (
    ChainedScheduler,
    ConstantLR,
    ExponentialLR,
    SequentialLR,
)


def run(combine, steps=6):
    optimizer = torch.optim.SGD(nn.Linear(2, 1).parameters(), lr=1.0)
    low_start = ConstantLR(optimizer, factor=0.1, total_iters=2)  # x0.1 for 2 steps
    decay = ExponentialLR(optimizer, gamma=0.9)  # x0.9 every step
    scheduler = combine(optimizer, [low_start, decay])
    lrs = []
    for _ in range(steps):
        lrs.append(f"{scheduler.get_last_lr()[0]:.3g}")
        optimizer.step()
        scheduler.step()
    return lrs


# SequentialLR: ONE scheduler at a time, handing over at the milestones.
print(run(lambda opt, s: SequentialLR(opt, schedulers=s, milestones=[2])))
#> ['0.1', '0.1', '1', '0.9', '0.81', '0.729']
# ChainedScheduler: ALL of them at every step; their factors multiply.
print(run(lambda opt, s: ChainedScheduler(s, optimizer=opt)))
#> ['0.1', '0.09', '0.81', '0.729', '0.656', '0.59']
