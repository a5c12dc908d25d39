import torch

# The classic checks, one per backend (the notes' GPU section).
if torch.cuda.is_available():  # NVIDIA GPU (AMD too, on a ROCm build)
    device = torch.device("cuda")
elif torch.backends.mps.is_available():  # Apple silicon GPU
    device = torch.device("mps")
else:
    device = torch.device("cpu")

# torch.accelerator asks the same question for whatever backend torch was built for.
if torch.accelerator.is_available():
    generic = torch.accelerator.current_accelerator()
else:
    generic = torch.device("cpu")
print(device.type == generic.type)  # CUDA, MPS or none: the same; not on XPU & co.
#> True

# is_available() means "at least one device is visible".
print(torch.cuda.is_available() == (torch.cuda.device_count() > 0))
#> True
print(torch.accelerator.is_available() == (torch.accelerator.device_count() > 0))
#> True
