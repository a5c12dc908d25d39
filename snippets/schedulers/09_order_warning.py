import textwrap
import warnings

import torch
from torch import nn
from torch.optim.lr_scheduler import LinearLR

optimizer = torch.optim.SGD(nn.Linear(2, 1).parameters(), lr=0.1)
scheduler = LinearLR(optimizer, start_factor=0.1, total_iters=5)  # 0.01 -> 0.1
print(f"{scheduler.get_last_lr()[0]:.3g}")  # the first value of the warm-up
#> 0.01

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    scheduler.step()  # WRONG order: before the first optimizer.step()
    optimizer.step()
message = f"{caught[0].category.__name__}: {caught[0].message}"
print("\n".join(textwrap.wrap(message, 88)))  # the message, wrapped
"""
UserWarning: Detected call of `lr_scheduler.step()` before `optimizer.step()`. In
PyTorch 1.1.0 and later, you should call them in the opposite order: `optimizer.step()`
before `lr_scheduler.step()`.  Failure to do this will result in PyTorch skipping the
first value of the learning rate schedule. See more details at
https://pytorch.org/docs/stable/optim.html#how-to-adjust-learning-rate
"""
print(f"{optimizer.param_groups[0]['lr']:.3g}")  # the first step trained with 0.028
#> 0.028
