import torch
from torch import nn
from torchvision.models import resnet18

torch.manual_seed(0)
model = resnet18(weights=None)  # weights="DEFAULT" would download ImageNet weights
print(model.fc)
#> Linear(in_features=512, out_features=1000, bias=True)

model.requires_grad_(False)  # freeze the backbone (optional)
model.fc = nn.Linear(model.fc.in_features, 5)  # a new head for 5 classes: trainable
print(model(torch.randn(2, 3, 64, 64)).shape)
#> torch.Size([2, 5])
print([name for name, p in model.named_parameters() if p.requires_grad])
#> ['fc.weight', 'fc.bias']
# Build the optimizer AFTER the swap, from the parameters that train.
optimizer = torch.optim.AdamW(p for p in model.parameters() if p.requires_grad)
print(sum(p.numel() for group in optimizer.param_groups for p in group["params"]))
#> 2565

# Heads inside an nn.Sequential (model.classifier in many models): assign by index.
classifier = nn.Sequential(nn.Dropout(0.2), nn.Linear(1280, 1000))
classifier[-1] = nn.Linear(classifier[-1].in_features, 5)
print(classifier[-1])
#> Linear(in_features=1280, out_features=5, bias=True)

# The trap: a module's requires_grad is only a new plain attribute.
head = nn.Linear(4, 2).requires_grad_(False)
head.requires_grad = True  # sets head.requires_grad; the parameters stay frozen
print([p.requires_grad for p in head.parameters()])
#> [False, False]
head.requires_grad_(True)  # the method sets it on every parameter
print([p.requires_grad for p in head.parameters()])
#> [True, True]
