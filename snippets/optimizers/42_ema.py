import torch
from torch import nn
from torch.optim.swa_utils import AveragedModel, get_ema_multi_avg_fn

torch.manual_seed(0)
model = nn.Linear(4, 1)
# A copy of the model whose weights are an exponential moving average (EMA):
# ema = decay * ema + (1 - decay) * weights, after every optimizer step.
ema = AveragedModel(model, multi_avg_fn=get_ema_multi_avg_fn(0.9), use_buffers=True)
optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
x, y = torch.randn(64, 4), torch.randn(64, 1)

expected = None
for step in range(20):
    optimizer.zero_grad()
    nn.functional.mse_loss(model(x), y).backward()
    optimizer.step()
    ema.update_parameters(model)  # the first call copies, later calls average
    w = model.weight.detach().clone()
    expected = w if expected is None else 0.9 * expected + 0.1 * w

print(type(ema.module).__name__, int(ema.n_averaged))  # a Module wrapping a copy
#> Linear 20
print(torch.allclose(ema.module.weight, expected))
#> True
print(ema.module.weight is model.weight, f"{(ema.module.weight - w).norm():.4f}")
#> False 0.0946
with torch.no_grad():  # evaluate the EMA copy like any model
    print(f"{nn.functional.mse_loss(ema(x), y):.4f}", ema(x).shape)
    #> 0.7766 torch.Size([64, 1])
print(list(ema.state_dict()))  # save ema.module.state_dict() for a plain model
#> ['n_averaged', 'module.weight', 'module.bias']
