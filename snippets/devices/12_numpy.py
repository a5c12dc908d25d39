import torch

# .numpy() works only on a CPU tensor that does not require grad. The meta device
# stands in for a GPU: a CUDA tensor fails the same way ("cuda:0 device type").
on_device = torch.ones(2, device="meta")
try:
    on_device.numpy()
except TypeError as err:
    print(f"{type(err).__name__}: {err}")
    """
    TypeError: can't convert meta device type tensor to numpy. Use Tensor.cpu() to copy the tensor to host memory first.
    """

weights = torch.ones(2, requires_grad=True)
try:
    weights.numpy()
except RuntimeError as err:
    print(f"{type(err).__name__}: {err}")
    """
    RuntimeError: Can't call numpy() on Tensor that requires grad. Use tensor.detach().numpy() instead.
    """

# The general recipe: leave the graph, come to the CPU, then convert.
print(weights.detach().cpu().numpy())
#> [1. 1.]
# numpy(force=True) does the same in one call (it copies when it has to).
print(weights.numpy(force=True).dtype)
#> float32
