import torch
from torch import nn

conv = nn.Conv2d(in_channels=3, out_channels=8, kernel_size=3)
print(conv.weight.shape)  # (out_channels, in_channels, kH, kW)
#> torch.Size([8, 3, 3, 3])


def error(layer, x):  # the message the call raises
    try:
        layer(x)
    except RuntimeError as err:
        return str(err)


gray = torch.zeros(1, 1, 8, 8)  # one grayscale image, (N, C, H, W)
print(error(conv, gray))
"""
Given groups=1, weight of size [8, 3, 3, 3], expected input[1, 1, 8, 8] to have 3 channels, but got 1 channels instead
"""
print(conv(gray.expand(-1, 3, -1, -1)).shape)  # fix: repeat the gray channel...
#> torch.Size([1, 8, 6, 6])
print(nn.Conv2d(1, 8, kernel_size=3)(gray).shape)  # ...or build the conv for 1
#> torch.Size([1, 8, 6, 6])

hwc = torch.zeros(1, 8, 8, 3)  # channels last, as PIL and NumPy images come
print(error(conv, hwc))
"""
Given groups=1, weight of size [8, 3, 3, 3], expected input[1, 8, 8, 3] to have 3 channels, but got 8 channels instead
"""
print(conv(hwc.permute(0, 3, 1, 2)).shape)  # fix: (N, H, W, C) -> (N, C, H, W)
#> torch.Size([1, 8, 6, 6])

print(error(conv, torch.zeros(8, 8)))  # 2-D: no channel and no batch dim
"""
Expected 3D (unbatched) or 4D (batched) input to conv2d, but got input of size: [8, 8]
"""
print(error(conv, torch.zeros(1, 1, 3, 8, 8)))  # 5-D: one unsqueeze(0) too many
"""
Expected 3D (unbatched) or 4D (batched) input to conv2d, but got input of size: [1, 1, 3, 8, 8]
"""
print(conv(torch.zeros(3, 8, 8)).shape)  # 3-D is ONE image without a batch dim
#> torch.Size([8, 6, 6])
batch = torch.zeros(4, 8, 8)  # so 4 grayscale images without their channel dim...
gray_conv = nn.Conv2d(1, 8, kernel_size=3)
print(error(gray_conv, batch))  # ...are read as one image with 4 channels
"""
Given groups=1, weight of size [8, 1, 3, 3], expected input[1, 4, 8, 8] to have 1 channels, but got 4 channels instead
"""
print(gray_conv(batch.unsqueeze(1)).shape)  # fix: (N, H, W) -> (N, 1, H, W)
#> torch.Size([4, 8, 6, 6])
