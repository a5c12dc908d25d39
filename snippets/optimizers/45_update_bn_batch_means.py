import torch
from torch import nn
from torch.optim.swa_utils import update_bn
from torch.utils.data import DataLoader, TensorDataset

torch.manual_seed(0)
x = torch.randn(40, 4) + torch.linspace(0, 4, 40).unsqueeze(1)  # the mean drifts
model = nn.Sequential(nn.Linear(4, 3), nn.BatchNorm1d(3))
bn = model[1]

for batch_size in (20, 16):  # 20 + 20 (equal) or 16 + 16 + 8 (unequal)
    loader = DataLoader(TensorDataset(x), batch_size=batch_size)
    update_bn(loader, model)  # momentum=None: a plain average over BATCHES
    with torch.no_grad():
        features = model[0](x)
        batch_means = torch.stack([model[0](xb).mean(0) for (xb,) in loader])
    print(
        [len(xb) for (xb,) in loader],
        torch.allclose(bn.running_mean, features.mean(0), atol=1e-5),  # all samples
        torch.allclose(bn.running_mean, batch_means.mean(0), atol=1e-5),
    )
    #> [20, 20] True True
    #> [16, 16, 8] False True
