import torch
from torch import nn


def graph_nodes(tensor):
    """The autograd nodes reachable from a tensor: the history it keeps alive."""
    seen, todo = set(), [tensor.grad_fn]
    while todo:
        node = todo.pop()
        if node is not None and node not in seen:
            seen.add(node)
            todo += [next_node for next_node, _ in node.next_functions]
    return len(seen)


torch.manual_seed(0)
model = nn.Sequential(nn.Linear(8, 16), nn.ReLU(), nn.Linear(16, 1))
batches = [(torch.randn(4, 8), torch.randn(4, 1)) for _ in range(4)]

# An evaluation loop without torch.no_grad(), summing tensors: `total` holds the
# graph of every batch, and each graph holds the activations it saved for backward.
total, sizes = 0, []
for x, y in batches:
    total += nn.functional.mse_loss(model(x), y)
    sizes.append(graph_nodes(total))
print(type(total).__name__, sizes)  # grows with every batch: on a GPU, until OOM
#> Tensor [11, 18, 25, 32]

# .item() gives a Python float, and torch.no_grad() records no graph at all.
total = 0.0
with torch.no_grad():
    for x, y in batches:
        loss = nn.functional.mse_loss(model(x), y)
        total += loss.item()
print(type(total).__name__, loss.grad_fn)
#> float None
