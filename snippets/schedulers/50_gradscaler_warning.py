import warnings

import torch
from torch import nn
from torch.optim.lr_scheduler import StepLR

torch.manual_seed(0)
overflow = torch.tensor([[float("inf"), 1.0]])  # its scaled gradients are inf


def train(batches, skip_scheduler_on_overflow=False):
    model = nn.Linear(2, 1)
    optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
    scheduler = StepLR(optimizer, step_size=1, gamma=0.5)
    scaler = torch.amp.GradScaler("cpu")  # float16 training: GradScaler("cuda")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        for x in batches:
            optimizer.zero_grad()
            scaler.scale(model(x).sum()).backward()
            scale = scaler.get_scale()
            scaler.step(optimizer)  # inf in the gradients: optimizer.step() SKIPPED
            scaler.update()  # ... and the scale is lowered
            if skip_scheduler_on_overflow and scaler.get_scale() < scale:
                continue  # no optimizer step happened: do not advance the schedule
            scheduler.step()
    return [str(w.message)[:45] for w in caught], scheduler.get_last_lr()


first_overflows = [overflow, torch.randn(1, 2)]
print(train(first_overflows))  # the right order, still a warning
#> (['Detected call of `lr_scheduler.step()` before'], [0.025])
print(train(first_overflows, skip_scheduler_on_overflow=True))
#> ([], [0.05])
# The order is checked at the first scheduler.step() only: a later skipped
# optimizer step costs a value of the schedule without any warning.
print(train([torch.randn(1, 2), overflow]))
#> ([], [0.025])
