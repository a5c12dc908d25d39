import torch
from torch import nn


class Stack(nn.Module):
    def __init__(self, depth):
        super().__init__()
        # ModuleList: a list whose modules are registered (named 0, 1, ...).
        self.layers = nn.ModuleList(nn.Linear(4, 4) for _ in range(depth))
        # ModuleDict: the same with string keys, e.g. one head per task.
        self.heads = nn.ModuleDict({"cls": nn.Linear(4, 3), "reg": nn.Linear(4, 1)})

    def forward(self, x, task):
        for layer in self.layers:  # unlike Sequential, you write the loop
            x = torch.relu(layer(x))
        return self.heads[task](x)


torch.manual_seed(0)
model = Stack(depth=2)
print(len(list(model.parameters())))  # 2 layers + 2 heads, weight and bias each
#> 8
print([name for name, _ in model.named_parameters()][:3])
#> ['layers.0.weight', 'layers.0.bias', 'layers.1.weight']
print(model(torch.randn(5, 4), "cls").shape, model(torch.randn(5, 4), "reg").shape)
#> torch.Size([5, 3]) torch.Size([5, 1])

model.layers.append(nn.Linear(4, 4))  # list methods work and register too
print(len(model.layers), len(list(model.parameters())))
#> 3 10
model.to(torch.float64)
print({p.dtype for p in model.parameters()})
#> {torch.float64}
