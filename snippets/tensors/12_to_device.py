import torch

# Pick the best available device: CUDA, MPS (Apple), XPU... or the CPU.
if torch.accelerator.is_available():
    device = torch.accelerator.current_accelerator()
else:
    device = torch.device("cpu")

torch.manual_seed(0)
x = torch.randn(2, 2)  # make random data on the CPU: the same numbers everywhere
y = x.to(device)  # a copy on the device (or x itself if it is already there)
print(y.device.type == device.type)
#> True
print(torch.allclose((y @ y).cpu(), x @ x))
#> True
