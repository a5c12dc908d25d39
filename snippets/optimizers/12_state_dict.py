import tempfile
from pathlib import Path

import torch
from torch import nn

torch.manual_seed(0)
model = nn.Linear(2, 1)
optimizer = torch.optim.SGD(model.parameters(), lr=0.1, momentum=0.9)
model(torch.randn(4, 2)).sum().backward()
optimizer.step()

state = optimizer.state_dict()
print(list(state))
#> ['state', 'param_groups']
print(state["param_groups"][0]["params"], state["param_groups"][0]["lr"])  # indices
#> [0, 1] 0.1
print({index: list(s) for index, s in state["state"].items()})  # momentum buffers
#> {0: ['momentum_buffer'], 1: ['momentum_buffer']}

with tempfile.TemporaryDirectory() as tmp:
    path = Path(tmp) / "optimizer.pth"
    torch.save(optimizer.state_dict(), path)
    resumed = torch.optim.SGD(model.parameters(), lr=0.1, momentum=0.9)
    resumed.load_state_dict(torch.load(path))

old = optimizer.state[model.weight]["momentum_buffer"]
print(torch.equal(resumed.state[model.weight]["momentum_buffer"], old))
#> True
