import tempfile
from pathlib import Path

import torch
from torch import nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 2)).eval()
example = torch.randn(2, 4)

# Trace the forward pass into a graph; dim 0 (the batch) may vary.
batch = torch.export.Dim("batch")
program = torch.export.export(model, (example,), dynamic_shapes=({0: batch},))

with tempfile.TemporaryDirectory() as tmp:
    path = Path(tmp) / "model.pt2"
    torch.export.save(program, path)
    # Loading side: no model class, no Python code of the model needed.
    loaded = torch.export.load(path).module()

print(type(loaded).__name__)
#> GraphModule
print(torch.equal(loaded(example), model(example)))
#> True
print(loaded(torch.randn(5, 4)).shape)  # another batch size works
#> torch.Size([5, 2])

static = torch.export.export(model, (example,)).module()  # no dynamic_shapes
try:
    static(torch.randn(5, 4))
except AssertionError as err:
    print(str(err))
    #> Guard failed: input.size()[0] == 2
