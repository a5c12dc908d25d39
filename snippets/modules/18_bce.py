import torch
from torch import nn

logits = torch.tensor([2.0, -1.0, 0.5])  # (N,): one raw score per sample
target = torch.tensor([1.0, 0.0, 1.0])  # (N,): 0/1 as FLOATS, same shape

probs = torch.sigmoid(logits)  # BCELoss wants probabilities in [0, 1]
print(nn.BCELoss()(probs, target))
#> tensor(0.3048)
print(nn.BCEWithLogitsLoss()(logits, target))  # sigmoid is built in
#> tensor(0.3048)
