import torch
from torch import nn

model = nn.Sequential(nn.BatchNorm1d(2), nn.Dropout(p=0.5))
bn, drop = model[0], model[1]
x = torch.tensor([[1.0, 10.0], [3.0, 20.0], [5.0, 30.0], [7.0, 40.0]])

print(model.training, drop.training)  # modules start in training mode
#> True True
model(x)  # train: normalise with the batch's statistics and update the running ones
print(bn.running_mean, bn.num_batches_tracked)  # 0.9 * 0 + 0.1 * batch mean
#> tensor([0.4000, 2.5000]) tensor(1)

model.eval()  # sets .training = False on every submodule
print(model.training, bn.training, drop.training)
#> False False False
ones = torch.ones(1, 8)
print(torch.equal(drop(ones), ones))  # Dropout: identity
#> True
model(x)  # BatchNorm: normalise with the running statistics, do NOT update them
print(bn.running_mean, bn.num_batches_tracked)
#> tensor([0.4000, 2.5000]) tensor(1)
print(model(x[:1]).shape)  # a batch of one works now (it fails in train mode)
#> torch.Size([1, 2])
print(model(x).requires_grad)  # and gradients are still tracked
#> True

model.train()  # back to training mode; model.train(False) is model.eval()
print(model.training, bn.training)
#> True True
try:
    model(x[:1])
except ValueError as err:
    print(err)
    """
    Expected more than 1 value per channel when training, got input size torch.Size([1, 2])
    """
