import torch

# The notes' example: y = x**2, so dy/dx = 2x = 2 at x = 1.
x = torch.tensor([1.0], requires_grad=True)
y = x**2
y.backward()
print(x.grad)
#> tensor([2.])

# Two ways to ask for gradients: at creation, or in place afterwards.
w = torch.randn(5, 3, requires_grad=True)
v = torch.randn(5, 3)
print(v.requires_grad)
#> False
v.requires_grad_(True)  # the trailing _ means "in place"
print(w.requires_grad, v.requires_grad)
#> True True

# Only floating-point (and complex) tensors can require gradients.
try:
    torch.tensor([1, 2], requires_grad=True)
except RuntimeError as err:
    print(err)
    #> Only Tensors of floating point and complex dtype can require gradients
