import torch

x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
y = x.sigmoid()  # sigmoid saves its output y for the backward pass
y.data.mul_(2)  # an in-place write through .data: the version counter does not move
print(y._version)
#> 0
y.sum().backward()  # no error...
print(x.grad)  # ...but the gradient was computed from the overwritten y
#> tensor([-0.6757, -1.3416, -1.7244])

s = torch.tensor([1.0, 2.0, 3.0]).sigmoid()
print(s * (1 - s))  # the true d sigmoid / dx
#> tensor([0.1966, 0.1050, 0.0452])

# The same write through detach() (or inside no_grad) IS caught.
x.grad = None
y = x.sigmoid()
y.detach().mul_(2)
try:
    y.sum().backward()
except RuntimeError as err:
    print(str(err).split(":")[0])
    """
    one of the variables needed for gradient computation has been modified by an inplace operation
    """

# Writes from NumPy into shared memory are invisible to the version counter too.
x = torch.tensor([1.0, 2.0], requires_grad=True)
b = torch.tensor([3.0, 4.0])
y = x * b  # mul saves b: d(x * b)/dx = b
b.numpy()[:] = 10.0
y.sum().backward()
print(b._version, x.grad)  # the gradient uses the new b, silently
#> 0 tensor([10., 10.])
