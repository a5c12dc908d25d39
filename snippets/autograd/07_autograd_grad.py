import torch

w = torch.tensor([1.0, 2.0], requires_grad=True)
L = (w**3).sum()

# The notes' grad(L, w): returns dL/dw as a tuple, one entry per input...
(dL_dw,) = torch.autograd.grad(L, w)
print(dL_dw)  # 3 w**2
#> tensor([ 3., 12.])
print(w.grad)  # ...and does NOT touch w.grad
#> None

# create_graph=True records the gradient computation too: second derivatives.
L = (w**3).sum()
(g,) = torch.autograd.grad(L, w, create_graph=True)
(g2,) = torch.autograd.grad(g.sum(), w)
print(g2)  # 6 w
#> tensor([ 6., 12.])
