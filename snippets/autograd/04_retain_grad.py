import torch

w = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
h = w * 2
h.retain_grad()  # ask autograd to keep the gradient of this non-leaf
loss = (h**2).sum()
loss.backward()
print(h.grad)  # dloss/dh = 2h
#> tensor([ 4.,  8., 12.])
print(w.grad)  # dloss/dw = 2h * 2
#> tensor([ 8., 16., 24.])
