#: setup
# what the cells above made (hidden on the page and in the notebook)
import math

import torch
from torch import nn
from torch.utils.data import DataLoader, TensorDataset, random_split

torch.manual_seed(0)
n = 500
t = torch.rand(n) * math.pi
upper = torch.stack([t.cos(), t.sin()], dim=1)
lower = torch.stack([1 - t.cos(), 0.5 - t.sin()], dim=1)
X = torch.cat([upper, lower]) + 0.15 * torch.randn(2 * n, 2)
y = torch.cat([torch.zeros(n), torch.ones(n)]).long()
dataset = TensorDataset(X, y)
split_rng = torch.Generator().manual_seed(0)
train_ds, val_ds = random_split(dataset, [0.8, 0.2], generator=split_rng)
train_loader = DataLoader(train_ds, batch_size=64, shuffle=True)
val_loader = DataLoader(val_ds, batch_size=256)
if torch.accelerator.is_available():
    device = torch.accelerator.current_accelerator()
else:
    device = torch.device("cpu")
torch.manual_seed(0)
model = nn.Sequential(
    nn.Linear(2, 16),
    nn.ReLU(),
    nn.Linear(16, 16),
    nn.ReLU(),
    nn.Linear(16, 2),
).to(device)
loss_fn = nn.CrossEntropyLoss()
optimizer = torch.optim.Adam(model.parameters(), lr=0.01)
#: end setup


def train_one_epoch(model, loader, loss_fn, optimizer):
    model.train()  # training mode (dropout, BatchNorm)
    total = torch.zeros((), device=device)  # summed on the device
    for xb, yb in loader:
        xb, yb = xb.to(device), yb.to(device)
        optimizer.zero_grad()  # clear the last step's gradients
        loss = loss_fn(model(xb), yb)  # forward pass and loss
        loss.backward()  # backward pass: fills p.grad
        optimizer.step()  # update the weights
        total += loss.detach() * len(xb)  # detach: no graph kept; no sync
    return total.item() / len(loader.dataset)  # one .item() per epoch
