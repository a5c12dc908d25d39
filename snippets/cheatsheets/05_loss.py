import torch
import torch.nn.functional as F
from torch import nn

torch.manual_seed(0)
logits = torch.randn(4, 3)  # (N, C) raw scores, NOT softmax
target = torch.tensor([0, 2, 1, 2])  # (N,) class indices 0..C-1, int64

ce = nn.CrossEntropyLoss()(logits, target)
nll = nn.NLLLoss()(F.log_softmax(logits, dim=1), target)
print(round(ce.item(), 4), torch.allclose(ce, nll))  # CE = LogSoftmax + NLL
#> 0.9357 True
wrong = nn.CrossEntropyLoss()(logits.softmax(dim=1), target)  # softmax twice
print(torch.allclose(ce, wrong))
#> False

z = torch.tensor([2.0, -1.0, 0.5])  # binary: one logit per sample
t = torch.tensor([1.0, 0.0, 1.0])  # float 0/1 targets
bce = nn.BCELoss()(torch.sigmoid(z), t)  # probabilities after sigmoid
bce_logits = nn.BCEWithLogitsLoss()(z, t)  # raw logits, more stable
print(round(bce.item(), 4), torch.allclose(bce, bce_logits))
#> 0.3048 True

pred = torch.tensor([2.5, 0.0, 2.0])
y = torch.tensor([3.0, -0.5, 2.0])
print(round(nn.MSELoss()(pred, y).item(), 4))  # mean squared error
#> 0.1667
print(round(nn.L1Loss()(pred, y).item(), 4))  # mean absolute error
#> 0.3333
