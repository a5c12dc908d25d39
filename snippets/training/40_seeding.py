#: setup
# what the cells above made (hidden on the page and in the notebook)
import math

import torch
from torch.utils.data import TensorDataset

torch.manual_seed(0)
n = 500
t = torch.rand(n) * math.pi
upper = torch.stack([t.cos(), t.sin()], dim=1)
lower = torch.stack([1 - t.cos(), 0.5 - t.sin()], dim=1)
X = torch.cat([upper, lower]) + 0.15 * torch.randn(2 * n, 2)
y = torch.cat([torch.zeros(n), torch.ones(n)]).long()
dataset = TensorDataset(X, y)
#: end setup

import random

import numpy as np
from torch.utils.data import DataLoader, random_split


def seed_everything(seed):
    random.seed(seed)  # Python's random
    np.random.seed(seed)  # NumPy
    torch.manual_seed(seed)  # PyTorch, on the CPU and every GPU


def make_loaders(seed):
    # Own generators: the split and the shuffling depend on this seed only.
    split = torch.Generator().manual_seed(seed)
    train_ds, val_ds = random_split(dataset, [0.8, 0.2], generator=split)
    shuffle = torch.Generator().manual_seed(seed)
    train = DataLoader(train_ds, batch_size=64, shuffle=True, generator=shuffle)
    return train, DataLoader(val_ds, batch_size=256)


first = [next(iter(make_loaders(seed=0)[0]))[1][:8] for _ in range(2)]
print(first[0].tolist(), torch.equal(first[0], first[1]))  # same seed, same batch
#> [0, 1, 0, 0, 1, 1, 0, 1] True
other = next(iter(make_loaders(seed=1)[0]))[1][:8]
print(other.tolist())  # another seed, another split and order
#> [0, 1, 1, 1, 0, 0, 0, 0]

seed_everything(0)
train_loader, val_loader = make_loaders(seed=0)
