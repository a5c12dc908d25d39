import numpy as np
import torch

a = torch.arange(24).reshape(2, 3, 4)
n = a.numpy()
# PyTorch-specific names (NumPy differs)
print(a.permute(2, 0, 1).shape, n.transpose(2, 0, 1).shape)
#> torch.Size([4, 2, 3]) (4, 2, 3)
print(torch.cat([a, a], dim=0).shape, np.concatenate([n, n], axis=0).shape)
#> torch.Size([4, 3, 4]) (4, 3, 4)

# Same idea in PyTorch and NumPy
print(a.reshape(6, 4).shape, a.reshape(-1, 4).shape)  # -1 is inferred
#> torch.Size([6, 4]) torch.Size([6, 4])
print(torch.zeros(1, 3, 1).squeeze().shape)  # removes every size-1 dim
#> torch.Size([3])
m = torch.tensor([[1.0, 2.0], [3.0, 4.0]])
print(m[None, :].shape, torch.equal(m[None], m.unsqueeze(0)))  # new dim 0
#> torch.Size([1, 2, 2]) True
print(m[:, None].shape)  # new dim 1
#> torch.Size([2, 1, 2])
print(m.T)  # transpose: 2-D only
"""
tensor([[1., 3.],
        [2., 4.]])
"""
print(a.mT.shape)  # batch of matrices: swap the last two dims
#> torch.Size([2, 4, 3])
print(torch.stack([m, m]).shape)  # along a NEW dim
#> torch.Size([2, 2, 2])
print(m @ m)  # matrix product
"""
tensor([[ 7., 10.],
        [15., 22.]])
"""
print(m * m)  # element-wise product
"""
tensor([[ 1.,  4.],
        [ 9., 16.]])
"""
