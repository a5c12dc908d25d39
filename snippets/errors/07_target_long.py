import torch
from torch import nn

torch.manual_seed(0)
logits = torch.randn(4, 3)  # (N, C) raw scores
labels = torch.tensor([0.0, 2.0, 1.0, 2.0])  # class indices read as floats
loss_fn = nn.CrossEntropyLoss()
try:
    loss_fn(logits, labels)
except RuntimeError as err:
    print(f"{type(err).__name__}: {err}")
    #> RuntimeError: expected target dtype to be Long or Byte, but got Float

# The fix: class indices are int64 (Long).
print(loss_fn(logits, labels.long()))
#> tensor(0.9357)

# One-hot integer targets are read as class probabilities, which must be float:
one_hot = nn.functional.one_hot(labels.long(), num_classes=3)
try:
    loss_fn(logits, one_hot)
except RuntimeError as err:
    print(f"{type(err).__name__}: {err}")
    """
    RuntimeError: Expected floating point type for target with class probabilities, got Long
    """
# pass the indices instead, or the one-hot rows as floats (the same loss).
print(loss_fn(logits, one_hot.argmax(dim=1)))
#> tensor(0.9357)
print(loss_fn(logits, one_hot.float()))
#> tensor(0.9357)
