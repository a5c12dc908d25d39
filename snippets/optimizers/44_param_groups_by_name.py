import torch
from torch import nn

model = nn.Sequential(
    nn.Embedding(100, 16),
    nn.Linear(16, 16),
    nn.LayerNorm(16),
    nn.Linear(16, 2),
)
NORMS = (nn.LayerNorm, nn.GroupNorm, nn.RMSNorm, nn.BatchNorm1d, nn.BatchNorm2d)

decay, no_decay = [], []
for module_name, module in model.named_modules():
    for name, param in module.named_parameters(recurse=False):  # each one once
        full_name = f"{module_name}.{name}" if module_name else name
        if name == "bias" or isinstance(module, NORMS):
            no_decay.append((full_name, param))  # (name, tensor) pairs are accepted
        else:
            decay.append((full_name, param))

optimizer = torch.optim.AdamW(
    [
        {"params": decay, "weight_decay": 0.1},
        {"params": no_decay, "weight_decay": 0.0},
    ],
    lr=1e-3,
)
for group in optimizer.param_groups:
    print(group["weight_decay"], group["param_names"])  # the names are kept
    #> 0.1 ['0.weight', '1.weight', '3.weight']
    #> 0.0 ['1.bias', '2.weight', '2.bias', '3.bias']
print(optimizer.state_dict()["param_groups"][1]["param_names"][:2])  # and saved
#> ['1.bias', '2.weight']
n_params = sum(len(group["params"]) for group in optimizer.param_groups)
print(n_params == len(list(model.parameters())))  # nothing missed, nothing twice
#> True

# model.named_parameters() itself works too: one group, names included.
print(torch.optim.AdamW(model.named_parameters()).param_groups[0]["param_names"][:3])
#> ['0.weight', '1.weight', '1.bias']
