import os
import tempfile
from pathlib import Path

import torch
from safetensors.torch import save_file

torch.manual_seed(0)
big = torch.randn(1000, 1000)  # 4,000,000 bytes of float32
head = big[:10]  # a view: 10 rows, 40,000 bytes, sharing big's storage
print(head.untyped_storage().nbytes())
#> 4000000


def kb(path):
    return f"{os.path.getsize(path) / 1000:.0f} kB"


with tempfile.TemporaryDirectory() as tmp:
    tmp = Path(tmp)
    torch.save(head, tmp / "view.pt")  # saves the whole storage
    torch.save(head.clone(), tmp / "clone.pt")  # a copy owns just its 10 rows
    print(kb(tmp / "view.pt"), kb(tmp / "clone.pt"))
    #> 4001 kB 41 kB

    loaded = torch.load(tmp / "view.pt")  # and loading it allocates it all again
    print(loaded.shape, loaded.untyped_storage().nbytes())
    #> torch.Size([10, 1000]) 4000000

    save_file({"head": head}, tmp / "head.safetensors")  # only the tensor's bytes
    print(kb(tmp / "head.safetensors"))
    #> 40 kB
    try:  # but it refuses a view that is not contiguous
        save_file({"column": big[:, :10]}, tmp / "column.safetensors")
    except ValueError as err:
        print(str(err).split(":")[0])
        #> You are trying to save a non contiguous tensor
