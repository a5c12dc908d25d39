import torch

start = torch.tensor([1.0, 10.0])  # a small and a large weight


def decay_only(optimizer_class, **kwargs):
    """One step with a zero gradient: only weight decay moves the weights."""
    w = torch.nn.Parameter(start.clone())
    optimizer = optimizer_class([w], lr=0.1, weight_decay=0.1, **kwargs)
    w.grad = torch.zeros(2)
    optimizer.step()
    return w.detach()


# SGD: L2 regularisation, wd * w added to the gradient: w -= lr * wd * w
print(decay_only(torch.optim.SGD))
#> tensor([0.9900, 9.9000])
# Adam: the same L2 term, but then divided by Adam's running RMS of the gradient,
# so every weight moves by about lr, big or small
print(decay_only(torch.optim.Adam))
#> tensor([0.9000, 9.9000])
# AdamW: decoupled, w *= 1 - lr * wd, outside Adam's normalisation
print(decay_only(torch.optim.AdamW))
#> tensor([0.9900, 9.9000])
print(
    torch.equal(
        decay_only(torch.optim.Adam, decoupled_weight_decay=True),
        decay_only(torch.optim.AdamW),
    )
)
#> True


# With a real gradient, L2 under Adam depends on the gradient, AdamW does not.
def decay_effect(optimizer_class):
    """Two equal weights, one with a steady gradient, one with none: 10 steps with
    and without weight decay; returns how far the decay alone moved each weight."""
    ends = []
    for wd in (0.0, 0.1):
        w = torch.nn.Parameter(torch.ones(2))
        optimizer = optimizer_class([w], lr=0.01, weight_decay=wd)
        for _ in range(10):
            w.grad = torch.tensor([1.0, 0.0])
            optimizer.step()
        ends.append(w.detach())
    return [f"{d:.4f}" for d in (ends[0] - ends[1]).tolist()]


print(decay_effect(torch.optim.Adam))  # the weight with a gradient is barely decayed
#> ['-0.0000', '0.0997']
print(decay_effect(torch.optim.AdamW))  # both shrink in proportion to their size
#> ['0.0095', '0.0100']
