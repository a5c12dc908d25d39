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
#: end setup

import torch.nn.functional as F

seed_everything(0)
model = make_model()

# 1. One NaN in the inputs: every loss computed from it is NaN.
X_bad = X.clone()
X_bad[7, 0] = float("nan")
loss = loss_fn(model(X_bad[:64].to(device)), y[:64].to(device))
print(loss.item(), torch.isfinite(loss).item())  # check before backward()
#> nan False
print(torch.isnan(X_bad).any(dim=1).nonzero().flatten().tolist())  # which samples
#> [7]

# 2. The log of a probability that underflowed to 0 is -inf, and 0 * -inf is NaN.
logits = torch.tensor([[0.0, -200.0]], requires_grad=True)
target = torch.tensor([0])
probs = logits.softmax(dim=1)
print(probs.tolist(), probs.log().tolist())
#> [[1.0, 0.0]] [[0.0, -inf]]
by_hand = -(F.one_hot(target, 2) * probs.log()).sum()  # cross-entropy written out
print(by_hand.item(), loss_fn(logits, target).item())  # the loss uses log_softmax
#> nan 0.0

# 3. Anomaly detection names the backward function that first produced a NaN.
with torch.autograd.detect_anomaly():
    by_hand = -(F.one_hot(target, 2) * logits.softmax(dim=1).log()).sum()
    try:
        by_hand.backward()
    except RuntimeError as err:
        print(f"{type(err).__name__}: {err}")
        #> RuntimeError: Function 'LogBackward0' returned nan values in its 0th output.
