import json
import tempfile
from pathlib import Path

import torch
from safetensors import safe_open
from safetensors.torch import load_file, save_file
from torch import nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 3))

with tempfile.TemporaryDirectory() as tmp:
    path = Path(tmp) / "model.safetensors"
    # Tensors only; extra data goes in the metadata, a dict of str -> str.
    labels = json.dumps(["cat", "dog", "bird"])
    save_file(model.state_dict(), path, metadata={"labels": labels})

    state = load_file(path)  # a plain dict of tensors; nothing is executed
    print(sorted(state))
    #> ['0.bias', '0.weight', '2.bias', '2.weight']
    with safe_open(path, framework="pt") as f:
        print(json.loads(f.metadata()["labels"]))
        #> ['cat', 'dog', 'bird']

restored = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 3))
print(restored.load_state_dict(state))
#> <All keys matched successfully>
