import torch
from accelerate import Accelerator
from torch import nn
from torch.utils.data import DataLoader, TensorDataset

torch.manual_seed(0)
accelerator = Accelerator(mixed_precision="bf16")  # picks the device by itself

inner = []
model = nn.Sequential(nn.Linear(3, 2))
model[0].register_forward_hook(lambda mod, inp, out: inner.append(out.dtype))
optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
dataset = TensorDataset(torch.randn(100, 3), torch.randint(0, 2, (100,)))
loader = DataLoader(dataset, batch_size=32, shuffle=True)

# prepare() moves the model, wraps the optimizer, and makes the loader yield
# batches on accelerator.device: no .to(device) anywhere in the loop.
model, optimizer, loader = accelerator.prepare(model, optimizer, loader)
for x, y in loader:
    out = model(x)
    loss = nn.functional.cross_entropy(out, y)
    accelerator.backward(loss)  # instead of loss.backward()
    optimizer.step()
    optimizer.zero_grad()

device = accelerator.device  # what torch.accelerator would have picked, or cpu
print(x.device.type == device.type, model[0].weight.device.type == device.type)
#> True True
print(accelerator.mixed_precision, inner[-1], out.dtype)  # bf16 inside, fp32 out
#> bf16 torch.bfloat16 torch.float32
print(accelerator.num_processes, accelerator.is_main_process)
#> 1 True
