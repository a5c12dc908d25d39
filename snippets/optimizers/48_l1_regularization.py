import torch
from torch import nn

torch.manual_seed(0)
x = torch.randn(32, 10)
y = x[:, :2].sum(1, keepdim=True) + 0.5 * torch.randn(32, 1)  # only 2 features matter


def train(l1=0.0, weight_decay=0.0):
    torch.manual_seed(0)
    model = nn.Linear(10, 1)
    optimizer = torch.optim.SGD(model.parameters(), lr=0.05, weight_decay=weight_decay)
    for _ in range(500):
        optimizer.zero_grad()
        loss = nn.functional.mse_loss(model(x), y)
        # L1: add the penalty to the loss yourself; here on the weights, not the bias
        loss = loss + l1 * model.weight.abs().sum()
        loss.backward()
        optimizer.step()
    return model.weight.detach().squeeze()


for name, kwargs in {
    "no penalty": {},
    "weight_decay (L2)": {"weight_decay": 0.5},
    "L1 in the loss": {"l1": 0.1},
}.items():
    w = train(**kwargs)
    near_zero = int((w[2:].abs() < 0.01).sum())  # of the 8 useless weights
    print(f"{name:17} useful {w[:2].mean():.2f}, useless near 0: {near_zero}/8")
    #> no penalty        useful 0.91, useless near 0: 0/8
    #> weight_decay (L2) useful 0.73, useless near 0: 0/8
    #> L1 in the loss    useful 0.88, useless near 0: 4/8
