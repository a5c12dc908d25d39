import torch
from torch import nn

# On a GPU these two bugs end in "CUDA error: device-side assert triggered", often
# reported at a later call. The same step on the CPU names the problem at once.
torch.manual_seed(0)
logits = torch.randn(4, 3)  # 3 classes: valid targets are 0, 1 and 2
targets = torch.tensor([0, 2, 3, 1])  # 3 is out of range
try:
    nn.functional.cross_entropy(logits, targets)
except IndexError as err:
    print(f"{type(err).__name__}: {err}")
    #> IndexError: Target 3 is out of bounds.

embedding = nn.Embedding(10, 4)  # token ids 0..9
try:
    embedding(torch.tensor([1, 10]))
except IndexError as err:
    print(f"{type(err).__name__}: {err}")
    #> IndexError: index out of range in self

# A cheap check before training: every label in [0, number of classes).
print(targets.min().item() >= 0, targets.max().item() < logits.shape[1])
#> True False
