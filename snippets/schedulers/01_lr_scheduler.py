import torch
from torch import nn
from torch.optim.lr_scheduler import StepLR

backbone, head = nn.Linear(4, 4), nn.Linear(4, 1)
optimizer = torch.optim.SGD(
    [{"params": backbone.parameters(), "lr": 0.01}, {"params": head.parameters()}],
    lr=0.1,
)
scheduler = StepLR(optimizer, step_size=1, gamma=0.5)  # halve every step

optimizer.step()
scheduler.step()  # rewrites param_groups[i]["lr"] for every group
print([group["lr"] for group in optimizer.param_groups])
#> [0.005, 0.05]
print(scheduler.get_last_lr())  # one value per parameter group
#> [0.005, 0.05]
print([group["initial_lr"] for group in optimizer.param_groups])  # kept for restarts
#> [0.01, 0.1]
print(isinstance(scheduler, nn.Module), scheduler.state_dict()["last_epoch"])
#> False 1
