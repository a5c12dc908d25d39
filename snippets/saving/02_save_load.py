import tempfile
from pathlib import Path

import torch
from torch import nn


def make_model():
    return nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 3))


torch.manual_seed(0)
model = make_model()

with tempfile.TemporaryDirectory() as tmp:
    path = Path(tmp) / "model.pth"
    torch.save(model.state_dict(), path)  # weights only: a dict of tensors

    # Loading side: build the same architecture first, then fill in the weights.
    restored = make_model()
    print(restored.load_state_dict(torch.load(path)))
    #> <All keys matched successfully>

model.eval()
restored.eval()
x = torch.randn(2, 4)
print(torch.equal(restored(x), model(x)))
#> True

# load_state_dict works in place and returns a report, not the model:
broken = make_model().load_state_dict(model.state_dict())
try:
    broken.eval()
except AttributeError as err:
    print(f"{type(err).__name__}: {err}")
    #> AttributeError: '_IncompatibleKeys' object has no attribute 'eval'
