import torch
from torch import nn
from torch.optim.lr_scheduler import LambdaLR

torch.manual_seed(0)
x, y = torch.randn(8, 4), torch.randn(8, 1)


def one_step(model, optimizer, forward):
    before = model[0].weight.detach().clone()  # a COPY of the values
    optimizer.zero_grad()
    nn.functional.mse_loss(forward(model, x), y).backward()
    optimizer.step()
    changed = not torch.equal(model[0].weight, before)
    return changed, model[0].weight.grad is None, optimizer.param_groups[0]["lr"]


def new():
    return nn.Sequential(nn.Linear(4, 4), nn.ReLU(), nn.Linear(4, 1))


def plain(model, x):
    return model(x)


def cut(model, x):  # detach() cuts the graph: nothing before it gets a gradient
    return model[2](model[1](model[0](x)).detach())


model = new()
print("working      ", one_step(model, torch.optim.SGD(model.parameters(), 0.1), plain))
#> working       (True, False, 0.1)
model = new()
print("graph cut    ", one_step(model, torch.optim.SGD(model.parameters(), 0.1), cut))
#> graph cut     (False, True, 0.1)
model = new()
optimizer = torch.optim.SGD(model[2].parameters(), lr=0.1)  # layer 0 not included
print("not included ", one_step(model, optimizer, plain))
#> not included  (False, False, 0.1)
model = new()
optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
LambdaLR(optimizer, lambda step: step / 100)  # a warm-up whose step 0 is lr * 0
print("lr is 0      ", one_step(model, optimizer, plain))
#> lr is 0       (False, False, 0.0)

# Keeping the tensor itself instead of a copy always finds "no change":
model = new()
optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
same = model[0].weight  # not a copy: step() changes this very tensor in place
copy = model[0].weight.detach().clone()
nn.functional.mse_loss(model(x), y).backward()
optimizer.step()
print(torch.equal(model[0].weight, same), torch.equal(model[0].weight, copy))
#> True False
