import textwrap

import torch

# No GPU here: a meta tensor stands in for a cuda:0 one; the message is the same
# with "meta" in place of "cuda:0".
on_device = torch.ones(3, device="meta")
try:
    on_device.numpy()
except TypeError as err:
    print(textwrap.fill(f"{type(err).__name__}: {err}", 72))
    """
    TypeError: can't convert meta device type tensor to numpy. Use
    Tensor.cpu() to copy the tensor to host memory first.
    """


# The fix: NumPy works on host memory only. Copy to the CPU first (and detach a
# tensor that requires grad): this works for a tensor on any device.
def to_numpy(t):
    return t.detach().cpu().numpy()


if torch.accelerator.is_available():
    device = torch.accelerator.current_accelerator()
else:
    device = torch.device("cpu")
print(to_numpy(torch.ones(3, device=device, requires_grad=True)))
#> [1. 1. 1.]
