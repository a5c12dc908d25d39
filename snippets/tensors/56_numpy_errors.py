import torch

w = torch.ones(2, requires_grad=True)
try:
    w.numpy()
except RuntimeError as err:
    print(f"RuntimeError: {err}")
    """
    RuntimeError: Can't call numpy() on Tensor that requires grad. Use tensor.detach().numpy() instead.
    """
print(w.detach().numpy(), w.numpy(force=True))  # force=True detaches for you
#> [1. 1.] [1. 1.]

# A tensor that is not on the CPU. On a GPU the message names cuda:0; a `meta`
# tensor (shapes only, no data: it runs anywhere) gets the same message.
m = torch.ones(2, device="meta")
try:
    m.numpy()
except TypeError as err:
    print(f"TypeError: {err}")
    """
    TypeError: can't convert meta device type tensor to numpy. Use Tensor.cpu() to copy the tensor to host memory first.
    """

# NumPy has no bfloat16: force=True does not help, convert the dtype first.
h = torch.ones(2, dtype=torch.bfloat16)
try:
    h.numpy(force=True)
except TypeError as err:
    print(f"TypeError: {err}")
    #> TypeError: Got unsupported ScalarType BFloat16
print(h.float().numpy())
#> [1. 1.]
