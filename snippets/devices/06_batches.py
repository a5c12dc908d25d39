import torch
from torch import nn
from torch.utils.data import DataLoader, TensorDataset

if torch.accelerator.is_available():
    device = torch.accelerator.current_accelerator()
else:
    device = torch.device("cpu")

torch.manual_seed(0)
dataset = TensorDataset(torch.randn(100, 3), torch.randint(0, 2, (100,)))
# pin_memory: batches land in page-locked RAM, which copies to a CUDA GPU faster.
pin = device.type == "cuda"
loader = DataLoader(dataset, batch_size=32, pin_memory=pin)
model = nn.Linear(3, 2).to(device)

for x, y in loader:
    print(len(x), x.device.type, x.is_pinned() == pin)  # CPU data: CPU batches
    #> 32 cpu True
    #> 32 cpu True
    #> 32 cpu True
    #> 4 cpu True
    # so move every batch; non_blocking lets a pinned copy overlap with GPU work.
    x, y = x.to(device, non_blocking=True), y.to(device, non_blocking=True)
    loss = nn.functional.cross_entropy(model(x), y)
print(loss.device.type == device.type)
#> True
