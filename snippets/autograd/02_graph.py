import torch

x = torch.tensor(2.0, requires_grad=True)
b = torch.tensor(3.0)  # does not require grad

y = x * b  # recorded: one input requires grad
z = b * 2  # not recorded: no input requires grad
out = y + z
print(y.grad_fn.name(), z.grad_fn, out.grad_fn.name())
#> MulBackward0 None AddBackward0
print(y.requires_grad, z.requires_grad, out.requires_grad)
#> True False True

# grad_fn points back to the nodes that made its inputs: the graph, walked backwards.
print([fn.name() if fn else None for fn, _ in out.grad_fn.next_functions])
#> ['MulBackward0', None]
print([fn.name() for fn, _ in y.grad_fn.next_functions if fn])
#> ['torch::autograd::AccumulateGrad']

# Results that cannot be differentiated are not recorded: comparisons, argmax, integers.
print((x > 1).requires_grad, x.argmax().requires_grad)
#> False False

# A tensor you create yourself has no grad_fn, even with requires_grad=True.
print(x.grad_fn)
#> None

# With grad mode off, nothing is recorded even though x requires grad.
with torch.no_grad():
    y2 = x * b
print(y2.requires_grad, y2.grad_fn)
#> False None
