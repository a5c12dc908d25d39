#: requires cuda
import torch

print(torch.cuda.get_device_name(), torch.cuda.get_device_capability())
print(torch.cuda.get_arch_list())  # the kernels this install brought

x = torch.ones(3).to("cuda:0")  # the notes' tensor.to('cuda:0')
print(x.device, (x * 2).sum().item())  # runs a kernel: fails if none fits this GPU
