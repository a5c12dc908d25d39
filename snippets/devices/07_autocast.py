import torch
from torch import nn

if torch.accelerator.is_available():
    device = torch.accelerator.current_accelerator()
else:
    device = torch.device("cpu")

torch.manual_seed(0)
model = nn.Linear(8, 4).to(device)
x, y = torch.randn(16, 8).to(device), torch.randint(0, 4, (16,)).to(device)

# Inside autocast, matmul-heavy ops run in bfloat16; the weights stay float32.
with torch.autocast(device_type=device.type, dtype=torch.bfloat16):
    logits = model(x)
    loss = nn.functional.cross_entropy(logits, y)  # autocast keeps losses in float32
print(logits.dtype, loss.dtype, model.weight.dtype)
#> torch.bfloat16 torch.float32 torch.float32

loss.backward()  # backward outside the autocast block
print(model.weight.grad.dtype)  # gradients match the float32 weights
#> torch.float32

# float16 on CUDA also needs a GradScaler against gradient underflow:
#   scaler = torch.amp.GradScaler("cuda")
#   scaler.scale(loss).backward(); scaler.step(optimizer); scaler.update()
