import torch

x = torch.tensor([1.0, 2.0, 3.0])
y = x.add(10)  # out of place: a new tensor, x unchanged
print(x, y)
#> tensor([1., 2., 3.]) tensor([11., 12., 13.])
x.add_(10)  # trailing underscore: in place, x itself changes...
print(x)
#> tensor([11., 12., 13.])
print(x.mul_(1) is x)  # ...and is returned
#> True

# Operators: `+=` is in place, `x = x + 1` makes a new tensor and rebinds the name.
ptr = x.data_ptr()
x += 1
print(x.data_ptr() == ptr)
#> True
x = x + 1
print(x.data_ptr() == ptr)
#> False

# Other in-place methods: zero_, fill_, clamp_, mul_, copy_, ...
w = torch.empty(2, 2).fill_(7.0)
w.clamp_(max=5.0)
print(w)
"""
tensor([[5., 5.],
        [5., 5.]])
"""
