import torch
from torch import nn

torch.manual_seed(0)
logits = torch.randn(4, 3)  # 3 classes: valid targets are 0, 1, 2
labels = torch.tensor([1, 3, 2, 1])  # classes numbered from 1, as in many CSVs
try:
    nn.functional.cross_entropy(logits, labels)
except IndexError as err:
    print(f"{type(err).__name__}: {err}")
    #> IndexError: Target 3 is out of bounds.

# The fix: targets in [0, C-1]; here shift them down by one.
print(labels.min().item(), labels.max().item(), logits.shape[1])
#> 1 3 3
print(nn.functional.cross_entropy(logits, labels - 1))
#> tensor(1.0820)

# Padding or "unknown" labels: mark them -100 (ignore_index), they are skipped.
print(nn.functional.cross_entropy(logits, torch.tensor([0, -100, 1, 0])))
#> tensor(0.6916)
