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


def evaluate(model, loader, loss_fn):
    model.eval()  # evaluation mode (dropout, BatchNorm)
    total = torch.zeros((), device=device)  # both summed on the device
    correct = torch.zeros((), dtype=torch.long, device=device)
    with torch.no_grad():  # no graph, no gradients: faster, less memory
        for xb, yb in loader:
            xb, yb = xb.to(device), yb.to(device)
            logits = model(xb)
            total += loss_fn(logits, yb) * len(xb)
            correct += (logits.argmax(dim=1) == yb).sum()
    n = len(loader.dataset)
    return total.item() / n, correct.item() / n  # one sync at the end


val_loss, val_acc = evaluate(model, val_loader, loss_fn)
print(f"before training: val loss {val_loss:.2f}, accuracy {val_acc:.0%}")
#> before training: val loss 0.69, accuracy 53%
