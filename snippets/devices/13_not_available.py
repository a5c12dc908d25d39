import os
import subprocess
import sys

import torch

# First question: is this torch a CUDA build at all? On a CPU-only build (the macOS
# wheels, the /whl/cpu index) torch.version.cuda is None and the version ends in +cpu.
print("CUDA build:", torch.version.cuda is not None)
#> CUDA build: True

# A CUDA build still needs a driver and a visible GPU. Hide every GPU and ask again,
# in a fresh process (CUDA reads CUDA_VISIBLE_DEVICES when it starts):
code = """
import torch
print(torch.cuda.is_available(), torch.cuda.device_count(), end=" ")
try:
    torch.zeros(1, device="cuda")
except RuntimeError as err:
    print(type(err).__name__)
"""
env = {**os.environ, "CUDA_VISIBLE_DEVICES": ""}
out = subprocess.check_output([sys.executable, "-c", code], env=env, text=True)
print(out.strip())  # is_available(), device_count(), what .to("cuda") raises
#> False 0 RuntimeError
