import torch
from torch import nn

# float16 tops out at 65504; bfloat16 has float32's range (and fewer digits).
big = torch.tensor([60000.0, 70000.0])
print(big.half().tolist(), big.bfloat16().tolist())
#> [60000.0, inf] [59904.0, 70144.0]

# An overflow in the forward pass: an attention score of 90000 is inf in float16,
# and a softmax over a row with inf gives NaN (inf - inf). No GradScaler repairs that.
q = torch.full((1, 4), 150.0)
k = torch.stack([torch.full((4,), 150.0), torch.ones(4)])
scores = q.half() @ k.half().T  # 4 * 150 * 150 = 90000
print(scores.tolist(), torch.softmax(scores, dim=-1).tolist())
#> [[inf, 600.0]] [[nan, nan]]
scores = q.bfloat16() @ k.bfloat16().T  # bfloat16: coarse, but no overflow
print(scores.tolist(), torch.softmax(scores, dim=-1).tolist())
#> [[90112.0, 600.0]] [[1.0, 0.0]]

# With a NaN loss every step, the scaler skips every step and halves the scale each
# time: a scale that keeps falling is the sign of a forward pass that overflows.
torch.manual_seed(0)
model = nn.Linear(2, 1)
optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
scaler = torch.amp.GradScaler("cpu", init_scale=1024.0)
before = model.weight.detach().clone()
scales = []
for step in range(4):
    optimizer.zero_grad()
    loss = model(torch.ones(1, 2)).sum() * float("nan")
    scaler.scale(loss).backward()
    scaler.step(optimizer)
    scaler.update()
    scales.append(scaler.get_scale())
print(scales, torch.equal(before, model.weight))
#> [512.0, 256.0, 128.0, 64.0] True
