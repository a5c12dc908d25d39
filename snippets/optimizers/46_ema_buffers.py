import copy

import torch
from torch import nn
from torch.optim.swa_utils import AveragedModel, get_ema_multi_avg_fn, update_bn
from torch.utils.data import DataLoader, TensorDataset

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(4, 3), nn.BatchNorm1d(3))
ema = AveragedModel(model, multi_avg_fn=get_ema_multi_avg_fn(0.9), use_buffers=True)
optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
x = torch.randn(64, 4)

expected = None  # the EMA of the model's running_mean, computed by hand
for _ in range(3):
    optimizer.zero_grad()
    model(x).pow(2).mean().backward()  # the forward pass updates the running stats
    optimizer.step()
    ema.update_parameters(model)  # use_buffers=True: the buffers are averaged too
    mean = model[1].running_mean.clone()
    expected = mean if expected is None else 0.9 * expected + 0.1 * mean

bn, ema_bn = model[1], ema.module[1]
# The EMA copy's statistics are an average of the model's statistics ...
print(torch.allclose(ema_bn.running_mean, expected))
#> True
# ... not the statistics of the EMA weights: update_bn recomputes those.
recomputed = copy.deepcopy(ema.module)
update_bn(DataLoader(TensorDataset(x), batch_size=64), recomputed)
print(f"{(recomputed[1].running_mean - ema_bn.running_mean).abs().max():.4f}")
#> 0.4838
# The integer counter is "averaged" too, and truncated.
print(int(bn.num_batches_tracked), int(ema_bn.num_batches_tracked))
#> 3 1
