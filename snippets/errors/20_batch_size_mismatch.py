import torch
from torch import nn

torch.manual_seed(0)
features = torch.randn(4, 8, 5, 5)  # a batch of 4 feature maps
targets = torch.tensor([0, 2, 1, 2])
head = nn.Linear(400, 3)

flat = features.view(-1, 400)  # -1 makes it fit: 4 * 200 / 400 = 2 rows
print(flat.shape)
#> torch.Size([2, 400])
try:
    nn.functional.cross_entropy(head(flat), targets)
except ValueError as err:
    print(f"{type(err).__name__}: {err}")
    #> ValueError: Expected input batch_size (2) to match target batch_size (4).

# The fix: keep dim 0 (the batch) and flatten the rest...
print(features.flatten(1).shape)  # = features.view(features.size(0), -1)
#> torch.Size([4, 200])
# ...and size the layer for what flatten gives: 8 * 5 * 5 = 200 features.
head = nn.Linear(8 * 5 * 5, 3)
print(nn.functional.cross_entropy(head(features.flatten(1)), targets))
#> tensor(0.9957, grad_fn=<NllLossBackward0>)
