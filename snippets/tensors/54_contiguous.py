import torch

x = torch.arange(6).reshape(2, 3)
print(x.is_contiguous(), x.stride(), x.contiguous() is x)  # row by row: x itself
#> True (3, 1) True

t = x.T  # a view: same memory, swapped strides
print(t.is_contiguous(), t.stride())
#> False (1, 3)
c = t.contiguous()  # a copy, laid out row by row in t's order
print(c.is_contiguous(), c.stride(), c.data_ptr() == x.data_ptr())
#> True (2, 1) False
print(c.view(6))  # now view can merge the dims
#> tensor([0, 3, 1, 4, 2, 5])
print(torch.equal(t.reshape(6), c.view(6)))  # reshape: view if it can, else a copy
#> True
