import timeit

import torch

x = torch.arange(12).reshape(3, 4)
print(x.stride(), x.is_contiguous())  # step in elements per dim
#> (4, 1) True
print(x.T.stride(), x.T.is_contiguous())  # transpose: same memory, swapped strides
#> (1, 4) False
print(x.T.data_ptr() == x.data_ptr())
#> True

torch.manual_seed(0)
v = torch.randn(10_000)  # small enough to run on one thread


def python_loop():
    return sum(float(e) * 2.0 for e in v)


def vectorised():
    return (v * 2.0).sum()


print(abs(python_loop() - vectorised().item()) < 1e-2)
#> True
slow = min(timeit.repeat(python_loop, number=1, repeat=3))
fast = min(timeit.repeat(vectorised, number=1, repeat=3))
print("vectorised is over 20x faster:", slow / fast > 20)
#> vectorised is over 20x faster: True
