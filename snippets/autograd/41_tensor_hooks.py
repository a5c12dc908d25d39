import torch

x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
h = x * 2  # an intermediate tensor: it gets no .grad


def show(grad):
    print("gradient reaching h:", grad)  # called during backward()
    #> gradient reaching h: tensor([ 4.,  8., 12.])


handle = h.register_hook(show)
(h**2).sum().backward()  # d/dh of sum(h^2) = 2h
print(x.grad)
#> tensor([ 8., 16., 24.])

# A hook that returns a tensor replaces the gradient flowing back from there.
x.grad = None
handle.remove()  # a removed hook is no longer called
h = x * 2
h.register_hook(lambda grad: grad.clamp(max=5.0))  # e.g. clip per element
(h**2).sum().backward()
print(x.grad)  # 2 * clamp(2h, max=5)
#> tensor([ 8., 10., 10.])

# On a leaf, the hook sees the gradient before it is accumulated into .grad.
w = torch.tensor([1.0, -1.0], requires_grad=True)
w.register_hook(lambda grad: grad * 0.5)
(w * 4).sum().backward()
print(w.grad)
#> tensor([2., 2.])
