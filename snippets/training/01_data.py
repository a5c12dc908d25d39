import math

import matplotlib.pyplot as plt
import torch
from torch.utils.data import DataLoader, TensorDataset, random_split

torch.manual_seed(0)
# Two interleaving half-moons of 500 points each:
# class 0 on top, class 1 below.
n = 500
t = torch.rand(n) * math.pi
upper = torch.stack([t.cos(), t.sin()], dim=1)
lower = torch.stack([1 - t.cos(), 0.5 - t.sin()], dim=1)
X = torch.cat([upper, lower]) + 0.15 * torch.randn(2 * n, 2)
# Labels are class ids, int64.
y = torch.cat([torch.zeros(n), torch.ones(n)]).long()
print(X.shape, y.shape, y.dtype)
#> torch.Size([1000, 2]) torch.Size([1000]) torch.int64

dataset = TensorDataset(X, y)  # dataset[i] is the pair (X[i], y[i])
split_rng = torch.Generator().manual_seed(0)  # its own seed: the same split
train_ds, val_ds = random_split(dataset, [0.8, 0.2], generator=split_rng)
train_loader = DataLoader(train_ds, batch_size=64, shuffle=True)
val_loader = DataLoader(val_ds, batch_size=256)  # no shuffling needed
print(len(train_ds), len(val_ds))
#> 800 200

fig, ax = plt.subplots(figsize=(4, 3))
ax.scatter(X[:, 0], X[:, 1], c=y, cmap="coolwarm", s=6)
ax.set_title("the data: two moons")
plt.show()
