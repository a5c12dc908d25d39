import torch
from torch import nn

torch.manual_seed(0)
model = nn.Linear(4, 1)
sgd = torch.optim.SGD(model.parameters(), lr=0.01, momentum=0.9)
adam = torch.optim.Adam(model.parameters(), lr=0.001)
adamw = torch.optim.AdamW(model.parameters(), lr=0.001, weight_decay=0.01)
for opt in (sgd, adam, adamw):
    group = opt.param_groups[0]  # the hyper-parameters live here
    print(type(opt).__name__, group["lr"], group["weight_decay"])
    #> SGD 0.01 0
    #> Adam 0.001 0
    #> AdamW 0.001 0.01

optimizer = sgd
scheduler = torch.optim.lr_scheduler.StepLR(optimizer, step_size=10, gamma=0.1)
x, y = torch.randn(16, 4), torch.randn(16, 1)
lrs = []
for epoch in range(25):
    lrs.append(scheduler.get_last_lr()[0])
    optimizer.zero_grad()  # train(...) for one epoch
    nn.functional.mse_loss(model(x), y).backward()
    optimizer.step()
    scheduler.step()  # once per epoch, after optimizer.step()
print([f"{lr:g}" for lr in lrs[::5]])  # x0.1 every 10 epochs
#> ['0.01', '0.01', '0.001', '0.001', '0.0001']
