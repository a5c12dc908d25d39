import torch
from torch import Tensor
from torch.utils.data import DataLoader, Dataset
from torchvision import transforms

torch.manual_seed(0)


class MyDataset(Dataset):  # images: (N, C, H, W), labels: (N,)
    def __init__(self, images: Tensor, labels: Tensor, transform=None):
        self.images, self.labels, self.transform = images, labels, transform

    def __len__(self) -> int:
        return len(self.images)

    def __getitem__(self, idx: int) -> tuple[Tensor, Tensor]:
        img = self.images[idx]
        if self.transform is not None:  # the transform runs on ONE sample
            img = self.transform(img)
        return img, self.labels[idx]


images = torch.rand(10, 1, 28, 28)  # already tensors in [0, 1]: no ToTensor
labels = torch.randint(0, 10, (10,))
dataset = MyDataset(images, labels, transform=transforms.Normalize((0.5,), (0.5,)))

loader = DataLoader(dataset, batch_size=4, shuffle=True)
x, y = next(iter(loader))
print(x.shape, y.shape)
#> torch.Size([4, 1, 28, 28]) torch.Size([4])
print(x.min().item() >= -1.0, x.max().item() <= 1.0)
#> True True

# ToTensor is for PIL images / NumPy arrays; these images are tensors already.
try:
    MyDataset(images, labels, transform=transforms.ToTensor())[0]
except TypeError as err:
    print("TypeError:", err)
    #> TypeError: pic should be PIL Image or ndarray. Got <class 'torch.Tensor'>
