import torch
from torch import nn

x = torch.tensor([1.0], requires_grad=True)
for _ in range(3):
    (x**2).backward()  # each call ADDS 2x to x.grad
    print(x.grad)
    #> tensor([2.])
    #> tensor([4.])
    #> tensor([6.])

x.grad = None  # reset by hand (zero_grad does this for every parameter)
(x**2).backward()
print(x.grad)
#> tensor([2.])

model = nn.Linear(2, 1)
optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
model(torch.ones(1, 2)).sum().backward()
optimizer.zero_grad()  # default set_to_none=True: grads become None
print(model.weight.grad)
#> None

# Accumulating on purpose: chunk gradients add up to the full-batch gradient...
torch.manual_seed(0)
data, target = torch.randn(8, 2), torch.randn(8, 1)


def accumulated_matches(model, sizes):
    """Is the full batch's gradient the sum over chunks of (chunk loss / #chunks)?"""
    model.zero_grad()
    nn.functional.mse_loss(model(data), target).backward()  # a mean loss
    full = model[0].weight.grad.clone()
    model.zero_grad()
    for x, y in zip(data.split(sizes), target.split(sizes)):
        (nn.functional.mse_loss(model(x), y) / len(sizes)).backward()
    return torch.allclose(model[0].weight.grad, full)


linear = nn.Sequential(nn.Linear(2, 1))
print(accumulated_matches(linear, [4, 4]))  # equal chunks, mean loss
#> True
# ...only with equal chunks, and without BatchNorm (statistics differ per chunk).
print(accumulated_matches(linear, [6, 2]))
#> False
with_bn = nn.Sequential(nn.Linear(2, 2), nn.BatchNorm1d(2), nn.Linear(2, 1))
print(accumulated_matches(with_bn, [4, 4]))
#> False
