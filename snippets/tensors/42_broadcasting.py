import torch

# Shapes are compared from the last dim backwards; two sizes are compatible when
# they are equal or one of them is 1 (a missing dim counts as 1).
col = torch.tensor([[0], [10], [20]])  # (3, 1)
row = torch.tensor([1, 2, 3, 4])  # (4,)   -> treated as (1, 4)
print(col + row)  # both stretched to (3, 4), without copying data
"""
tensor([[ 1,  2,  3,  4],
        [11, 12, 13, 14],
        [21, 22, 23, 24]])
"""
print(torch.broadcast_shapes((5, 1, 4, 1), (3, 1, 1)))  # the result shape
#> torch.Size([5, 3, 4, 1])

# A typical use: normalise each column of a batch (N, F) with per-column stats (F,).
torch.manual_seed(0)
batch = torch.randn(8, 3) * 5 + 2
normed = (batch - batch.mean(dim=0)) / batch.std(dim=0)
print(normed.mean(dim=0).abs().max() < 1e-6, normed.shape)
#> tensor(True) torch.Size([8, 3])

# Sizes that are different and not 1 do not broadcast.
try:
    torch.ones(2, 3) + torch.ones(2, 4)
except RuntimeError as err:
    print(str(err).splitlines()[0])
    """
    The size of tensor a (3) must match the size of tensor b (4) at non-singleton dimension 1
    """

# Broadcasting can also succeed when you did not mean it: (3,) with (3, 1) is (3, 3).
pred, target = torch.zeros(3, 1), torch.zeros(3)
print((pred - target).shape)
#> torch.Size([3, 3])
