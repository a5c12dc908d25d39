import io
import textwrap

import torch
from torch import nn

torch.manual_seed(0)
model = nn.Linear(2, 1)

# Stands in for a checkpoint saved on a GPU (no GPU here): torch.save records each
# tensor's device, and this tagger makes it record "cuda:0" for every tensor.
torch.serialization.register_package(0, lambda storage: "cuda:0", lambda obj, loc: None)
file = io.BytesIO()
torch.save(model.state_dict(), file)

file.seek(0)
try:
    torch.load(file)  # on a machine where torch.cuda.is_available() is False
except RuntimeError as err:
    print(textwrap.fill(f"{type(err).__name__}: {err}", 80))
    """
    RuntimeError: Attempting to deserialize object on a CUDA device but
    torch.cuda.is_available() is False. If you are running on a CPU-only machine,
    please use torch.load with map_location=torch.device('cpu') to map your storages
    to the CPU.
    """

# The fix: map_location puts every tensor on a device this machine has.
file.seek(0)
state = torch.load(file, map_location="cpu")
print(state["weight"].device, model.load_state_dict(state))
#> cpu <All keys matched successfully>
