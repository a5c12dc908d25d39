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

# bfloat16 autocast where the device has it: the CPU, and GPUs of compute
# capability 8.0 and newer (NVIDIA Ampere on); elsewhere run in float32.
use_bf16 = device.type == "cpu" or (
    device.type == "cuda" and torch.cuda.is_bf16_supported(including_emulation=False)
)
amp = {"device_type": device.type, "dtype": torch.bfloat16, "enabled": use_bf16}

xb, yb = next(iter(val_loader))
with torch.autocast(**amp):
    logits = model(xb.to(device))
    loss = loss_fn(logits, yb.to(device))
print(logits.dtype, loss.dtype, model[0].weight.dtype)
#> torch.bfloat16 torch.float32 torch.float32


def train_epoch(model, loader, loss_fn, optimizer, scheduler, max_norm=1.0):
    model.train()
    total = torch.zeros((), device=device)  # summed on the device, as above
    for xb, yb in loader:
        xb, yb = xb.to(device), yb.to(device)
        optimizer.zero_grad()
        with torch.autocast(**amp):  # forward pass and loss only
            loss = loss_fn(model(xb), yb)
        loss.backward()  # outside autocast
        nn.utils.clip_grad_norm_(model.parameters(), max_norm)  # after backward
        optimizer.step()
        scheduler.step()  # OneCycleLR: once per batch, after optimizer.step()
        total += loss.detach() * len(xb)  # no .item() per batch: no sync
    return total.item() / len(loader.dataset)  # one .item() per epoch
