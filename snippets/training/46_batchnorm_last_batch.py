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
#: end setup

torch.manual_seed(0)
bn_model = nn.Sequential(
    nn.Linear(2, 16), nn.BatchNorm1d(16), nn.ReLU(), nn.Linear(16, 2)
)
bn_model.train()  # BatchNorm normalises with the batch's own statistics

odd_loader = DataLoader(train_ds, batch_size=47, shuffle=True)  # 800 = 17 × 47 + 1
print([len(xb) for xb, yb in odd_loader][-2:])  # the last batch has 1 sample
#> [47, 1]
try:
    for xb, yb in odd_loader:
        bn_model(xb)
except ValueError as err:
    print(f"{type(err).__name__}: {err}")
    """
    ValueError: Expected more than 1 value per channel when training, got input size torch.Size([1, 16])
    """

odd_loader = DataLoader(train_ds, batch_size=47, shuffle=True, drop_last=True)
print(len(odd_loader), all(len(bn_model(xb)) == 47 for xb, yb in odd_loader))
#> 17 True
