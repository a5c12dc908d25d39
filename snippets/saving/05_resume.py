import tempfile
from pathlib import Path

import torch
from torch import nn

X = torch.randn(32, 4, generator=torch.Generator().manual_seed(1))
Y = X.sum(dim=1, keepdim=True)


def fresh():  # what a new process would build before loading
    torch.manual_seed(0)
    model = nn.Linear(4, 1)
    return model, torch.optim.Adam(model.parameters(), lr=0.1)


def train(model, optimizer, steps):
    for _ in range(steps):
        optimizer.zero_grad()
        nn.functional.mse_loss(model(X), Y).backward()
        optimizer.step()


model, optimizer = fresh()
train(model, optimizer, 10)  # reference: 10 steps in one go
reference = model.weight.detach().clone()

model, optimizer = fresh()
train(model, optimizer, 4)  # 4 steps, then save and "crash"
with tempfile.TemporaryDirectory() as tmp:
    path = Path(tmp) / "checkpoint.pth"
    state = {"step": 4, "model": model.state_dict(), "optim": optimizer.state_dict()}
    torch.save(state, path)
    checkpoint = torch.load(path)

model, optimizer = fresh()
model.load_state_dict(checkpoint["model"])
optimizer.load_state_dict(checkpoint["optim"])
model.train()
train(model, optimizer, 10 - checkpoint["step"])
print(torch.equal(model.weight, reference))  # resumed run == uninterrupted run
#> True

model, optimizer = fresh()
model.load_state_dict(checkpoint["model"])  # weights only, Adam starts over
train(model, optimizer, 10 - checkpoint["step"])
print(torch.equal(model.weight, reference))
#> False
