import tempfile
import warnings
from pathlib import Path

import torch
from torch import nn


def make_model():
    return nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 3))


torch.manual_seed(0)
trained = make_model().to(torch.bfloat16)  # e.g. weights released in bfloat16

with tempfile.TemporaryDirectory() as tmp:
    path = Path(tmp) / "model.pth"
    torch.save(trained.state_dict(), path)

    # 1. Build on the meta device: shapes and dtypes only, no memory allocated.
    with torch.device("meta"):
        model = make_model()
    print(model[0].weight.device, model[0].weight.dtype)
    #> meta torch.float32

    # 2. Map the file instead of reading it all into memory.
    state = torch.load(path, mmap=True, weights_only=True)

    # Without assign=True, copying into a meta tensor does nothing (and warns).
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        model.load_state_dict(state)
    hint = str(caught[0].message).split("no-op. ")[1].split(" to assign")[0]
    print(model[0].weight.device, hint)
    #> meta (Did you mean to pass `assign=True`

    # 3. assign=True: the module takes the loaded tensors themselves.
    before = model[0].weight
    print(model.load_state_dict(state, assign=True))
    #> <All keys matched successfully>
    weight = model[0].weight
    print(weight.device, weight.dtype, type(weight).__name__, weight.requires_grad)
    #> cpu torch.bfloat16 Parameter True
    print(weight.data_ptr() == state["0.weight"].data_ptr())  # no copy was made
    #> True
    print(torch.equal(weight, trained[0].weight), weight is before)
    #> True False
    # New Parameter objects: create the optimizer after loading.
    optimizer = torch.optim.AdamW(model.parameters(), lr=1e-3)
    print(model(torch.randn(2, 4, dtype=torch.bfloat16)).dtype)
    #> torch.bfloat16
