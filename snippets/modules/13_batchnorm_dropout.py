import torch
from torch import nn

# BatchNorm1d(features): normalise each feature (column) over the batch.
bn = nn.BatchNorm1d(2)
x = torch.tensor([[1.0, 10.0], [3.0, 20.0], [5.0, 30.0], [7.0, 40.0]])
y = bn(x).detach()  # (N, C) in, (N, C) out
print(y.shape, torch.allclose(y.mean(dim=0), torch.zeros(2), atol=1e-6))
#> torch.Size([4, 2]) True
print(y.std(dim=0, correction=0))  # unit variance per feature
#> tensor([1.0000, 1.0000])
print([name for name, _ in bn.named_parameters()])  # learnable scale and shift
#> ['weight', 'bias']

# Dropout(p): in training, zero each element with probability p and scale the
# survivors by 1 / (1 - p), so the expected value is unchanged.
torch.manual_seed(0)
drop = nn.Dropout(p=0.5)
print(drop(torch.ones(1, 8)))
#> tensor([[0., 0., 2., 0., 0., 0., 2., 2.]])
