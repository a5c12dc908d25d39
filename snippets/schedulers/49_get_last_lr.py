import warnings

import torch
from torch import nn
from torch.optim.lr_scheduler import LinearLR

optimizer = torch.optim.SGD(nn.Linear(2, 1).parameters(), lr=0.1)
scheduler = LinearLR(optimizer, start_factor=0.5, total_iters=4)
for _ in range(2):
    optimizer.step()
    scheduler.step()

print(scheduler.get_last_lr(), optimizer.param_groups[0]["lr"])  # what is in use
#> [0.075] 0.075
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    value = scheduler.get_lr()  # the internal formula, meant for inside step()
print(f"{caught[0].category.__name__}: {caught[0].message}")
"""
UserWarning: To get the last learning rate computed by the scheduler, please use `get_last_lr()`.
"""
print(value)  # neither the lr in use nor the next one (0.0875)
#> [0.09]
