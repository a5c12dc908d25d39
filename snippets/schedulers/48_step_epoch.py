import textwrap
import warnings

import torch
from torch import nn
from torch.optim.lr_scheduler import CosineAnnealingWarmRestarts, StepLR

optimizer = torch.optim.SGD(nn.Linear(2, 1).parameters(), lr=0.1)
scheduler = StepLR(optimizer, step_size=2, gamma=0.5)
optimizer.step()
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    scheduler.step(4)  # old style: pass the epoch number
message = f"{caught[0].category.__name__}: {caught[0].message}"
print("\n".join(textwrap.wrap(message, 88)))  # the message, wrapped
"""
UserWarning: The epoch parameter in `scheduler.step()` was not necessary and is being
deprecated where possible. Please use `scheduler.step()` to step the scheduler. During
the deprecation, if epoch is different from None, the closed form is used instead of the
new chainable form, where available. Please open an issue if you are unable to replicate
your use case: https://github.com/pytorch/pytorch/issues/new/choose.
"""
print(scheduler.get_last_lr())  # it jumped to epoch 4 (the closed form)
#> [0.025]

# To continue at epoch N, load the scheduler's state_dict() instead, and
# call step() with no argument. CosineAnnealingWarmRestarts is the exception: its
# docs step it per batch with a fractional epoch, and that does not warn.
optimizer = torch.optim.SGD(nn.Linear(2, 1).parameters(), lr=0.1)
restarts = CosineAnnealingWarmRestarts(optimizer, T_0=2)
optimizer.step()
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    restarts.step(0 + 1 / 4)  # epoch 0, batch 1 of 4
print(len(caught), f"{restarts.get_last_lr()[0]:.4f}")
#> 0 0.0962
