#: setup
# what the cells above made (hidden on the page and in the notebook)
import math

import torch
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
#: end setup

print(len(train_ds), "samples,", train_loader.batch_size, "per batch")
#> 800 samples, 64 per batch
print(len(train_loader), "batches (optimizer steps) per epoch")
#> 13 batches (optimizer steps) per epoch

# One epoch = one pass over the loader: every sample once.
sizes = [len(xb) for xb, yb in train_loader]
print(sizes[0], sizes[-1], sum(sizes))  # last batch: the remainder
#> 64 32 800

dropped = DataLoader(train_ds, batch_size=64, drop_last=True)
print(len(dropped), "batches with drop_last=True")
#> 12 batches with drop_last=True
