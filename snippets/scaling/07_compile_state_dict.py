import torch
from torch import nn
from torch.nn.modules.utils import consume_prefix_in_state_dict_if_present

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(8, 16), nn.ReLU(), nn.Linear(16, 2))
compiled = torch.compile(model)  # compiles lazily: no call, no compilation here

# The wrapper keeps the model as ._orig_mod, and its state_dict says so.
print(list(compiled.state_dict())[:2])
#> ['_orig_mod.0.weight', '_orig_mod.0.bias']
print(list(compiled._orig_mod.state_dict())[:2])  # the plain model's keys
#> ['0.weight', '0.bias']

# Save the plain keys: any model of the same class loads them, compiled or not.
torch.save(compiled._orig_mod.state_dict(), "model.pt")
fresh = nn.Sequential(nn.Linear(8, 16), nn.ReLU(), nn.Linear(16, 2))
print(fresh.load_state_dict(torch.load("model.pt")))
#> <All keys matched successfully>

# A checkpoint saved with the prefix fails to load into a plain model ...
prefixed = compiled.state_dict()
try:
    fresh.load_state_dict(prefixed)
except RuntimeError as err:
    print(str(err).splitlines()[1].strip()[:30])
    #> Missing key(s) in state_dict:
# ... until the prefix is stripped (in place).
consume_prefix_in_state_dict_if_present(prefixed, "_orig_mod.")
print(fresh.load_state_dict(prefixed))
#> <All keys matched successfully>
