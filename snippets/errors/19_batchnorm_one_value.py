import textwrap

import torch
from torch import nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(4, 8), nn.BatchNorm1d(8), nn.ReLU(), nn.Linear(8, 2))
last_batch = torch.randn(1, 4)  # e.g. 65 samples with batch_size=64: the last has 1
try:
    model(last_batch)  # training mode: BatchNorm needs 2+ values per channel
except ValueError as err:
    print(textwrap.fill(f"{type(err).__name__}: {err}", 80))
    """
    ValueError: Expected more than 1 value per channel when training, got input size
    torch.Size([1, 8])
    """

# The fix in training: drop the incomplete last batch (DataLoader(drop_last=True)).
loader = torch.utils.data.DataLoader(torch.randn(65, 4), batch_size=64, drop_last=True)
print([batch.shape[0] for batch in loader])
#> [64]

# For prediction: eval() uses the running statistics, so one sample is fine.
model.eval()
print(model(last_batch).shape)
#> torch.Size([1, 2])
