import torch
from torch import nn

torch.manual_seed(0)
saved = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Dropout(0.5), nn.Linear(8, 2))

model = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Dropout(0.5), nn.Linear(8, 2))
model.load_state_dict(saved.state_dict())
print(model.training)  # a new module starts in training mode
#> True

x = torch.randn(1, 4)
print(torch.equal(model(x), model(x)))  # dropout is random: two calls differ
#> False

model.eval()  # before inference: dropout off, batch norm uses running statistics
print(torch.equal(model(x), model(x)))
#> True

# eval() does not switch autograd off; inference_mode() (or no_grad()) does.
print(model(x).requires_grad)
#> True
with torch.inference_mode():
    print(model(x).requires_grad)
    #> False
