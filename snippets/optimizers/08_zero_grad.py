import torch

w = torch.tensor([1.0, 2.0], requires_grad=True)
optimizer = torch.optim.SGD([w], lr=0.1)

(3 * w).sum().backward()
(3 * w).sum().backward()
print(w.grad)  # backward() ADDS to .grad: 3 + 3
#> tensor([6., 6.])

optimizer.zero_grad()  # default set_to_none=True: the gradient is gone
print(w.grad)
#> None

(3 * w).sum().backward()
optimizer.zero_grad(set_to_none=False)  # keep the tensor, fill it with zeros
print(w.grad)
#> tensor([0., 0.])
