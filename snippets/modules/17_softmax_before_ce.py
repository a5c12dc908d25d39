import torch
from torch import nn

loss_fn = nn.CrossEntropyLoss()
target = torch.tensor([0])
right = torch.tensor([[10.0, -10.0, -10.0]])  # confident and right
wrong = torch.tensor([[-10.0, 10.0, -10.0]])  # confident and wrong

# Correct: raw logits. Near 0 when right, large when wrong.
print(loss_fn(right, target), loss_fn(wrong, target))
#> tensor(0.) tensor(20.)

# The notes' model ends with nn.Softmax(dim=1): the loss applies softmax AGAIN,
# so it can never reach 0 and a confident mistake costs little.
softmax = nn.Softmax(dim=1)
print(loss_fn(softmax(right), target), loss_fn(softmax(wrong), target))
#> tensor(0.5514) tensor(1.5514)
