import warnings

import torch

w = torch.randn(3, requires_grad=True)  # created by you: a leaf
h = w * 2  # made by an operation: not a leaf
loss = h.sum()
print(w.is_leaf, h.is_leaf, loss.is_leaf)
#> True False False

loss.backward()
print(w.grad)  # filled: a leaf that requires grad
#> tensor([2., 2., 2.])

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    print(h.grad)  # not filled: h is not a leaf
    #> None
print(caught[0].category.__name__, "not a leaf Tensor" in str(caught[0].message))
#> UserWarning True

# A classic trap: the scaling makes a NON-leaf, so .grad stays None.
w_bad = torch.randn(3, requires_grad=True) * 0.01
w_bad.sum().backward()
print(w_bad.is_leaf, w_bad.requires_grad)
#> False True

# Fix: scale first, then ask for gradients, so the tensor is a leaf.
w_good = (torch.randn(3) * 0.01).requires_grad_()
w_good.sum().backward()
print(w_good.is_leaf, w_good.grad)
#> True tensor([1., 1., 1.])
