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


seed_everything(0)
train_loader, val_loader = make_loaders(seed=0)


def make_model():
    return nn.Sequential(
        nn.Linear(2, 16),
        nn.ReLU(),
        nn.Linear(16, 16),
        nn.ReLU(),
        nn.Linear(16, 2),
    ).to(device)


EPOCHS = 25
seed_everything(0)
model = make_model()
loss_fn = nn.CrossEntropyLoss()
optimizer = torch.optim.AdamW(model.parameters(), lr=0.01)
scheduler = torch.optim.lr_scheduler.OneCycleLR(
    optimizer, max_lr=0.02, epochs=EPOCHS, steps_per_epoch=len(train_loader)
)
#: end setup

xb, yb = next(iter(val_loader))  # one batch, to look at its gradients
optimizer.zero_grad()
loss_fn(model(xb.to(device)), yb.to(device)).backward()
grads = [p.grad for p in model.parameters()]


def grad_norm():  # the norm of all gradients as one vector
    return torch.linalg.vector_norm(torch.stack([g.norm() for g in grads])).item()


before = nn.utils.clip_grad_norm_(model.parameters(), max_norm=1.0)
print(f"norm {before:.3f} -> {grad_norm():.3f}")  # below max_norm: unchanged
#> norm 0.198 -> 0.198
nn.utils.clip_grad_norm_(model.parameters(), max_norm=0.1)
print(f"norm {before:.3f} -> {grad_norm():.3f}")  # above: scaled down to max_norm
#> norm 0.198 -> 0.100
optimizer.zero_grad()  # a look only: no optimizer step
