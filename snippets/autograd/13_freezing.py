import torch
from torch import nn

torch.manual_seed(0)
backbone = nn.Sequential(nn.Linear(10, 32), nn.ReLU(), nn.Linear(32, 32))
head = nn.Linear(32, 3)  # the new part we fine-tune
model = nn.Sequential(backbone, head)

backbone.requires_grad_(False)  # freeze: sets requires_grad=False on every param
trainable = [p for p in model.parameters() if p.requires_grad]
print(sum(p.numel() for p in trainable), sum(p.numel() for p in model.parameters()))
#> 99 1507

optimizer = torch.optim.AdamW(trainable, lr=1e-3)  # give it only what it may change
loss = model(torch.randn(4, 10)).sum()
loss.backward()
print(backbone[0].weight.grad, head.weight.grad.shape)
#> None torch.Size([3, 32])

# The frozen part records no graph: its output needs no backward.
features = backbone(torch.randn(4, 10))
print(features.requires_grad)
#> False
