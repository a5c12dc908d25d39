import torch
from torch import nn
from torch.optim.lr_scheduler import OneCycleLR

optimizer = torch.optim.SGD(nn.Linear(2, 1).parameters(), lr=0.1, momentum=0.9)
epochs, steps_per_epoch = 4, 25
scheduler = OneCycleLR(
    optimizer, max_lr=0.1, epochs=epochs, steps_per_epoch=steps_per_epoch
)  # defaults: pct_start=0.3, div_factor=25, final_div_factor=1e4, cos annealing

lrs, momenta = [], []
for step in range(epochs * steps_per_epoch):  # 100 optimizer steps
    lrs.append(optimizer.param_groups[0]["lr"])
    momenta.append(optimizer.param_groups[0]["momentum"])
    optimizer.step()
    scheduler.step()  # after EVERY batch, not every epoch
peak = max(range(len(lrs)), key=lrs.__getitem__)
print(f"start {lrs[0]:.4f} = 0.1 / 25, peak {lrs[peak]:.3f} at step {peak}")
#> start 0.0040 = 0.1 / 25, peak 0.100 at step 29
print(f"end {lrs[-1]:.2e} = 0.004 / 1e4")
#> end 4.00e-07 = 0.004 / 1e4
print(f"momentum {momenta[0]:.2f} -> {momenta[peak]:.2f} -> {momenta[-1]:.3f}")
#> momentum 0.95 -> 0.85 -> 0.950

try:
    scheduler.step()  # one step more than epochs * steps_per_epoch
except ValueError as err:
    print("ValueError:", err)
    #> ValueError: Tried to step 101 times. The specified number of total steps is 100
