import torch
from torch.utils.data import DataLoader

data = torch.arange(10)  # a tensor has len() and [i], so it works as a dataset

for drop_last in (False, True):
    loader = DataLoader(data, batch_size=4, drop_last=drop_last)
    print(f"{drop_last=}", len(loader), [b.tolist() for b in loader])
    #> drop_last=False 3 [[0, 1, 2, 3], [4, 5, 6, 7], [8, 9]]
    #> drop_last=True 2 [[0, 1, 2, 3], [4, 5, 6, 7]]

generator = torch.Generator().manual_seed(0)
loader = DataLoader(data, batch_size=4, shuffle=True, generator=generator)
print([b.tolist() for b in loader])  # every sample once, in a random order
#> [[3, 7, 5, 2], [0, 8, 1, 6], [9, 4]]
