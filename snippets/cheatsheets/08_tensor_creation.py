import numpy as np
import torch

print(torch.tensor([1, 2, 3]))  # int64, copies the data
#> tensor([1, 2, 3])
print(torch.zeros(2, 3))
"""
tensor([[0., 0., 0.],
        [0., 0., 0.]])
"""
print(torch.ones(2, 3).dtype)  # float32 by default
#> torch.float32
torch.manual_seed(0)
print(torch.randn(2, 3).shape)  # standard normal
#> torch.Size([2, 3])
print(torch.arange(0, 10, 2))  # end excluded
#> tensor([0, 2, 4, 6, 8])

np_array = np.array([1.0, 2.0])
t = torch.from_numpy(np_array)  # shares memory with np_array
np_array[0] = 99.0
print(t, np.shares_memory(t.numpy(), np_array))
#> tensor([99.,  2.], dtype=torch.float64) True

if torch.accelerator.is_available():
    device = torch.accelerator.current_accelerator()
else:
    device = torch.device("cpu")
g = t.to(device)  # not .to("cuda"): runs on every machine
print(g.device.type == device.type, g.to("cpu").device)
#> True cpu

x = torch.tensor([1.0], requires_grad=True)  # floating point (or complex) only
y = x**2
y.backward()
print(x.grad)  # dy/dx = 2x = 2
#> tensor([2.])
