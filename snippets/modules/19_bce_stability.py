import torch
from torch import nn

logits = torch.tensor([-120.0, 20.0, 0.5], requires_grad=True)  # 2 extreme, 1 normal
target = torch.tensor([1.0, 0.0, 1.0])

probs = torch.sigmoid(logits)
print(probs.detach())  # float32 rounds to exactly 0 and 1
#> tensor([0.0000, 1.0000, 0.6225])

# -log(0) is infinite: BCELoss clamps the log at -100, so the loss is capped at 100...
loss = nn.BCELoss(reduction="none")(probs, target)
print(loss.detach())
#> tensor([100.0000, 100.0000,   0.4741])
loss.sum().backward()
print(logits.grad)  # ...and the model gets NO gradient from its worst mistakes
#> tensor([-0.0000,  0.0000, -0.3775])

# BCEWithLogitsLoss works in log space: exact losses 120 and 20, full gradients.
logits.grad = None
loss = nn.BCEWithLogitsLoss(reduction="none")(logits, target)
print(loss.detach())
#> tensor([120.0000,  20.0000,   0.4741])
loss.sum().backward()
print(logits.grad)
#> tensor([-1.0000,  1.0000, -0.3775])
