import io

import torch
from torch import nn
from torch.optim.lr_scheduler import CosineAnnealingLR, LinearLR


def build():
    model = nn.Linear(2, 1)
    optimizer = torch.optim.SGD(model.parameters(), lr=0.1, momentum=0.9)
    scheduler = CosineAnnealingLR(optimizer, T_max=10)
    return model, optimizer, scheduler


torch.manual_seed(0)
model, optimizer, scheduler = build()
for epoch in range(4):  # train 4 epochs, then save
    optimizer.step()
    scheduler.step()
buffer = io.BytesIO()  # stands in for a checkpoint file
torch.save(
    {
        "model": model.state_dict(),
        "optimizer": optimizer.state_dict(),
        "scheduler": scheduler.state_dict(),
        "epoch": 4,
    },
    buffer,
)
print(f"{scheduler.get_last_lr()[0]:.4f}", scheduler.state_dict()["last_epoch"])
#> 0.0655 4

# Resume: build everything as for a fresh run (default last_epoch=-1), then load.
buffer.seek(0)
checkpoint = torch.load(buffer)
model, optimizer, scheduler = build()
model.load_state_dict(checkpoint["model"])
optimizer.load_state_dict(checkpoint["optimizer"])
scheduler.load_state_dict(checkpoint["scheduler"])
print(f"{scheduler.get_last_lr()[0]:.4f}", f"{optimizer.param_groups[0]['lr']:.4f}")
#> 0.0655 0.0655
optimizer.step()
scheduler.step()  # epoch 5 continues the cosine
print(f"{scheduler.get_last_lr()[0]:.4f}")
#> 0.0500

# The wrong order: the optimizer loaded first, then the scheduler created. LinearLR
# rewrites the lr when it is created, and loading its state does not undo that.
optimizer = torch.optim.SGD(nn.Linear(2, 1).parameters(), lr=0.1)
warmup = LinearLR(optimizer, start_factor=0.25, total_iters=8)
for epoch in range(4):
    optimizer.step()
    warmup.step()
saved = optimizer.state_dict(), warmup.state_dict()
optimizer = torch.optim.SGD(nn.Linear(2, 1).parameters(), lr=0.1)
optimizer.load_state_dict(saved[0])
warmup = LinearLR(optimizer, start_factor=0.25, total_iters=8)  # too late
warmup.load_state_dict(saved[1])
print(warmup.get_last_lr(), optimizer.param_groups[0]["lr"])  # reported vs used
#> [0.0625] 0.015625

# last_epoch=N instead of load_state_dict() needs "initial_lr" in every group.
fresh = torch.optim.SGD(nn.Linear(2, 1).parameters(), lr=0.1)
try:
    CosineAnnealingLR(fresh, T_max=10, last_epoch=3)
except KeyError as err:
    print(f"{type(err).__name__}: {err.args[0]}")
    """
    KeyError: param 'initial_lr' is not specified in param_groups[0] when resuming scheduler with last_epoch >= 0.
    This typically happens when:
    1. You're trying to resume training from a checkpoint but haven't properly loaded the optimizer state
    2. You're using last_epoch >= 0 for a fresh training run (not recommended)
    """
