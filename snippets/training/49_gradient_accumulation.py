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

seed_everything(0)
train_loader, val_loader = make_loaders(seed=0)
model = make_model()

# Four micro-batches of 16, each loss divided by 4, give the gradient of the batch of 64.
xb, yb = next(iter(train_loader))
xb, yb = xb.to(device), yb.to(device)
model.zero_grad()
loss_fn(model(xb), yb).backward()
full_batch = [p.grad.clone() for p in model.parameters()]
model.zero_grad()
for xs, ys in zip(xb.split(16), yb.split(16)):
    (loss_fn(model(xs), ys) / 4).backward()  # gradients add up in p.grad
print(all(torch.allclose(g, p.grad) for g, p in zip(full_batch, model.parameters())))
#> True

ACCUM = 4  # one optimizer step every 4 batches: batches of 4 × 64 samples
optimizer = torch.optim.AdamW(model.parameters(), lr=0.01)
model.train()
optimizer.zero_grad()
steps = 0
for i, (xb, yb) in enumerate(train_loader, start=1):
    xb, yb = xb.to(device), yb.to(device)
    loss = loss_fn(model(xb), yb) / ACCUM  # the group's mean, not its sum
    loss.backward()  # accumulates into p.grad
    if i % ACCUM == 0 or i == len(train_loader):  # and the last, shorter group
        nn.utils.clip_grad_norm_(model.parameters(), max_norm=1.0)  # whole group
        optimizer.step()
        optimizer.zero_grad()
        steps += 1
print(len(train_loader), "batches,", steps, "optimizer steps")
#> 13 batches, 4 optimizer steps
