import textwrap

import torch
from torch import nn

torch.manual_seed(0)
conv = nn.Conv2d(3, 4, kernel_size=3)  # expects (N, 3, H, W) or (3, H, W)

flat = torch.randn(2, 3 * 8 * 8)  # a batch flattened too early
try:
    conv(flat)
except RuntimeError as err:
    print(f"{type(err).__name__}: {err}")
    """
    RuntimeError: Expected 3D (unbatched) or 4D (batched) input to conv2d, but got input of size: [2, 192]
    """

channels_last = torch.rand(2, 8, 8, 3)  # (N, H, W, C), as NumPy and PIL store images
try:
    conv(channels_last)
except RuntimeError as err:
    print(textwrap.fill(f"{type(err).__name__}: {err}", 72))
    """
    RuntimeError: Given groups=1, weight of size [4, 3, 3, 3], expected
    input[2, 8, 8, 3] to have 3 channels, but got 8 channels instead
    """

# The fix: give Conv2d (N, C, H, W). Reshape a flat batch, permute channels-last
# data (torchvision's ToImage/ToTensor do this for PIL images and arrays).
print(conv(flat.view(2, 3, 8, 8)).shape)
#> torch.Size([2, 4, 6, 6])
print(conv(channels_last.permute(0, 3, 1, 2)).shape)
#> torch.Size([2, 4, 6, 6])
# A single image is (C, H, W): unsqueeze(0) makes it a batch of one.
print(conv(torch.rand(3, 8, 8).unsqueeze(0)).shape)
#> torch.Size([1, 4, 6, 6])
