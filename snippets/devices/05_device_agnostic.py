import torch
from torch import nn

# 1. Choose the device once, at the top.
if torch.accelerator.is_available():
    device = torch.accelerator.current_accelerator()
else:
    device = torch.device("cpu")

# 2. Create data on the CPU (same random numbers everywhere), then move it.
torch.manual_seed(0)
x = torch.randn(64, 3)
y = x @ torch.tensor([[2.0], [-1.0], [0.5]])
x, y = x.to(device), y.to(device)

# 3. Move the model first, then create its optimizer.
model = nn.Linear(3, 1).to(device)
optimizer = torch.optim.SGD(model.parameters(), lr=0.1)

for step in range(100):
    loss = nn.functional.mse_loss(model(x), y)
    optimizer.zero_grad()
    loss.backward()
    optimizer.step()

# 4. Bring results back with .cpu() / .item() / .tolist() for printing or NumPy.
print(f"{loss.item():.4f}")
#> 0.0000
print([round(w, 2) for w in model.weight.detach().cpu().flatten().tolist()])
#> [2.0, -1.0, 0.5]
# New tensors are created on the CPU unless you say otherwise.
print(torch.zeros(1).device.type, torch.zeros(1, device=device).device == x.device)
#> cpu True

# torch.compile wraps the model; it does not replace the parameters.
compiled = torch.compile(model)
print(all(p is q for p, q in zip(compiled.parameters(), model.parameters())))
#> True
