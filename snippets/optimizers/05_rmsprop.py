import torch

scale = torch.tensor([0.001, 1000.0])  # one tiny and one huge gradient


def first_step(optimizer_class, **kwargs):
    w = torch.zeros(2, requires_grad=True)
    optimizer = optimizer_class([w], **kwargs)
    (w * scale).sum().backward()  # w.grad == scale
    optimizer.step()
    return [f"{-x:.3g}" for x in w.tolist()]  # how far each weight moved


print("SGD    ", first_step(torch.optim.SGD, lr=0.01))  # step = lr * grad
#> SGD     ['1e-05', '10']
# RMSprop: step = lr * grad / sqrt(running mean of grad**2): the scale cancels
print("RMSprop", first_step(torch.optim.RMSprop, lr=0.01))
#> RMSprop ['0.1', '0.1']
# Adam: RMSprop's denominator plus momentum (and bias correction)
print("Adam   ", first_step(torch.optim.Adam, lr=0.01))
#> Adam    ['0.01', '0.01']
