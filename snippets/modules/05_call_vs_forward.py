import torch
from torch import nn

model = nn.Linear(2, 2)
calls = []
model.register_forward_hook(lambda module, inputs, output: calls.append("hook"))
x = torch.ones(1, 2)

y = model(x)  # __call__: runs the hooks around forward()
print(calls)
#> ['hook']
y = model.forward(x)  # bypasses them
print(calls)
#> ['hook']
