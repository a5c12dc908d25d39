import pickle
import re
import tempfile
from pathlib import Path

import torch
from torch import nn


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.linear = nn.Linear(4, 2)

    def forward(self, x):
        return self.linear(x)


torch.manual_seed(0)
with tempfile.TemporaryDirectory() as tmp:
    path = Path(tmp) / "whole_model.pth"
    torch.save(Net(), path)  # pickles the object: a reference to __main__.Net

    try:  # the default, weights_only=True, refuses any class
        torch.load(path)
    except pickle.UnpicklingError as err:
        print(str(err).split(". ")[0])
        #> Weights only load failed
    model = torch.load(path, weights_only=False)  # a trusted file: runs the pickle
    print(type(model).__name__)
    #> Net

    del Net  # what a script sees that neither defines nor imports Net
    try:
        torch.load(path, weights_only=False)
    except AttributeError as err:
        message = re.sub(r" from '[^']*'", "", str(err))  # the script's path left out
        print(f"{type(err).__name__}: {message}")
        #> AttributeError: Can't get attribute 'Net' on <module '__main__'>
