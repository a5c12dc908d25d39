import torch
from torch import nn

torch.manual_seed(0)
model = nn.Sequential(
    nn.Linear(784, 128),
    nn.ReLU(),
    nn.Linear(128, 10),
)
x = torch.randn(32, 784)
print(model(x).shape)  # each module's output is the next one's input
#> torch.Size([32, 10])

print(model[0])  # index it like a list
#> Linear(in_features=784, out_features=128, bias=True)
print(model[:2](x).shape)  # slicing gives a Sequential too
#> torch.Size([32, 128])
print(list(model.state_dict()))  # submodules are named by position
#> ['0.weight', '0.bias', '2.weight', '2.bias']
