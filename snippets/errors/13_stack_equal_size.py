import textwrap

import torch
from torch.utils.data import DataLoader, Dataset
from torchvision.transforms import v2


class Photos(Dataset):
    """Images of different sizes, as real photo folders are."""

    def __init__(self, transform=None):
        self.sizes = [(32, 32), (40, 32), (32, 48), (36, 36)]
        self.transform = transform

    def __len__(self):
        return len(self.sizes)

    def __getitem__(self, idx):
        image = torch.rand(3, *self.sizes[idx])
        return self.transform(image) if self.transform else image


torch.manual_seed(0)
try:
    next(iter(DataLoader(Photos(), batch_size=4)))  # default_collate stacks
except RuntimeError as err:
    print(textwrap.fill(f"{type(err).__name__}: {err}", 72))
    """
    RuntimeError: stack expects each tensor to be equal size, but got [3,
    32, 32] at entry 0 and [3, 40, 32] at entry 1
    """

# The fix: make every sample the same size, in the dataset's transform...
loader = DataLoader(Photos(transform=v2.Resize((32, 32))), batch_size=4)
print(next(iter(loader)).shape)
#> torch.Size([4, 3, 32, 32])
# ...or batch them yourself: collate_fn receives the list of samples.
loader = DataLoader(Photos(), batch_size=4, collate_fn=list)
print([tuple(image.shape) for image in next(iter(loader))])
#> [(3, 32, 32), (3, 40, 32), (3, 32, 48), (3, 36, 36)]
