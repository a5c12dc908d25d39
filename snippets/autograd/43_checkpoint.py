import torch
from torch import nn
from torch.utils.checkpoint import checkpoint

torch.manual_seed(0)
block = nn.Sequential(nn.Linear(8, 32), nn.ReLU(), nn.Linear(32, 8))
x = torch.randn(4, 8)

calls = 0


def count(module, args):
    global calls
    calls += 1


block.register_forward_pre_hook(count)

# Plain: the block's activations are stored for the backward pass.
block(x).pow(2).sum().backward()
plain = [p.grad.clone() for p in block.parameters()]
print("forward calls:", calls)
#> forward calls: 1

# Checkpointed: activations inside the block are dropped after the forward pass
# and recomputed during backward: less memory, one extra forward.
block.zero_grad()
calls = 0
checkpoint(block, x, use_reentrant=False).pow(2).sum().backward()
print("forward calls:", calls)
#> forward calls: 2
print(all(torch.allclose(a, p.grad) for a, p in zip(plain, block.parameters())))
#> True
