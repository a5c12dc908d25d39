import torch
from torch import nn

x = torch.tensor([2.0])


class Square(nn.Module):
    def __init__(self):
        super().__init__()
        self.w = nn.Parameter(torch.tensor([3.0]))

    def forward(self, x):  # only the forward pass is written...
        return (self.w * x) ** 2


model = Square()
loss = model(x).sum()
loss.backward()  # ...autograd derives the backward pass from the graph
print(model.w.grad)  # d/dw (w x)^2 = 2 w x^2 = 24
#> tensor([24.])
