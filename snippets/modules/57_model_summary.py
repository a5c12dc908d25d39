import torch
from torch import nn

model = nn.Sequential(
    nn.Conv2d(1, 8, kernel_size=3),
    nn.ReLU(),
    nn.MaxPool2d(2),
    nn.Flatten(),
    nn.Linear(8 * 13 * 13, 10),
)
rows = []


def record(module, inputs, output):
    n_params = sum(p.numel() for p in module.parameters())
    rows.append(f"{type(module).__name__:<10}{str(list(output.shape)):<18}{n_params}")


leaves = [m for m in model.modules() if not list(m.children())]
handles = [m.register_forward_hook(record) for m in leaves]
model(torch.zeros(1, 1, 28, 28))  # one dummy batch: hooks see every output shape
for handle in handles:
    handle.remove()
for row in rows:
    print(row)
    #> Conv2d    [1, 8, 26, 26]    80
    #> ReLU      [1, 8, 26, 26]    0
    #> MaxPool2d [1, 8, 13, 13]    0
    #> Flatten   [1, 1352]         0
    #> Linear    [1, 10]           13530

total = sum(p.numel() for p in model.parameters())
trainable = sum(p.numel() for p in model.parameters() if p.requires_grad)
print(f"total {total:,}, trainable {trainable:,}")
#> total 13,610, trainable 13,610
