import torch
from torch.utils.data import Dataset, Subset, random_split
from torchvision.transforms import v2


class Images(Dataset):
    def __init__(self, images, labels, transform):
        self.images, self.labels, self.transform = images, labels, transform

    def __len__(self):
        return len(self.images)

    def __getitem__(self, idx):
        return self.transform(self.images[idx]), self.labels[idx]


torch.manual_seed(0)
images = torch.randint(0, 256, (10, 3, 8, 8), dtype=torch.uint8)
labels = torch.arange(10)
train_tf = v2.Compose(
    [v2.RandomHorizontalFlip(), v2.ToDtype(torch.float32, scale=True)]
)
eval_tf = v2.ToDtype(torch.float32, scale=True)  # no random transform

# The trap: random_split's Subsets share ONE dataset, so they share its transform.
train_ds, val_ds = random_split(Images(images, labels, eval_tf), (0.8, 0.2))
train_ds.dataset.transform = train_tf  # meant for the training split only ...
print(val_ds.dataset.transform is train_tf)  # ... but the validation split has it too
#> True

# The fix: split the indices once, then index two datasets with their own transform.
generator = torch.Generator().manual_seed(0)  # the same split on every run
train_idx, val_idx = random_split(range(len(labels)), (0.8, 0.2), generator=generator)
train_ds = Subset(Images(images, labels, train_tf), train_idx.indices)
val_ds = Subset(Images(images, labels, eval_tf), val_idx.indices)
print(train_ds.indices, val_ds.indices)
#> [4, 1, 7, 5, 3, 9, 0, 8] [6, 2]
x, y = val_ds[0]
print(x.dtype, y.item(), torch.allclose(x, images[y] / 255))  # not flipped
#> torch.float32 6 True
