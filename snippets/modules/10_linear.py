import torch
from torch import nn

torch.manual_seed(0)
fc = nn.Linear(in_features=3, out_features=2)
print(fc.weight.shape, fc.bias.shape)  # weight is (out, in)
#> torch.Size([2, 3]) torch.Size([2])

x = torch.randn(4, 3)  # (batch, in_features)
y = fc(x)
print(y.shape)  # (batch, out_features)
#> torch.Size([4, 2])
print(torch.allclose(y, x @ fc.weight.T + fc.bias))  # y = x W^T + b
#> True

# Any number of leading dims: only the last one must equal in_features.
print(fc(torch.randn(5, 7, 3)).shape)
#> torch.Size([5, 7, 2])
