import torch
from torch.autograd.functional import jacobian


def f(x):
    return torch.stack([x[0] * x[1], x[1] ** 2, x[0] + x[2]])  # R^3 -> R^3


x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
y = f(x)  # a vector: y.backward() alone would fail (not a scalar)
v = torch.tensor([1.0, 0.1, 0.01])
y.backward(gradient=v)  # computes v^T J, the vector-Jacobian product
print(x.grad)
#> tensor([2.0100, 1.4000, 0.0100])

J = jacobian(f, x.detach())  # the full Jacobian, J[i, j] = dy_i / dx_j
print(J)
"""
tensor([[2., 1., 0.],
        [0., 4., 0.],
        [1., 0., 1.]])
"""
print(torch.allclose(x.grad, v @ J))
#> True

# gradient=torch.ones_like(y) is the same as y.sum().backward().
x.grad = None
f(x).backward(gradient=torch.ones(3))
g_ones = x.grad.clone()
x.grad = None
f(x).sum().backward()
print(torch.equal(g_ones, x.grad))
#> True
