import torch
from torch import nn

if torch.accelerator.is_available():
    device = torch.accelerator.current_accelerator()
else:
    device = torch.device("cpu")

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(8, 16), nn.ReLU(), nn.Linear(16, 2)).to(device)
x = torch.randn(4, 8).to(device)

compiled = torch.compile(model)  # returns at once: nothing is compiled yet
print(type(compiled).__name__, compiled._orig_mod is model)
#> OptimizedModule True
out = compiled(x)  # first call: trace, compile (seconds), run
out = compiled(x)  # same shapes and dtypes: the compiled code is reused
torch.testing.assert_close(out, model(x))  # raises if compiled and eager disagree
print("matches eager:", out.shape)
#> matches eager: torch.Size([4, 2])

# The compiled module shares the parameters: train either, both change.
print(all(p is q for p, q in zip(compiled.parameters(), model.parameters())))
#> True
