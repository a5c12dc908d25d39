import torch
import torch.nn.functional as F
from torch import nn

torch.manual_seed(0)
x = torch.randn(4, 3)
layer = nn.Linear(3, 2)

# Most layers have a function in torch.nn.functional: same maths, but you pass
# the parameters (if any) yourself and nothing is registered.
print(torch.equal(layer(x), F.linear(x, layer.weight, layer.bias)))
#> True
print(torch.equal(nn.ReLU()(x), F.relu(x)))
#> True
logits, target = layer(x), torch.tensor([0, 1, 1, 0])
ce = nn.CrossEntropyLoss()
print(torch.equal(ce(logits, target), F.cross_entropy(logits, target)))
#> True


# The usual style: layers with parameters in __init__, stateless ops in forward.
class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc1 = nn.Linear(3, 16)
        self.fc2 = nn.Linear(16, 2)

    def forward(self, x):
        x = F.relu(self.fc1(x))
        x = F.dropout(x, p=0.5, training=self.training)  # pass the mode!
        return self.fc2(x)


net = Net().eval()
print(torch.equal(net(x), net(x)))  # eval mode: no dropout, same output twice
#> True

# F.dropout defaults to training=True: without the argument it drops in eval too.
h = torch.ones(1, 8)
print(F.dropout(h, p=0.5))
#> tensor([[2., 2., 0., 2., 0., 0., 0., 2.]])
