import torch
from torch import nn

x = torch.tensor([[-2.0, 0.0, 2.0], [1.0, 1.0, 1.0]])
print(nn.ReLU()(x))  # max(0, x)
"""
tensor([[0., 0., 2.],
        [1., 1., 1.]])
"""
print(nn.Sigmoid()(x))  # 1 / (1 + e^-x)
"""
tensor([[0.1192, 0.5000, 0.8808],
        [0.7311, 0.7311, 0.7311]])
"""

probs = nn.Softmax(dim=1)(x)  # along dim 1: each ROW sums to 1
print(probs)
"""
tensor([[0.0159, 0.1173, 0.8668],
        [0.3333, 0.3333, 0.3333]])
"""
print(probs.sum(dim=1))
#> tensor([1., 1.])

# Same as the functional forms, which need no module object.
print(torch.equal(nn.ReLU()(x), torch.relu(x)), torch.equal(probs, x.softmax(dim=1)))
#> True True
