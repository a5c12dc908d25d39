#: requires cuda
import torch

n = torch.cuda.device_count()  # the GPUs this process can see
last = torch.device("cuda", n - 1)  # "cuda:1" is the second *visible* GPU

x = torch.ones(2, device=last)  # name the GPU where you create or move a tensor ...
print(x.device == last)
#> True
torch.cuda.set_device(last)  # ... or make it the current GPU: "cuda" now means it
print(torch.ones(2, device="cuda").device == last)
#> True
print(torch.accelerator.current_device_index() == n - 1)  # the device-neutral view
#> True
