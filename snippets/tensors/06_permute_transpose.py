import warnings

import torch

batch = torch.zeros(8, 3, 32, 64)  # NCHW: batch, channels, height, width
nhwc = batch.permute(0, 2, 3, 1)
print(nhwc.shape)
#> torch.Size([8, 32, 64, 3])
print(nhwc.permute(0, 3, 1, 2).shape)  # and back to NCHW
#> torch.Size([8, 3, 32, 64])

m = torch.arange(6).reshape(2, 3)
print(m.T)  # .T transposes a matrix
"""
tensor([[0, 3],
        [1, 4],
        [2, 5]])
"""
print(m.T.shape == m.transpose(0, 1).shape)
#> True

# transpose swaps exactly two dims; permute takes the new order of all of them.
x = torch.arange(24).reshape(2, 3, 4)
print(x.transpose(1, 2).shape, torch.equal(x.transpose(1, 2), x.permute(0, 2, 1)))
#> torch.Size([2, 4, 3]) True
print(x.transpose(1, 2).is_contiguous(), x.permute(2, 0, 1).is_contiguous())  # views
#> False False

# For a batch of matrices, swap the last two dims with .mT (or transpose(-2, -1)).
print(torch.zeros(8, 2, 3).mT.shape)
#> torch.Size([8, 3, 2])

# On a tensor that is not 2-D, .T reverses ALL dims, and PyTorch warns that it is deprecated.
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    print(torch.zeros(8, 2, 3).T.shape)
    #> torch.Size([3, 2, 8])
print(caught[0].category.__name__, "deprecated" in str(caught[0].message))
#> UserWarning True
