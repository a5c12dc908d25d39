#: setup
# what the cells above made (hidden on the page and in the notebook)
import math
import random

import numpy as np
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
if torch.accelerator.is_available():
    device = torch.accelerator.current_accelerator()
else:
    device = torch.device("cpu")


def seed_everything(seed):
    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)


def make_loaders(seed):
    split = torch.Generator().manual_seed(seed)
    train_ds, val_ds = random_split(dataset, [0.8, 0.2], generator=split)
    shuffle = torch.Generator().manual_seed(seed)
    train = DataLoader(train_ds, batch_size=64, shuffle=True, generator=shuffle)
    return train, DataLoader(val_ds, batch_size=256)


def make_model():
    return nn.Sequential(
        nn.Linear(2, 16),
        nn.ReLU(),
        nn.Linear(16, 16),
        nn.ReLU(),
        nn.Linear(16, 2),
    ).to(device)


loss_fn = nn.CrossEntropyLoss()
#: end setup


def overfit_one_batch(model, xb, yb, steps=300):
    optimizer = torch.optim.Adam(model.parameters(), lr=0.01)
    for _ in range(steps):  # the same batch again and again
        optimizer.zero_grad()
        loss = loss_fn(model(xb), yb)
        loss.backward()
        optimizer.step()
    return loss.item()


seed_everything(0)
train_loader, val_loader = make_loaders(seed=0)
xb, yb = next(iter(train_loader))
xb, yb = xb.to(device), yb.to(device)
print(f"{overfit_one_batch(make_model(), xb, yb):.3f}")  # a working setup: near 0
#> 0.003
# A bug this finds: a softmax before CrossEntropyLoss, which applies its own.
buggy = nn.Sequential(make_model(), nn.Softmax(dim=1))
print(f"{overfit_one_batch(buggy, xb, yb):.3f}")  # stuck above ln(1 + 1/e) = 0.313
#> 0.330
