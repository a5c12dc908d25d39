import torch
from torch import nn

torch.manual_seed(0)
logits = torch.randn(4, 1)  # a binary classifier: one logit per sample
labels = torch.tensor([1, 0, 1, 1])  # int64 labels, shape (4,)

loss_fn = nn.BCEWithLogitsLoss()
try:
    loss_fn(logits.squeeze(1), labels)
except RuntimeError as err:
    print(f"{type(err).__name__}: {err}")
    #> RuntimeError: result type Float can't be cast to the desired output type Long
try:
    nn.BCELoss()(torch.sigmoid(logits).squeeze(1), labels)
except RuntimeError as err:
    print(f"{type(err).__name__}: {err}")
    #> RuntimeError: Found dtype Long but expected Float
try:
    loss_fn(logits, labels.float())
except ValueError as err:
    print(f"{type(err).__name__}: {err}")
    """
    ValueError: Target size (torch.Size([4])) must be the same as input size (torch.Size([4, 1]))
    """

# The fix: float targets with the input's shape.
print(loss_fn(logits, labels.float().unsqueeze(1)))
#> tensor(0.8715)
print(loss_fn(logits.squeeze(1), labels.float()))
#> tensor(0.8715)
