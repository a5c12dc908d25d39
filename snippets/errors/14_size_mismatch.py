import textwrap

import torch
from torch import nn

torch.manual_seed(0)
pretrained = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 3))  # 3 classes
state = pretrained.state_dict()

model = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 5))  # a 5-class head
try:
    model.load_state_dict(state, strict=False)  # strict=False does not skip shapes
except RuntimeError as err:
    message = f"{type(err).__name__}: {err}".expandtabs(4).split("\n")
    print("\n".join(textwrap.fill(x, 80, subsequent_indent=" " * 8) for x in message))
    """
    RuntimeError: Error(s) in loading state_dict for Sequential:
        size mismatch for 2.weight: copying a param with shape torch.Size([3, 8])
            from checkpoint, the shape in current model is torch.Size([5, 8]).
        size mismatch for 2.bias: copying a param with shape torch.Size([3]) from
            checkpoint, the shape in current model is torch.Size([5]).
    """

# The fix: load what fits, leave the new head as initialised.
fits = {k: v for k, v in state.items() if v.shape == model.state_dict()[k].shape}
print(model.load_state_dict(fits, strict=False))
#> _IncompatibleKeys(missing_keys=['2.weight', '2.bias'], unexpected_keys=[])
