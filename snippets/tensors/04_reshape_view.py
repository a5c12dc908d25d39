import torch

a = torch.arange(6)
v = a.view(2, 3)  # same memory, new shape
r = a.reshape(3, -1)  # -1: inferred from the other sizes
print(v)
"""
tensor([[0, 1, 2],
        [3, 4, 5]])
"""
print(r.shape)
#> torch.Size([3, 2])

v[0, 0] = 100  # writing through the view changes the original
print(a[0].item())
#> 100

# view needs a layout it can express without copying; reshape copies when it must.
t = torch.arange(6).view(2, 3).t()  # transposed: not contiguous
print(t.is_contiguous(), t.stride())
#> False (1, 3)
print(t.view(3, 1, 2).shape)  # fine: only adds a size-1 dim, no dims merged
#> torch.Size([3, 1, 2])
try:
    t.view(6)
except RuntimeError as err:
    print(f"RuntimeError: {err}".split(" (")[0])  # the message goes on: (at least ...
    #> RuntimeError: view size is not compatible with input tensor's size and stride
print(t.reshape(6))
#> tensor([0, 3, 1, 4, 2, 5])
