import tempfile
from pathlib import Path

import torch
from torch import nn

if torch.accelerator.is_available():
    device = torch.accelerator.current_accelerator()
else:
    device = torch.device("cpu")

torch.manual_seed(0)
model = nn.Linear(4, 2).to(device)
with tempfile.TemporaryDirectory() as tmp:
    path = Path(tmp) / "model.pth"
    torch.save(model.state_dict(), path)  # each tensor records its device

    # map_location: put every tensor on the CPU, whatever device saved it.
    state = torch.load(path, map_location="cpu")
    print({t.device.type for t in state.values()})
    #> {'cpu'}
    # ...or straight onto the device this process uses.
    state = torch.load(path, map_location=device)
    print(all(t.device.type == device.type for t in state.values()))
    #> True

# load_state_dict copies values into the model's own tensors: device and dtype stay.
cpu_model = nn.Linear(4, 2)
cpu_model.load_state_dict({k: v.double() for k, v in state.items()})
print(cpu_model.weight.device, cpu_model.weight.dtype)
#> cpu torch.float32
