import random
import tempfile
from pathlib import Path

import numpy as np
import torch
from torch import nn
from torch.utils.data import DataLoader, TensorDataset

data = TensorDataset(torch.randn(64, 4, generator=torch.Generator().manual_seed(1)))


def fresh():  # what a new process builds before loading
    torch.manual_seed(0)
    model = nn.Sequential(nn.Linear(4, 8), nn.Dropout(0.5), nn.Linear(8, 1))
    loader = DataLoader(data, batch_size=16, shuffle=True)  # shuffles with torch's RNG
    return model, torch.optim.SGD(model.parameters(), lr=0.1), loader


def train(model, optimizer, loader, epochs):
    model.train()
    for _ in range(epochs):  # whole epochs: resuming mid-epoch needs the batch index
        for (xb,) in loader:
            optimizer.zero_grad()
            model(xb).pow(2).mean().backward()  # dropout draws random masks
            optimizer.step()


def rng_state():  # every generator the run draws from
    np_name, np_keys, *np_rest = np.random.get_state()
    return {
        "torch": torch.get_rng_state(),
        "cuda": torch.cuda.get_rng_state_all(),  # [] without CUDA
        "numpy": [np_name, torch.from_numpy(np_keys), *np_rest],
        "python": random.getstate(),
    }


def set_rng_state(state):
    torch.set_rng_state(state["torch"])
    if state["cuda"]:
        torch.cuda.set_rng_state_all(state["cuda"])
    np_name, np_keys, *np_rest = state["numpy"]
    np.random.set_state((np_name, np_keys.numpy(), *np_rest))
    random.setstate(state["python"])


model, optimizer, loader = fresh()
train(model, optimizer, loader, 4)  # reference: 4 epochs in one go
reference = model[0].weight.detach().clone()

model, optimizer, loader = fresh()
train(model, optimizer, loader, 2)  # 2 epochs, then save and "crash"
checkpoint = {
    "epoch": 2,
    "model": model.state_dict(),
    "optim": optimizer.state_dict(),
    "rng": rng_state(),
}
with tempfile.TemporaryDirectory() as tmp:
    torch.save(checkpoint, Path(tmp) / "checkpoint.pth")
    checkpoint = torch.load(Path(tmp) / "checkpoint.pth")  # weights_only=True: fine

for restore_rng in (False, True):
    model, optimizer, loader = fresh()
    model.load_state_dict(checkpoint["model"])
    optimizer.load_state_dict(checkpoint["optim"])
    if restore_rng:
        set_rng_state(checkpoint["rng"])
    train(model, optimizer, loader, 4 - checkpoint["epoch"])
    same = torch.equal(model[0].weight, reference)
    print(f"RNG state restored: {restore_rng}, same as the uninterrupted run: {same}")
    #> RNG state restored: False, same as the uninterrupted run: False
    #> RNG state restored: True, same as the uninterrupted run: True
