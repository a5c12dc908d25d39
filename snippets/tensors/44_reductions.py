import torch

x = torch.tensor([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]])  # (2, 3)
print(x.sum())  # over every element: a 0-d tensor
#> tensor(21.)
print(x.sum(dim=0))  # collapse dim 0 (down the rows): one value per column
#> tensor([5., 7., 9.])
print(x.sum(dim=1))  # collapse dim 1 (across a row): one value per row
#> tensor([ 6., 15.])
print(x.mean(dim=1, keepdim=True))  # keepdim: the reduced dim stays, with size 1
"""
tensor([[2.],
        [5.]])
"""
print(x.sum(dim=(0, 1)), x.amax(dim=-1))  # several dims at once; -1 is the last
#> tensor(21.) tensor([3., 6.])

# max(dim=...) returns values and indices; argmax only the indices.
values, indices = x.max(dim=1)
print(values, indices, x.argmax(dim=1))
#> tensor([3., 6.]) tensor([2, 2]) tensor([2, 2])

# keepdim=True keeps the result broadcastable against x: centre each row.
print(x - x.mean(dim=1, keepdim=True))
"""
tensor([[-1.,  0.,  1.],
        [-1.,  0.,  1.]])
"""
try:
    x - x.mean(dim=1)  # (2, 3) - (2,): the 2 is aligned with the 3
except RuntimeError as err:
    print(str(err).splitlines()[0])
    """
    The size of tensor a (3) must match the size of tensor b (2) at non-singleton dimension 1
    """
