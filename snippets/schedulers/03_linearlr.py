import torch
from torch import nn
from torch.optim.lr_scheduler import LinearLR

model = nn.Linear(2, 1)


def schedule(epochs, **kwargs):
    optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
    scheduler = LinearLR(optimizer, **kwargs)
    lrs = []
    for _ in range(epochs):
        lrs.append(f"{scheduler.get_last_lr()[0]:.3g}")
        optimizer.step()
        scheduler.step()
    return lrs


# The defaults RAISE the lr: start_factor=1/3 -> end_factor=1.0 over 5 steps.
print(schedule(7))
#> ['0.0333', '0.0467', '0.06', '0.0733', '0.0867', '0.1', '0.1']
# Decay instead: from 1.0 x lr down to 0.1 x lr over 4 steps, then constant.
print(schedule(7, start_factor=1.0, end_factor=0.1, total_iters=4))
#> ['0.1', '0.0775', '0.055', '0.0325', '0.01', '0.01', '0.01']
