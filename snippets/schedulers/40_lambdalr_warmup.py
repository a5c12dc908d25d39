import torch
from torch import nn
from torch.optim.lr_scheduler import LambdaLR

optimizer = torch.optim.AdamW(nn.Linear(2, 1).parameters(), lr=1e-3)
warmup_steps, total_steps = 4, 12


def warmup_then_linear_decay(step):  # a FACTOR for the base lr, per step
    if step < warmup_steps:
        return (step + 1) / warmup_steps  # 1/4, 2/4, 3/4, 4/4
    return max(0.0, (total_steps - step) / (total_steps - warmup_steps))


scheduler = LambdaLR(optimizer, lr_lambda=warmup_then_linear_decay)
lrs = []
for step in range(total_steps):
    lrs.append(scheduler.get_last_lr()[0])
    optimizer.step()  # one batch
    scheduler.step()  # per batch: the schedule counts optimizer steps
print("lr / 1e-4:", [f"{lr / 1e-4:.3g}" for lr in lrs])
"""
lr / 1e-4: ['2.5', '5', '7.5', '10', '10', '8.75', '7.5', '6.25', '5', '3.75', '2.5', '1.25']
"""

# A lambda or a function is not saved in state_dict(): rebuild it when resuming.
print(scheduler.state_dict()["lr_lambdas"], scheduler.state_dict()["last_epoch"])
#> [None] 12
