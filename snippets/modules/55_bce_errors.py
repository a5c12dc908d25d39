import torch
from torch import nn

torch.manual_seed(0)
loss_fn = nn.BCEWithLogitsLoss()
logits = nn.Linear(4, 1)(torch.randn(16, 4))  # (16, 1): one logit per sample
labels = torch.randint(0, 2, (16,))  # (16,) int64 0/1, as a dataset returns them

try:
    loss_fn(logits, labels.float())  # shapes differ: (16, 1) vs (16,)
except ValueError as err:
    print(f"{type(err).__name__}: {err}")
    """
    ValueError: Target size (torch.Size([16])) must be the same as input size (torch.Size([16, 1]))
    """
try:
    loss_fn(logits.squeeze(1), labels)  # integer targets
except RuntimeError as err:
    print(f"{type(err).__name__}: {err}")
    #> RuntimeError: result type Float can't be cast to the desired output type Long

# Fix: the same shape and a float target, either way round.
a = loss_fn(logits.squeeze(1), labels.float())
b = loss_fn(logits, labels.unsqueeze(1).float())
print(round(a.item(), 4), torch.equal(a, b))
#> 0.5915 True
