import torch
from torch import Tensor
from torch.utils.data import DataLoader, Dataset
from torchvision.transforms import v2

torch.manual_seed(0)


class MyDataset(Dataset):  # images: (N, C, H, W), labels: (N,)
    def __init__(self, images: Tensor, labels: Tensor, transform=None):
        self.images, self.labels, self.transform = images, labels, transform

    def __len__(self) -> int:
        return len(self.images)

    def __getitem__(self, idx: int) -> tuple[Tensor, Tensor]:
        img = self.images[idx]
        if self.transform is not None:
            img = self.transform(img)
        return img, self.labels[idx]


# The images are uint8 tensors already: ToDtype, not ToTensor (PIL/ndarray only).
to_float = v2.ToDtype(torch.float32, scale=True)  # uint8 0..255 -> float 0..1
transform = v2.Compose([to_float, v2.Normalize((0.5,), (0.5,))])  # (x - m) / s
images = torch.randint(0, 256, (100, 1, 28, 28), dtype=torch.uint8)
labels = torch.randint(0, 10, (100,))
dataset = MyDataset(images, labels, transform=transform)
loader = DataLoader(dataset, batch_size=32, shuffle=True)  # batching, shuffling

xb, yb = next(iter(loader))
print(len(dataset), len(loader), xb.shape, xb.dtype, yb.shape)
#> 100 4 torch.Size([32, 1, 28, 28]) torch.float32 torch.Size([32])
print(xb.min().item(), xb.max().item())  # normalized to [-1, 1]
#> -1.0 1.0
