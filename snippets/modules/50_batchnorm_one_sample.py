import torch
from torch import nn
from torch.utils.data import DataLoader, TensorDataset

torch.manual_seed(0)
one = torch.randn(1, 4)  # a batch of ONE sample, e.g. the last batch of an epoch
bn = nn.BatchNorm1d(4)
try:
    bn(one)  # training mode: one value per channel has no batch variance
except ValueError as err:
    print(f"{type(err).__name__}: {err}")
    """
    ValueError: Expected more than 1 value per channel when training, got input size torch.Size([1, 4])
    """

# Fix 1: drop the short last batch (here 9 samples in batches of 4: 4, 4, 1).
loader = DataLoader(TensorDataset(torch.randn(9, 4)), batch_size=4, drop_last=True)
print([len(x) for (x,) in loader])
#> [4, 4]

# Fix 2: predict one sample in eval mode, which uses the running statistics...
print(bn.eval()(one).shape)
#> torch.Size([1, 4])
# ...unless the layer keeps none: track_running_stats=False fails in eval too.
no_stats = nn.BatchNorm1d(4, track_running_stats=False).eval()
try:
    no_stats(one)
except ValueError as err:
    print(f"{type(err).__name__}: {err}")
    """
    ValueError: Expected more than 1 value per channel when training, got input size torch.Size([1, 4])
    """

# BatchNorm2d counts N * H * W values per channel: one image passes in training.
print(nn.BatchNorm2d(4)(torch.randn(1, 4, 8, 8)).shape)
#> torch.Size([1, 4, 8, 8])

# Fix 3: a normalisation that does not look across the batch.
print(nn.LayerNorm(4)(one).shape, nn.GroupNorm(2, 4)(one).shape)
#> torch.Size([1, 4]) torch.Size([1, 4])
