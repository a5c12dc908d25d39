import tempfile
from pathlib import Path

import torch
from torch import nn
from torch.nn.modules.utils import consume_prefix_in_state_dict_if_present


def make_model():
    return nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 3))


torch.manual_seed(0)
model = make_model()
# DataParallel, like DistributedDataParallel, keeps the model as .module
# (no GPU here: DataParallel just wraps it).
wrapped = nn.DataParallel(model)
print(wrapped.module is model)
#> True
print(list(wrapped.state_dict())[:2])  # every key gains "module."
#> ['module.0.weight', 'module.0.bias']

with tempfile.TemporaryDirectory() as tmp:
    path = Path(tmp) / "wrapped.pth"
    torch.save(wrapped.state_dict(), path)  # what a DDP script often saves
    state = torch.load(path)

plain = make_model()  # the loading side has no wrapper
try:
    plain.load_state_dict(state)
except RuntimeError as err:
    for line in str(err).splitlines()[1:3]:
        print(line.strip().split(", ")[0])
        #> Missing key(s) in state_dict: "0.weight"
        #> Unexpected key(s) in state_dict: "module.0.weight"

# Fix on the loading side: strip the prefix (in place), then load.
consume_prefix_in_state_dict_if_present(state, "module.")
print(list(state)[:2])
#> ['0.weight', '0.bias']
print(plain.load_state_dict(state))
#> <All keys matched successfully>

# Fix on the saving side: save the inner model's state_dict.
print(list(wrapped.module.state_dict())[:2])
#> ['0.weight', '0.bias']
