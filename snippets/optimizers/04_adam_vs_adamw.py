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
