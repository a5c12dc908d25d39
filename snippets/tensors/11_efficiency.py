import torch
from torch.overrides import TorchFunctionMode

x = torch.arange(12).reshape(3, 4)
print(x.stride(), x.is_contiguous())  # step in elements per dim
#> (4, 1) True
print(x.T.stride(), x.T.is_contiguous())  # transpose: same memory, swapped strides
#> (1, 4) False
print(x.T.data_ptr() == x.data_ptr())
#> True


class CountOps(TorchFunctionMode):
    """Records every tensor operation Python asks PyTorch to run."""

    def __init__(self):
        super().__init__()
        self.names = []

    def __torch_function__(self, func, types, args=(), kwargs=None):
        self.names.append(func.__name__)
        return func(*args, **(kwargs or {}))


torch.manual_seed(0)
v = torch.randn(1_000)


def python_loop():
    return torch.stack([e * 2.0 for e in v]).sum()


def vectorised():
    return (v * 2.0).sum()


print(torch.equal(python_loop(), vectorised()))  # same result
#> True
for fn in (python_loop, vectorised):
    with CountOps() as ops:
        fn()
    print(f"{fn.__name__}: {len(ops.names)} operations, {ops.names.count('mul')} mul")
    #> python_loop: 1004 operations, 1000 mul
    #> vectorised: 2 operations, 1 mul
