import torch
from torch.utils.data import DataLoader, TensorDataset
from torchvision.models import ResNet18_Weights
from torchvision.transforms import v2

torch.manual_seed(0)
# 200 RGB training images as ToDtype(..., scale=True) or ToTensor leave them:
# float in [0, 1], each channel with its own brightness.
images = torch.rand(200, 3, 16, 16) * torch.tensor([0.9, 0.6, 0.3]).view(3, 1, 1)
loader = DataLoader(TensorDataset(images), batch_size=64)

# One pass of running sums per channel: the data never has to fit in memory at once.
count, total, total_sq = (
    0,
    torch.zeros(3, dtype=torch.float64),
    torch.zeros(3, dtype=torch.float64),
)
for (x,) in loader:
    x = x.double()
    count += x.numel() // x.shape[1]  # pixels per channel in this batch
    total += x.sum(dim=(0, 2, 3))
    total_sq += (x**2).sum(dim=(0, 2, 3))
mean = total / count
std = (total_sq / count - mean**2).sqrt()
print([round(m, 4) for m in mean.tolist()], [round(s, 4) for s in std.tolist()])
#> [0.4497, 0.2999, 0.1507] [0.2598, 0.1732, 0.0866]

# The same numbers in one go, when the images fit in memory:
print(
    torch.allclose(mean.float(), images.mean(dim=(0, 2, 3))),
    torch.allclose(std.float(), images.std(dim=(0, 2, 3), correction=0)),
)
#> True True

# Normalize with them: every channel now has mean 0 and std 1.
normalized = v2.Normalize(mean.tolist(), std.tolist())(images)
print(
    normalized.mean(dim=(0, 2, 3)).abs().max().item() < 1e-4,
    normalized.std(dim=(0, 2, 3)),
)
#> True tensor([1.0000, 1.0000, 1.0000])

# A pretrained model comes with the statistics it was trained with (ImageNet's):
print(
    ResNet18_Weights.DEFAULT.transforms().mean,
    ResNet18_Weights.DEFAULT.transforms().std,
)
#> [0.485, 0.456, 0.406] [0.229, 0.224, 0.225]
