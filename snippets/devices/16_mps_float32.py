import numpy as np
import torch

# MPS has no float64, and NumPy arrays are float64 by default.
array = np.linspace(0.0, 1.0, 4)
print(array.dtype, torch.from_numpy(array).dtype)
#> float64 torch.float64

if torch.backends.mps.is_available():
    device = torch.device("mps")
else:
    device = torch.device("cpu")
# Make it float32 on the CPU, then move it.
x = torch.from_numpy(array).float().to(device)
print(x.dtype, x.device.type == device.type)
#> torch.float32 True
# Python floats become float32 tensors: the default dtype.
print(torch.tensor([0.5]).dtype, torch.get_default_dtype())
#> torch.float32 torch.float32
