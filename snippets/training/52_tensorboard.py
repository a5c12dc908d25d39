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


use_bf16 = device.type == "cpu" or (
    device.type == "cuda" and torch.cuda.is_bf16_supported(including_emulation=False)
)
amp = {"device_type": device.type, "dtype": torch.bfloat16, "enabled": use_bf16}


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


def evaluate(model, loader, loss_fn):
    model.eval()
    total = torch.zeros((), device=device)
    correct = torch.zeros((), dtype=torch.long, device=device)
    with torch.no_grad():
        for xb, yb in loader:
            xb, yb = xb.to(device), yb.to(device)
            logits = model(xb)
            total += loss_fn(logits, yb) * len(xb)
            correct += (logits.argmax(dim=1) == yb).sum()
    n = len(loader.dataset)
    return total.item() / n, correct.item() / n


#: end setup

import tempfile

from tensorboard.backend.event_processing.event_accumulator import EventAccumulator
from torch.utils.tensorboard import SummaryWriter

seed_everything(0)
train_loader, val_loader = make_loaders(seed=0)
model = make_model()
optimizer = torch.optim.AdamW(model.parameters(), lr=0.01)
scheduler = torch.optim.lr_scheduler.OneCycleLR(
    optimizer, max_lr=0.02, epochs=3, steps_per_epoch=len(train_loader)
)

with tempfile.TemporaryDirectory() as log_dir:  # in a real run: "runs/exp1"
    writer = SummaryWriter(log_dir)
    for epoch in range(3):
        train_loss = train_epoch(model, train_loader, loss_fn, optimizer, scheduler)
        val_loss, val_acc = evaluate(model, val_loader, loss_fn)
        writer.add_scalar("loss/train", train_loss, epoch)  # tag, value, step
        writer.add_scalar("loss/val", val_loss, epoch)
        writer.add_scalar("lr", scheduler.get_last_lr()[0], epoch)
    writer.close()  # flush: everything on disk

    # What TensorBoard would plot, read back from the event file.
    events = EventAccumulator(log_dir)
    events.Reload()
    tags = events.Tags()["scalars"]
    print(tags)
    #> ['loss/train', 'loss/val', 'lr']
    for tag in tags:
        print(tag, *(f"{e.step}:{e.value:.3g}" for e in events.Scalars(tag)))
        #> loss/train 0:0.639 1:0.304 2:0.209
        #> loss/val 0:0.491 1:0.276 2:0.249
        #> lr 0:0.0197 1:0.00811 2:6.62e-05
