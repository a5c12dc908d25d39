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
#: end setup

# Classification: cross-entropy on raw logits and int64 class ids.
loss_fn = nn.CrossEntropyLoss()
# The optimizer gets the parameters to update and a learning rate.
optimizer = torch.optim.Adam(model.parameters(), lr=0.01)

xb, yb = next(iter(train_loader))  # one batch
logits = model(xb.to(device))
print(logits.shape, yb.dtype)
#> torch.Size([64, 2]) torch.int64
loss = loss_fn(logits, yb.to(device))
# Untrained, it guesses: the loss is about ln(number of classes).
print(f"loss {loss.item():.2f}, ln(2) = {math.log(2):.2f}")
#> loss 0.66, ln(2) = 0.69

# A softmax applied twice, or every label wrong, leaves that first value near ln(2):
double = loss_fn(logits.softmax(dim=1), yb.to(device))
wrong = loss_fn(logits, 1 - yb.to(device))
print(f"softmax twice {double.item():.2f}, every label wrong {wrong.item():.2f}")
#> softmax twice 0.67, every label wrong 0.74
# Large initial logits do not: here from inputs left unnormalised (255x too large).
raw = loss_fn(model(255 * xb.to(device)), yb.to(device))
print(f"unnormalised inputs {raw.item():.2f}")
#> unnormalised inputs 2.79
