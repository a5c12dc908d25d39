import textwrap

import torch
from torch.utils.data import DataLoader, Dataset
from torchvision.transforms import v2


class Photos(Dataset):
    """Photos of different sizes and modes, as real image folders are."""

    def __init__(self, transform):
        # (C, H, W): a square photo, a landscape one and a grayscale one
        self.shapes = [(3, 300, 300), (3, 300, 400), (1, 300, 300)]
        self.transform = transform

    def __len__(self):
        return len(self.shapes)

    def __getitem__(self, idx):
        image = torch.randint(0, 256, self.shapes[idx], dtype=torch.uint8)
        return self.transform(image)


def first_batch(transform):
    loader = DataLoader(Photos(transform), batch_size=3)  # default_collate stacks
    try:
        return next(iter(loader)).shape
    except RuntimeError as err:
        return textwrap.fill(f"{type(err).__name__}: {err}", 80)


torch.manual_seed(0)
# Resize(224) resizes the shorter side only: the landscape photo stays wider.
print(first_batch(v2.Resize(224)))
"""
RuntimeError: stack expects each tensor to be equal size, but got [3, 224, 224]
at entry 0 and [3, 224, 298] at entry 1
"""
# Resize((224, 224)) gives every image the same height and width...
print(first_batch(v2.Resize((224, 224))))
"""
RuntimeError: stack expects each tensor to be equal size, but got [3, 224, 224]
at entry 0 and [1, 224, 224] at entry 2
"""
# ...but a grayscale image still has one channel: convert every image to RGB.
print(first_batch(v2.Compose([v2.RGB(), v2.Resize((224, 224))])))
#> torch.Size([3, 3, 224, 224])

# Or batch the samples yourself: collate_fn receives the list of samples.
loader = DataLoader(Photos(v2.Resize(224)), batch_size=3, collate_fn=list)
print([tuple(image.shape) for image in next(iter(loader))])
#> [(3, 224, 224), (3, 224, 298), (1, 224, 224)]
