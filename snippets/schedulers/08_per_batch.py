import torch
from torch import nn
from torch.optim.lr_scheduler import CosineAnnealingLR
from torch.utils.data import DataLoader, TensorDataset

torch.manual_seed(0)
loader = DataLoader(TensorDataset(torch.randn(32, 2), torch.randn(32, 1)), batch_size=8)
model = nn.Linear(2, 1)
optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
epochs = 3
# A per-batch schedule counts optimizer steps, not epochs.
scheduler = CosineAnnealingLR(optimizer, T_max=epochs * len(loader))

for epoch in range(epochs):
    for x, y in loader:
        optimizer.zero_grad()
        nn.functional.mse_loss(model(x), y).backward()
        optimizer.step()
        scheduler.step()  # after EVERY optimizer.step()
    print(epoch, len(loader), f"{scheduler.get_last_lr()[0]:.4f}")
    #> 0 4 0.0750
    #> 1 4 0.0250
    #> 2 4 0.0000
