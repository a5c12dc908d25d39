import tempfile
from pathlib import Path

import torch
from torch import nn

torch.manual_seed(0)


def make_model():
    return nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 2))


model = make_model()
optimizer = torch.optim.Adam(model.parameters(), lr=0.001)
loss = model(torch.randn(3, 4)).pow(2).mean()
loss.backward()
optimizer.step()

with tempfile.TemporaryDirectory() as tmp:
    torch.save(model.state_dict(), Path(tmp) / "model.pth")  # weights only
    new = make_model()  # rebuild the same architecture, then load
    print(new.load_state_dict(torch.load(Path(tmp) / "model.pth")))
    #> <All keys matched successfully>
    new.eval()  # eval mode before inference!
    print(torch.equal(new[0].weight, model[0].weight), new.training)
    #> True False

    ckpt = {"epoch": 5, "model_state_dict": model.state_dict(), "loss": loss.item()}
    ckpt["optimizer_state_dict"] = optimizer.state_dict()  # to resume training
    torch.save(ckpt, Path(tmp) / "checkpoint.pth")
    checkpoint = torch.load(Path(tmp) / "checkpoint.pth")  # weights_only=True
    model.load_state_dict(checkpoint["model_state_dict"])
    optimizer.load_state_dict(checkpoint["optimizer_state_dict"])
    print(checkpoint["epoch"], checkpoint["loss"] == loss.item())
    #> 5 True
