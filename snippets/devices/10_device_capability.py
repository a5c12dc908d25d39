#: requires cuda
import torch

# These differ from GPU to GPU; print them to see yours.
name = torch.cuda.get_device_name()  # e.g. "NVIDIA GeForce RTX 5090"
major, minor = torch.cuda.get_device_capability()  # e.g. (12, 0), see 09
print(isinstance(name, str), isinstance(major, int), isinstance(minor, int))
#> True True True

x = torch.ones(3).to("cuda:0")  # the notes' tensor.to('cuda:0')
print(x.device, x.dtype)
#> cuda:0 torch.float32
print((x * 2).sum().item())  # runs a kernel: fails if none fits this GPU
#> 6.0
