import tempfile
import zipfile
from pathlib import Path

import torch
from safetensors.torch import save_file

torch.manual_seed(0)
state = {"weight": torch.randn(2, 2)}

with tempfile.TemporaryDirectory() as tmp:
    for name in ["model.pt", "model.pth", "model.bin", "model.ckpt", "model.xyz"]:
        path = Path(tmp) / name
        torch.save(state, path)  # one format, whatever the name
        same = torch.equal(torch.load(path)["weight"], state["weight"])
        print(f"{name:10}  zip archive: {zipfile.is_zipfile(path)}  loads: {same}")
        #> model.pt    zip archive: True  loads: True
        #> model.pth   zip archive: True  loads: True
        #> model.bin   zip archive: True  loads: True
        #> model.ckpt  zip archive: True  loads: True
        #> model.xyz   zip archive: True  loads: True
    print(zipfile.ZipFile(path).namelist()[0])  # a pickle inside the zip
    #> model/data.pkl

    # .safetensors is another format (not a zip, no pickle); since torch 2.13,
    # torch.load hands a path ending in .safetensors to safetensors' load_file.
    path = Path(tmp) / "model.safetensors"
    save_file(state, path)
    loaded = torch.load(path)
    print(zipfile.is_zipfile(path), torch.equal(loaded["weight"], state["weight"]))
    #> False True
