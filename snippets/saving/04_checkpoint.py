import tempfile
from pathlib import Path

import torch
from torch import nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 3))
optimizer = torch.optim.AdamW(model.parameters(), lr=1e-3)
loss = model(torch.randn(16, 4)).pow(2).mean()
loss.backward()
optimizer.step()

checkpoint = {
    "epoch": 1,
    "model_state_dict": model.state_dict(),
    "optimizer_state_dict": optimizer.state_dict(),
    "loss": loss.item(),  # a Python float, not a tensor that requires grad
    "labels": ["cat", "dog", "bird"],  # any extra data the loading side needs
}
with tempfile.TemporaryDirectory() as tmp:
    path = Path(tmp) / "checkpoint.pth"
    torch.save(checkpoint, path)
    loaded = torch.load(path)  # only dicts, lists, str, numbers, tensors: loads fine

print(list(loaded))
#> ['epoch', 'model_state_dict', 'optimizer_state_dict', 'loss', 'labels']
print(list(loaded["optimizer_state_dict"]))  # per-parameter state + hyperparameters
#> ['state', 'param_groups']
print(loaded["labels"], loaded["epoch"])
#> ['cat', 'dog', 'bird'] 1
