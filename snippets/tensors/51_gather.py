import torch

scores = torch.tensor([[0.1, 0.7, 0.2], [0.5, 0.3, 0.2]])  # (N=2, C=3)
target = torch.tensor([1, 0])  # one class index per row

# gather(dim=1, index): out[i][j] = scores[i][index[i][j]].
# The index has as many dims as scores, and its shape is the output's shape.
picked = scores.gather(1, target.unsqueeze(1))  # index (2, 1) -> output (2, 1)
print(picked)
"""
tensor([[0.7000],
        [0.5000]])
"""
print(torch.equal(picked.squeeze(1), scores[torch.arange(2), target]))  # same values
#> True
print(scores.gather(1, torch.tensor([[2, 0], [1, 1]])))  # two picks per row
"""
tensor([[0.2000, 0.1000],
        [0.3000, 0.3000]])
"""

# dim=0 picks a row for each column: out[i][j] = scores[index[i][j]][j].
print(scores.gather(0, torch.tensor([[1, 0, 1]])))
#> tensor([[0.5000, 0.7000, 0.2000]])

try:
    scores.gather(1, target)  # a 1-D index for a 2-D input
except RuntimeError as err:
    print(f"RuntimeError: {err}")
    """
    RuntimeError: Index tensor must have the same number of dimensions as input tensor
    """

# scatter is the inverse: write values at the indices (here: one-hot rows).
print(torch.zeros(2, 3).scatter(1, target.unsqueeze(1), 1.0))
"""
tensor([[0., 1., 0.],
        [1., 0., 0.]])
"""
