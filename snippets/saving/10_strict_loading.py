import torch
from torch import nn

torch.manual_seed(0)
pretrained = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 3))
state = pretrained.state_dict()

# A bigger model: its extra layer is missing from the checkpoint.
bigger = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 3), nn.Linear(3, 3))
try:
    bigger.load_state_dict(state)  # strict=True: every key must match
except RuntimeError as err:
    for line in str(err).splitlines()[:2]:
        print(line.strip())
        #> Error(s) in loading state_dict for Sequential:
        #> Missing key(s) in state_dict: "3.weight", "3.bias".
result = bigger.load_state_dict(state, strict=False)
print(result.missing_keys, result.unexpected_keys)
#> ['3.weight', '3.bias'] []

# A new head (5 classes instead of 3): strict=False does not skip shape mismatches.
finetune = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 5))
try:
    finetune.load_state_dict(state, strict=False)
except RuntimeError as err:
    message = str(err).splitlines()[1].strip()
    print(message.replace("checkpoint, ", "checkpoint,\n"))  # one line, cut in two
    """
    size mismatch for 2.weight: copying a param with shape torch.Size([3, 8]) from checkpoint,
    the shape in current model is torch.Size([5, 8]).
    """
backbone = {k: v for k, v in state.items() if not k.startswith("2.")}
print(finetune.load_state_dict(backbone, strict=False))
#> _IncompatibleKeys(missing_keys=['2.weight', '2.bias'], unexpected_keys=[])

# torch.compile(model) wraps the model: its state_dict keys gain a prefix.
print(list(torch.compile(pretrained).state_dict())[:2])
#> ['_orig_mod.0.weight', '_orig_mod.0.bias']
# model.compile() compiles in place: the keys stay as they are.
pretrained.compile()
print(list(pretrained.state_dict())[:2])
#> ['0.weight', '0.bias']
