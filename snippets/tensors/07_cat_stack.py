import torch

a = torch.zeros(2, 3)
b = torch.ones(2, 3)
print(torch.cat([a, b], dim=0).shape)  # join along an existing dim
#> torch.Size([4, 3])
print(torch.cat([a, b], dim=1).shape)
#> torch.Size([2, 6])
print(torch.stack([a, b]).shape)  # a NEW dim 0
#> torch.Size([2, 2, 3])
print(torch.stack([a, b], dim=2).shape)
#> torch.Size([2, 3, 2])

# stack needs equal shapes; cat only equal sizes outside the joined dim.
print(torch.cat([a, torch.ones(1, 3)]).shape)
#> torch.Size([3, 3])
try:
    torch.stack([a, torch.ones(1, 3)])
except RuntimeError as err:
    print(f"RuntimeError: {err}")
    """
    RuntimeError: stack expects each tensor to be equal size, but got [2, 3] at entry 0 and [1, 3] at entry 1
    """
