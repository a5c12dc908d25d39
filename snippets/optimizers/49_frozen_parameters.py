import torch
from torch import nn

torch.manual_seed(0)
x = torch.randn(8, 4)


def moved_while_frozen(freeze_at=0, set_to_none=True):
    model = nn.Sequential(nn.Linear(4, 4), nn.Linear(4, 1))
    # All parameters go in, frozen ones too; AdamW with a large weight decay.
    optimizer = torch.optim.AdamW(model.parameters(), lr=0.1, weight_decay=0.5)
    for step in range(4):
        if step == freeze_at:
            model[0].requires_grad_(False)  # freeze the first layer
            frozen = model[0].weight.detach().clone()
        optimizer.zero_grad(set_to_none=set_to_none)
        model(x).sum().backward()
        optimizer.step()
    moved = not torch.equal(model[0].weight, frozen)
    return moved, model[0].weight.grad, len(optimizer.state)  # tensors with state


# Frozen before any backward: .grad stays None, step() skips it and keeps no state.
print(moved_while_frozen())
#> (False, None, 2)
# Frozen after some steps: zero_grad() sets its .grad to None, so it is skipped too.
print(moved_while_frozen(freeze_at=2))
#> (False, None, 4)
# But zero_grad(set_to_none=False) leaves a zero gradient: decay and momentum move it.
print(moved_while_frozen(freeze_at=2, set_to_none=False)[0])
#> True
