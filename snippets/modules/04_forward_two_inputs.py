import torch
from torch import nn

torch.manual_seed(0)


class MyModule(nn.Module):
    def __init__(self):
        super().__init__()
        self.layer1 = nn.Linear(4, 8)
        self.layer2 = nn.Linear(6, 8)

    def forward(self, arg1, arg2):  # any number of inputs, any Python logic
        return self.layer1(arg1) + self.layer2(arg2)


model = MyModule()
out = model(torch.randn(5, 4), torch.randn(5, 6))  # the call passes both through
print(out.shape)
#> torch.Size([5, 8])
