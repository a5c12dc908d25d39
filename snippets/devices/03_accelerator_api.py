import os
import subprocess
import sys

import torch

# The recommended way to pick a device.
if torch.accelerator.is_available():
    device = torch.accelerator.current_accelerator()
else:
    device = torch.device("cpu")

# current_accelerator(check_available=True) does both steps: None if none is usable.
usable = torch.accelerator.current_accelerator(check_available=True)
print((usable or torch.device("cpu")) == device)
#> True

# Without check_available it answers "what was torch BUILT for", not "is there a GPU".
# Hide every GPU and ask again, in a fresh process:
code = (
    "import torch; a = torch.accelerator;"
    "print(a.current_accelerator(), a.is_available(), a.current_accelerator(True))"
)
env = {**os.environ, "CUDA_VISIBLE_DEVICES": ""}
out = subprocess.check_output([sys.executable, "-c", code], env=env, text=True)
print(out.strip())  # on a CUDA build of torch
#> cuda False None
