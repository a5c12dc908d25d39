import torch
import torch.nn.functional as F

torch.manual_seed(0)
logits = torch.randn(8, 5, requires_grad=True)


def grad_of(loss):
    (g,) = torch.autograd.grad(loss, logits)
    return g


# A sum loss: chunk gradients add up, whatever the chunk sizes.
target = torch.randint(0, 5, (8,))
full = grad_of(F.cross_entropy(logits, target, reduction="sum"))
parts = sum(
    grad_of(F.cross_entropy(logits[a:b], target[a:b], reduction="sum"))
    for a, b in [(0, 6), (6, 8)]
)
print(torch.allclose(full, parts))
#> True

# A mean loss with unequal chunks: weight each chunk by its share of the batch.
full = grad_of(F.cross_entropy(logits, target))
parts = sum(
    grad_of(F.cross_entropy(logits[a:b], target[a:b]) * (b - a) / 8)
    for a, b in [(0, 6), (6, 8)]
)
print(torch.allclose(full, parts))
#> True

# A mean over the non-ignored targets: equal chunks are NOT enough when the
# chunks hold different numbers of ignored (padding) targets.
padded = torch.tensor([1, -100, -100, 2, 3, 4, 0, 1])  # -100 = ignore_index
full = grad_of(F.cross_entropy(logits, padded))
parts = sum(
    grad_of(F.cross_entropy(logits[a : a + 4], padded[a : a + 4]) / 2) for a in (0, 4)
)
print(torch.allclose(full, parts))
#> False

# Weighting by each chunk's share of the counted targets (2 + 4 = 6) fixes it.
counts = [(padded[a : a + 4] != -100).sum() for a in (0, 4)]
parts = sum(
    grad_of(F.cross_entropy(logits[a : a + 4], padded[a : a + 4]) * n / 6)
    for a, n in zip((0, 4), counts)
)
print(torch.allclose(full, parts))
#> True
