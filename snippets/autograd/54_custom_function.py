import torch

torch.manual_seed(0)


class Square(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        ctx.save_for_backward(x)  # what backward() will need
        return x * x

    @staticmethod
    def backward(ctx, grad_output):  # dL/d(output) in, dL/d(input) out
        (x,) = ctx.saved_tensors
        return grad_output * 2 * x


x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
y = Square.apply(x)  # call apply(), never forward() directly
y.sum().backward()
print(y.grad_fn.name(), x.grad)
#> SquareBackward tensor([2., 4., 6.])

# gradcheck compares backward() with finite differences (use float64).
x64 = torch.randn(4, dtype=torch.float64, requires_grad=True)
print(torch.autograd.gradcheck(Square.apply, (x64,)))
#> True


# A straight-through estimator: round in forward, pass the gradient through unchanged.
class RoundSTE(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        return x.round()

    @staticmethod
    def backward(ctx, grad_output):
        return grad_output


x = torch.tensor([0.4, 1.6], requires_grad=True)
(x.round() * 3).sum().backward()
print(x.grad)  # autograd gives round() a zero gradient
#> tensor([0., 0.])
x.grad = None
(RoundSTE.apply(x) * 3).sum().backward()
print(x.grad)
#> tensor([3., 3.])
# The same without a class: the value of round(x), the gradient of x.
x.grad = None
(x + (x.round() - x).detach()).mul(3).sum().backward()
print(x.grad)
#> tensor([3., 3.])
