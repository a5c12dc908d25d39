import torch

x = torch.arange(12).reshape(3, 4)
print(x)
"""
tensor([[ 0,  1,  2,  3],
        [ 4,  5,  6,  7],
        [ 8,  9, 10, 11]])
"""
print(x[1])  # row 1: an integer index drops that dim
#> tensor([4, 5, 6, 7])
print(x[:, 1])  # column 1
#> tensor([1, 5, 9])
print(x[-1, -2:])  # last row, last two columns
#> tensor([10, 11])
print(x[::2, ::3])  # every 2nd row, every 3rd column
"""
tensor([[ 0,  3],
        [ 8, 11]])
"""
print(x[..., 0])  # `...` stands for all the leading dims
#> tensor([0, 4, 8])
print(x[1:2].shape, x[1].shape)  # a slice keeps the dim, an integer drops it
#> torch.Size([1, 4]) torch.Size([4])

# Basic indexing (ints, slices, ...) returns a view: writing through it changes x.
row = x[1, :2]
row[0] = 100
print(x[1])
#> tensor([100,   5,   6,   7])
print(row.untyped_storage().data_ptr() == x.untyped_storage().data_ptr())
#> True

# Advanced indexing (a list or an int64 tensor of indices) returns a copy.
picked = x[[0, 2]]  # rows 0 and 2
print(picked)
"""
tensor([[ 0,  1,  2,  3],
        [ 8,  9, 10, 11]])
"""
print(x[torch.tensor([0, 2]), torch.tensor([1, 3])])  # the pairs (0, 1) and (2, 3)
#> tensor([ 1, 11])
picked[0, 0] = -1
print(x[0, 0].item())  # unchanged
#> 0

# A 0-d integer tensor counts as a plain int: basic indexing, a view.
third = x[torch.tensor(2)]
third[0] = -8
print(x[2])
#> tensor([-8,  9, 10, 11])
