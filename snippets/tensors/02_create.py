import torch

torch.manual_seed(0)

print(torch.tensor([1, 2, 3]))
#> tensor([1, 2, 3])
print(torch.zeros(2, 3))
"""
tensor([[0., 0., 0.],
        [0., 0., 0.]])
"""
print(torch.ones(2, 3, dtype=torch.int64))
"""
tensor([[1, 1, 1],
        [1, 1, 1]])
"""
print(torch.randn(2, 3))  # standard normal: mean 0, std 1
"""
tensor([[ 1.5410, -0.2934, -2.1788],
        [ 0.5684, -1.0845, -1.3986]])
"""
print(torch.arange(0, 10, 2))  # start, end (excluded), step
#> tensor([0, 2, 4, 6, 8])
print(torch.linspace(0, 1, 5))  # 5 evenly spaced points, both ends included
#> tensor([0.0000, 0.2500, 0.5000, 0.7500, 1.0000])
print(torch.full((2, 2), 7.0))
"""
tensor([[7., 7.],
        [7., 7.]])
"""
print(torch.zeros_like(torch.ones(2, 3)).shape)
#> torch.Size([2, 3])
