import torch

x = torch.arange(6.0).reshape(2, 3)

# masked_fill and torch.where broadcast the mask...
cols = torch.tensor([True, False, True])  # (3,): one flag per column
print(x.masked_fill(cols, -1.0).tolist())
#> [[-1.0, 1.0, -1.0], [-1.0, 4.0, -1.0]]
print(torch.where(cols, x, -1.0).tolist())
#> [[0.0, -1.0, 2.0], [3.0, -1.0, 5.0]]

# ...but x[mask] and x[mask] = v need a mask shaped like x's leading dims.
try:
    x[cols]
except IndexError as err:
    print(f"IndexError: {err}")
    """
    IndexError: The shape of the mask [3] at index 0 does not match the shape of the indexed tensor [2, 3] at index 0
    """

# A mask over the leading dim selects whole rows: the result is not 1-D.
rows = torch.tensor([True, False])
print(x[rows].shape, x[x > 2].shape)  # leading-dim mask vs full-shape mask
#> torch.Size([1, 3]) torch.Size([3])
print(x[:, cols])  # a mask for another dim: put it in that dim's place
"""
tensor([[0., 2.],
        [3., 5.]])
"""
