import torch

x = torch.zeros(1, 3, 1, 5)
print(x.squeeze().shape)  # every size-1 dim removed
#> torch.Size([3, 5])
print(x.squeeze(0).shape)  # only dim 0
#> torch.Size([3, 1, 5])
print(x.squeeze(1).shape)  # dim 1 has size 3: nothing happens
#> torch.Size([1, 3, 1, 5])

v = torch.tensor([1.0, 2.0, 3.0])
print(v.unsqueeze(0).shape)  # a batch of one: (1, 3)
#> torch.Size([1, 3])
print(v.unsqueeze(1).shape)  # a column: (3, 1)
#> torch.Size([3, 1])
print(v[None, :].shape, v[:, None].shape)  # indexing with None does the same
#> torch.Size([1, 3]) torch.Size([3, 1])
