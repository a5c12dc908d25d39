import torch
from torch import nn

torch.manual_seed(0)
pred, target = torch.randn(2, 3), torch.randn(2, 3)  # a batch of 2, 3 outputs each

# MSE, L1 and BCE take the mean over ALL elements, not over the batch.
squared = (pred - target) ** 2
print(torch.allclose(nn.MSELoss()(pred, target), squared.mean()))  # / 6
#> True
print(torch.allclose(nn.MSELoss()(pred, target), squared.sum() / 2))  # / batch size
#> False
print(nn.MSELoss(reduction="none")(pred, target).shape)
#> torch.Size([2, 3])
print(torch.allclose(nn.L1Loss()(pred, target), (pred - target).abs().mean()))
#> True
bce, probs = nn.BCEWithLogitsLoss, target.sigmoid()  # float targets in [0, 1]
print(torch.allclose(bce()(pred, probs), bce(reduction="none")(pred, probs).mean()))
#> True

# CrossEntropyLoss with weight= and class indices takes a weighted mean: divided by
# the sum of the weights of the targets, not by the batch size.
logits, labels = torch.randn(4, 3), torch.tensor([0, 2, 2, 1])
weight = torch.tensor([1.0, 2.0, 4.0])
per_sample = nn.CrossEntropyLoss(reduction="none")(logits, labels)
w = weight[labels]
loss = nn.CrossEntropyLoss(weight=weight)(logits, labels)
print(torch.allclose(loss, (w * per_sample).sum() / w.sum()))
#> True
print(torch.allclose(loss, (w * per_sample).mean()))
#> False

# With probability targets (here the same labels, one-hot) it divides by N instead.
soft = nn.functional.one_hot(labels, 3).float()
loss = nn.CrossEntropyLoss(weight=weight)(logits, soft)
print(torch.allclose(loss, (w * per_sample).sum() / len(labels)))
#> True
