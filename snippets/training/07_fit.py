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


def train_one_epoch(model, loader, loss_fn, optimizer):
    model.train()
    total = torch.zeros((), device=device)
    for xb, yb in loader:
        xb, yb = xb.to(device), yb.to(device)
        optimizer.zero_grad()
        loss = loss_fn(model(xb), yb)
        loss.backward()
        optimizer.step()
        total += loss.detach() * len(xb)
    return total.item() / len(loader.dataset)


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

torch.manual_seed(0)  # the same shuffling on every run
history = {"train_loss": [], "val_loss": [], "val_acc": []}  # to graph
print("epoch  train loss  val loss  val acc")
#> epoch  train loss  val loss  val acc
for epoch in range(1, 21):
    train_loss = train_one_epoch(model, train_loader, loss_fn, optimizer)
    val_loss, val_acc = evaluate(model, val_loader, loss_fn)
    history["train_loss"].append(train_loss)
    history["val_loss"].append(val_loss)
    history["val_acc"].append(val_acc)
    if epoch == 1 or epoch % 5 == 0:  # at intervals: show the metrics
        print(f"{epoch:5}  {train_loss:10.2f}  {val_loss:8.2f}  {val_acc:7.0%}")
        #>     1        0.59      0.49      74%
        #>     5        0.15      0.16      93%
        #>    10        0.04      0.05      98%
        #>    15        0.02      0.04      98%
        #>    20        0.02      0.05      98%
