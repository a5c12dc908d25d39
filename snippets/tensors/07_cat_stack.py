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
