import torch
from torch import nn

torch.manual_seed(0)
model = nn.Linear(4, 1)
optimizers = [
    torch.optim.SGD(model.parameters(), lr=0.01, momentum=0.9),
    torch.optim.Adam(model.parameters(), lr=0.001),
    torch.optim.AdamW(model.parameters(), lr=0.001, weight_decay=0.01),
    torch.optim.RMSprop(model.parameters(), lr=0.01),
]
for optimizer in optimizers:
    model(torch.randn(8, 4)).pow(2).mean().backward()
    optimizer.step()  # the first step creates the per-parameter state
    defaults = optimizer.defaults
    state = optimizer.state[model.weight]  # extra memory kept for each parameter
    print(
        f"{type(optimizer).__name__:8}",
        f"lr={defaults['lr']}",
        f"weight_decay={defaults['weight_decay']}",
        sorted(state),
    )
    #> SGD      lr=0.01 weight_decay=0 ['momentum_buffer']
    #> Adam     lr=0.001 weight_decay=0 ['exp_avg', 'exp_avg_sq', 'step']
    #> AdamW    lr=0.001 weight_decay=0.01 ['exp_avg', 'exp_avg_sq', 'step']
    #> RMSprop  lr=0.01 weight_decay=0 ['square_avg', 'step']
    model.zero_grad()
