import torch
from torch.utils.data import DataLoader

generator = torch.Generator().manual_seed(0)
loader = DataLoader(torch.arange(6), batch_size=2, shuffle=True, generator=generator)

it = iter(loader)  # one pass (one epoch) over the data
print(next(it), next(it), next(it))
#> tensor([5, 1]) tensor([0, 3]) tensor([2, 4])
try:
    next(it)
except StopIteration:
    print("StopIteration: the epoch is over")
    #> StopIteration: the epoch is over

# A fresh iter() starts a new epoch, and with shuffle=True a new order.
print(next(iter(loader)), next(iter(loader)))
#> tensor([4, 2]) tensor([5, 2])

for epoch in range(2):
    print(epoch, [b.tolist() for b in loader])
    #> 0 [[3, 1], [0, 2], [5, 4]]
    #> 1 [[2, 4], [0, 1], [5, 3]]
