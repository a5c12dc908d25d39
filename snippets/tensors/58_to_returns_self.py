import torch

t = torch.ones(3)
print(t.to("cpu") is t, t.to(torch.float32) is t)  # nothing to change: t itself
#> True True
print(t.to("cpu", copy=True) is t)  # copy=True forces a new tensor
#> False

d = t.to(torch.float64)  # a new tensor: t itself is unchanged, keep the result
print(t.dtype, d.dtype)
#> torch.float32 torch.float64
