import torch
from torch import nn

torch.manual_seed(0)
x = torch.randn(100, 3)
y = x @ torch.tensor([[2.0], [-1.0], [0.5]]) + 0.3  # a least-squares problem
model = nn.Linear(3, 1)
optimizer = torch.optim.LBFGS(model.parameters(), lr=1, line_search_fn="strong_wolfe")
calls = 0


def closure():  # LBFGS calls it as often as it needs: zero_grad, loss, backward
    global calls
    calls += 1
    optimizer.zero_grad()
    loss = nn.functional.mse_loss(model(x), y)  # the whole data set: full batch
    loss.backward()
    return loss


for step in range(3):
    loss = optimizer.step(closure)  # returns the loss of the first evaluation
    print(step, f"{loss.item():.4f}", calls)
    #> 0 4.8608 7
    #> 1 0.0000 8
    #> 2 0.0000 9
print(model.weight.detach().round(decimals=3), model.bias.detach().round(decimals=3))
#> tensor([[ 2.0000, -1.0000,  0.5000]]) tensor([0.3000])

try:  # one parameter group only
    torch.optim.LBFGS([{"params": [model.weight]}, {"params": [model.bias]}])
except ValueError as err:
    print(f"{type(err).__name__}: {err}")
    #> ValueError: LBFGS doesn't support per-parameter options (parameter groups)
