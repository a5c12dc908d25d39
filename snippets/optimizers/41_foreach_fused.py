import inspect

import torch
from torch import nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(8, 16), nn.ReLU(), nn.Linear(16, 1))
x, y = torch.randn(32, 8), torch.randn(32, 1)


def train(**impl):
    net = nn.Sequential(nn.Linear(8, 16), nn.ReLU(), nn.Linear(16, 1))
    net.load_state_dict(model.state_dict())  # the same start for every run
    optimizer = torch.optim.AdamW(net.parameters(), lr=0.01, **impl)
    for _ in range(5):
        optimizer.zero_grad()
        nn.functional.mse_loss(net(x), y).backward()
        optimizer.step()
    return optimizer, torch.cat([p.detach().flatten() for p in net.parameters()])


default, w_default = train()  # foreach=None, fused=None: PyTorch picks
print(default.defaults["foreach"], default.defaults["fused"])
#> None None
for impl in ({"foreach": False}, {"foreach": True}, {"fused": True}):  # on the CPU
    _, w = train(**impl)
    print(impl, torch.allclose(w, w_default, atol=1e-6))
    #> {'foreach': False} True
    #> {'foreach': True} True
    #> {'fused': True} True

try:
    train(foreach=True, fused=True)
except RuntimeError as err:
    print("RuntimeError:", err)
    #> RuntimeError: `fused` and `foreach` cannot be `True` together.

have_fused = [
    name
    for name, cls in vars(torch.optim).items()
    if isinstance(cls, type) and "fused" in inspect.signature(cls).parameters
]
print(sorted(have_fused))
#> ['Adagrad', 'Adam', 'AdamW', 'SGD']
