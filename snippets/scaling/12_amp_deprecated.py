import warnings

import torch

# The old, per-device spellings still work but warn; each warning names the new one.
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    torch.cuda.amp.autocast()
    torch.cuda.amp.GradScaler()
future = [str(w.message) for w in caught if w.category is FutureWarning]
print(future[0])  # (without a GPU there are UserWarnings too: "CUDA is not available")
"""
`torch.cuda.amp.autocast(args...)` is deprecated. Please use `torch.amp.autocast('cuda', args...)` instead.
"""
print(future[1])
"""
`torch.cuda.amp.GradScaler(args...)` is deprecated. Please use `torch.amp.GradScaler('cuda', args...)` instead.
"""

# The new spellings take the device type as their first argument.
scaler = torch.amp.GradScaler("cuda", enabled=torch.cuda.is_available())
with torch.autocast("cpu", dtype=torch.bfloat16):  # torch.amp.autocast is the same
    y = torch.ones(2, 2) @ torch.ones(2, 2)
print(y.dtype, torch.autocast is torch.amp.autocast)
#> torch.bfloat16 True
