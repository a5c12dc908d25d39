import torch

w = torch.tensor([1.0, 2.0], requires_grad=True)
y = w * 3

d = y.detach()  # same data, cut out of the graph
print(d.requires_grad, d.grad_fn, d.is_leaf)
#> False None True
print(d.data_ptr() == y.data_ptr())  # no copy: memory is shared
#> True

# Gradients do not flow through a detached tensor: it acts as a constant.
loss = (y * d).sum()  # d is a constant: dloss/dw = 3 * d (without detach: 18 * w)
loss.backward()
print(w.grad)
#> tensor([ 9., 18.])

# A tensor that requires grad must be detached before going to NumPy.
try:
    y.numpy()
except RuntimeError as err:
    print(err)
    """
    Can't call numpy() on Tensor that requires grad. Use tensor.detach().numpy() instead.
    """
print(y.detach().cpu().numpy())
#> [3. 6.]

# Summing losses over an epoch: `total += loss` keeps every step's graph alive.
total = 0.0
for _ in range(3):
    total += (w * 3).sum()
print(total.grad_fn.name())  # still a graph, linked to all three steps' graphs
#> AddBackward0
total = 0.0
for _ in range(3):
    total += (w * 3).sum().item()  # a Python number (or add loss.detach())
print(total)
#> 27.0
