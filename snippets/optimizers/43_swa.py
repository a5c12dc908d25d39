import torch
from torch import nn
from torch.optim.swa_utils import SWALR, AveragedModel, update_bn
from torch.utils.data import DataLoader, TensorDataset

torch.manual_seed(0)
loader = DataLoader(
    TensorDataset(torch.randn(32, 4), torch.randn(32, 1)), batch_size=16, shuffle=True
)
model = nn.Sequential(nn.Linear(4, 8), nn.BatchNorm1d(8), nn.ReLU(), nn.Linear(8, 1))
optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
swa_model = AveragedModel(model)  # equal-weight average of the snapshots it gets
swa_start, epochs = 5, 10
scheduler = torch.optim.lr_scheduler.CosineAnnealingLR(optimizer, T_max=epochs)
swa_scheduler = SWALR(optimizer, swa_lr=0.02, anneal_epochs=2)  # to a constant lr

snapshots, lrs = [], []
for epoch in range(epochs):
    lrs.append(f"{optimizer.param_groups[0]['lr']:.3g}")
    for x, y in loader:
        optimizer.zero_grad()
        nn.functional.mse_loss(model(x), y).backward()
        optimizer.step()
    if epoch >= swa_start:
        swa_model.update_parameters(model)  # once per epoch, from swa_start on
        snapshots.append(model[0].weight.detach().clone())
        swa_scheduler.step()
    else:
        scheduler.step()
print(lrs)
"""
['0.1', '0.0976', '0.0905', '0.0794', '0.0655', '0.05', '0.035', '0.02', '0.02', '0.02']
"""
mean = sum(snapshots) / len(snapshots)  # the plain average of the 5 snapshots
print(int(swa_model.n_averaged), torch.allclose(swa_model.module[0].weight, mean))
#> 5 True

# The averaged weights never ran through BatchNorm: recompute its statistics.
bn = swa_model.module[1]
print(torch.equal(bn.running_mean, model[1].running_mean))  # copied from the model
#> True
update_bn(loader, swa_model)  # one pass over the data in train mode, no gradients
with torch.no_grad():
    features = swa_model.module[0](torch.cat([x for x, _ in loader]))
print(torch.allclose(bn.running_mean, features.mean(0), atol=1e-6))
#> True
