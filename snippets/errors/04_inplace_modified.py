import textwrap

import torch

torch.manual_seed(0)
x = torch.randn(4, requires_grad=True)
h = torch.sigmoid(x)  # sigmoid saves its output h: its gradient is h * (1 - h)
h[0] = 0.0  # an in-place write (index assignment) overwrites what it saved
try:
    h.sum().backward()
except RuntimeError as err:
    print(textwrap.fill(f"{type(err).__name__}: {err}", 80))
    """
    RuntimeError: one of the variables needed for gradient computation has been
    modified by an inplace operation: [torch.FloatTensor [4]], which is output 0 of
    Sigmoid, is at version 1; expected version 0 instead. Hint: enable anomaly
    detection to find the operation that failed to compute its gradient, with
    torch.autograd.set_detect_anomaly(True, check_nan=False).
    """

# The fix: write into a copy (or use an out-of-place op such as torch.where).
h = torch.sigmoid(x).clone()
h[0] = 0.0
h.sum().backward()
print(x.grad)
#> tensor([0.0000, 0.2447, 0.0913, 0.2308])
