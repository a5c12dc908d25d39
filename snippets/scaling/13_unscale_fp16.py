import torch
from torch import nn

# GradScaler expects float32 parameters: autocast computes in float16, the weights
# (and so their gradients) stay float32. A model converted with .half() breaks that.
torch.manual_seed(0)
x = torch.randn(8, 4)
for dtype in (torch.float16, torch.float32):
    model = nn.Linear(4, 1).to(dtype)
    optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
    scaler = torch.amp.GradScaler("cpu")  # "cuda" behaves the same
    loss = model(x.to(dtype)).float().pow(2).mean()
    scaler.scale(loss).backward()
    try:
        scaler.unscale_(optimizer)
        result = "unscaled"
    except ValueError as err:
        result = f"{type(err).__name__}: {err}"
    print(dtype, "->", result)
    #> torch.float16 -> ValueError: Attempting to unscale FP16 gradients.
    #> torch.float32 -> unscaled
