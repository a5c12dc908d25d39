import torch
import torch.nn.functional as F
from torch import nn

torch.manual_seed(0)
loss_fn = nn.CrossEntropyLoss()
logits = torch.randn(4, 3)  # (N, C): 4 samples, 3 classes
labels = torch.tensor([0, 2, 1, 2])  # what it wants: (N,) int64 class indices
wrong = {
    "(N, 1) labels": labels.unsqueeze(1),
    "one-hot int64": F.one_hot(labels, num_classes=3),
    "float labels": labels.float(),
    "int32 labels": labels.int(),
    "label 3, 3 classes": torch.tensor([0, 3, 1, 2]),
}
messages = []
for what, target in wrong.items():
    try:
        loss_fn(logits, target)
    except (RuntimeError, IndexError) as err:
        messages.append(f"{what} -> {type(err).__name__}: {err}")
print("\n".join(messages))
"""
(N, 1) labels -> RuntimeError: 0D or 1D target tensor expected, multi-target not supported
one-hot int64 -> RuntimeError: Expected floating point type for target with class probabilities, got Long
float labels -> RuntimeError: expected target dtype to be Long or Byte, but got Float
int32 labels -> RuntimeError: expected target dtype to be Long or Byte, but got Int
label 3, 3 classes -> IndexError: Target 3 is out of bounds.
"""

# Each fix gives the loss of the right targets.
fixes = [
    labels,
    labels.unsqueeze(1).squeeze(1),  # (N, 1) -> (N,)
    F.one_hot(labels, 3).argmax(dim=1),  # one-hot -> class indices
    F.one_hot(labels, 3).float(),  # or keep one-hot as float probabilities
    labels.float().long(),  # float or int32 -> int64
]
print([round(loss_fn(logits, target).item(), 4) for target in fixes])
#> [0.9357, 0.9357, 0.9357, 0.9357, 0.9357]

# Batch size mismatch: a wrong view() folds features into the batch dimension.
feats = torch.randn(2, 8, 4, 4)  # conv output for a batch of 2
head = nn.Linear(64, 3)
try:
    loss_fn(head(feats.view(-1, 64)), labels[:2])  # 2 * 128 / 64 = 4 rows
except ValueError as err:
    print(f"{type(err).__name__}: {err}")
    #> ValueError: Expected input batch_size (4) to match target batch_size (2).
print(feats.flatten(1).shape)  # flatten(1) keeps the batch: in_features must be 128
#> torch.Size([2, 128])
