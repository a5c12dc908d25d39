import os

import torch
from torch import nn

# Older torch releases required this on CUDA in deterministic mode; 2.11-2.15 do not
# (see the Determinism section). Setting it does no harm.
os.environ.setdefault("CUBLAS_WORKSPACE_CONFIG", ":4096:8")

if torch.accelerator.is_available():
    device = torch.accelerator.current_accelerator()
else:
    device = torch.device("cpu")

torch.use_deterministic_algorithms(True)  # error on ops with no deterministic kernel
torch.backends.cudnn.benchmark = False  # no timing-based choice of conv algorithm


def train(seed):
    torch.manual_seed(seed)  # seeds the CPU and every GPU
    x, y = torch.randn(64, 8).to(device), torch.randn(64, 1).to(device)
    model = nn.Sequential(nn.Linear(8, 16), nn.ReLU(), nn.Linear(16, 1)).to(device)
    optimizer = torch.optim.Adam(model.parameters(), lr=0.01)
    for _ in range(20):
        loss = nn.functional.mse_loss(model(x), y)
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
    return torch.cat([p.detach().flatten() for p in model.parameters()])


print(torch.equal(train(0), train(0)), torch.equal(train(0), train(1)))
#> True False
print(torch.are_deterministic_algorithms_enabled())
#> True

torch.use_deterministic_algorithms(False)  # restore the global default
print(torch.are_deterministic_algorithms_enabled())
#> False
