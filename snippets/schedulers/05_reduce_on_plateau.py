import torch
from torch import nn
from torch.optim.lr_scheduler import ReduceLROnPlateau

optimizer = torch.optim.SGD(nn.Linear(2, 1).parameters(), lr=0.1)
# Halve the lr when val_loss has not improved for more than 2 epochs.
scheduler = ReduceLROnPlateau(optimizer, mode="min", factor=0.5, patience=2)

val_losses = [1.0, 0.8, 0.7, 0.7, 0.7, 0.7, 0.7, 0.7, 0.7, 0.6]
for epoch, val_loss in enumerate(val_losses):
    optimizer.step()  # train for an epoch
    scheduler.step(val_loss)  # it needs the metric
    print(epoch, val_loss, scheduler.get_last_lr()[0])
    #> 0 1.0 0.1
    #> 1 0.8 0.1
    #> 2 0.7 0.1
    #> 3 0.7 0.1
    #> 4 0.7 0.1
    #> 5 0.7 0.05
    #> 6 0.7 0.05
    #> 7 0.7 0.05
    #> 8 0.7 0.025
    #> 9 0.6 0.025

# verbose=True is gone (torch 2.15): log the lr yourself after step(val_loss).
try:
    ReduceLROnPlateau(optimizer, verbose=True)
except TypeError as err:
    print(f"{type(err).__name__}: {err}")
    """
    TypeError: ReduceLROnPlateau.__init__() got an unexpected keyword argument 'verbose'
    """
