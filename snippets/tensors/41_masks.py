import torch

x = torch.tensor([[1.0, -2.0, 3.0], [-4.0, 5.0, -6.0]])
mask = x < 0  # a comparison gives a bool tensor of the same shape
print(mask)
"""
tensor([[False,  True, False],
        [ True, False,  True]])
"""
print(x[mask])  # a mask of x's full shape: the selected elements in 1-D (a copy)
#> tensor([-2., -4., -6.])
print(mask.sum().item())  # True counts as 1: how many are negative
#> 3

# masked_fill returns a new tensor; masked_fill_ (trailing _) writes into x.
print(x.masked_fill(mask, 0.0))
"""
tensor([[1., 0., 3.],
        [0., 5., 0.]])
"""
print(torch.where(mask, -x, x))  # pick from -x where True, from x elsewhere
"""
tensor([[1., 2., 3.],
        [4., 5., 6.]])
"""
x[mask] = 0.0  # assignment through a mask is in place
print(x)
"""
tensor([[1., 0., 3.],
        [0., 5., 0.]])
"""

# The usual attention-style use: hide padded positions before a softmax.
scores = torch.tensor([[2.0, 1.0, 0.5], [0.0, 0.0, 0.0]])
padding = torch.tensor([False, False, True])  # (3,): broadcast over the rows
print(scores.masked_fill(padding, float("-inf")).softmax(dim=-1))
"""
tensor([[0.7311, 0.2689, 0.0000],
        [0.5000, 0.5000, 0.0000]])
"""
# A row in which every position is masked keeps nothing: its softmax is NaN.
print(torch.full((1, 3), float("-inf")).softmax(dim=-1))
#> tensor([[nan, nan, nan]])
