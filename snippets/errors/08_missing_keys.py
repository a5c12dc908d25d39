import torch
from torch import nn

torch.manual_seed(0)
model = nn.Linear(4, 2)
# DataParallel and DistributedDataParallel keep the model as .module, so the
# state_dict of the wrapper, which training scripts often save, has "module." keys.
state = nn.DataParallel(model).state_dict()
print(list(state))
#> ['module.weight', 'module.bias']

fresh = nn.Linear(4, 2)
try:
    fresh.load_state_dict(state)
except RuntimeError as err:
    print(f"{type(err).__name__}: {err}".expandtabs(4))
    """
    RuntimeError: Error(s) in loading state_dict for Linear:
        Missing key(s) in state_dict: "weight", "bias".
        Unexpected key(s) in state_dict: "module.weight", "module.bias".
    """

# The fix: strip the prefix (or save model.module.state_dict() in the first place).
state = {k.removeprefix("module."): v for k, v in state.items()}
print(fresh.load_state_dict(state))
#> <All keys matched successfully>
