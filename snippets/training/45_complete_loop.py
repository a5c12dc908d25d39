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


class EarlyStopping:
    def __init__(self, patience=3, min_delta=0.0):
        self.patience, self.min_delta = patience, min_delta
        self.best, self.bad_epochs = math.inf, 0

    def step(self, val_loss):
        if val_loss < self.best - self.min_delta:
            self.best, self.bad_epochs = val_loss, 0
            return True
        self.bad_epochs += 1
        return False

    @property
    def stop(self):
        return self.bad_epochs >= self.patience


#: end setup

import tempfile
from pathlib import Path

seed_everything(0)  # everything from here on is reproducible
train_loader, val_loader = make_loaders(seed=0)
model = make_model()
optimizer = torch.optim.AdamW(model.parameters(), lr=0.01)
scheduler = torch.optim.lr_scheduler.OneCycleLR(
    optimizer, max_lr=0.02, epochs=EPOCHS, steps_per_epoch=len(train_loader)
)
stopper = EarlyStopping(patience=3, min_delta=0.005)

print("epoch  train loss  val loss  bad epochs")
#> epoch  train loss  val loss  bad epochs
with tempfile.TemporaryDirectory() as tmp:
    best_path = Path(tmp) / "best.pt"
    for epoch in range(1, EPOCHS + 1):
        train_loss = train_epoch(model, train_loader, loss_fn, optimizer, scheduler)
        val_loss, val_acc = evaluate(model, val_loader, loss_fn)
        if stopper.step(val_loss):  # a new best: save everything to resume from it
            checkpoint = {
                "epoch": epoch,
                "model": model.state_dict(),
                "optimizer": optimizer.state_dict(),
                "scheduler": scheduler.state_dict(),
                "val_loss": val_loss,
            }
            torch.save(checkpoint, best_path)
        if epoch % 5 == 0 or stopper.stop:
            bad = stopper.bad_epochs
            print(f"{epoch:5}  {train_loss:10.3f}  {val_loss:8.3f}  {bad:10}")
            #>     5       0.214     0.204           0
            #>    10       0.038     0.041           0
            #>    13       0.025     0.047           3
        if stopper.stop:
            print(f"early stop after epoch {epoch}")
            #> early stop after epoch 13
            break

    best = torch.load(best_path)  # the best epoch, not the last one
    model.load_state_dict(best["model"])

val_loss, val_acc = evaluate(model, val_loader, loss_fn)
print(f"best epoch {best['epoch']}: val loss {val_loss:.3f}, accuracy {val_acc:.1%}")
#> best epoch 10: val loss 0.041, accuracy 98.0%
print(val_loss == best["val_loss"])
#> True
