import warnings

import torch
from torch import nn

torch.manual_seed(0)
x = torch.randn(2, 3)
# Sigmoid saves its output for backward; ReLU(inplace=True) then overwrites it.
model = nn.Sequential(nn.Linear(3, 3), nn.Sigmoid(), nn.ReLU(inplace=True))

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    with torch.autograd.detect_anomaly(check_nan=False):
        try:
            model(x).sum().backward()
        except RuntimeError as err:
            hint = str(err).split("Hint: ")[1]  # in anomaly mode the hint changes
            print(hint.split(". ")[0])
            """
            the backtrace further above shows the operation that failed to compute its gradient
            """

# The warning names the backward node and the forward line that saved the tensor.
lines = str(caught[-1].message).splitlines()
print(lines[0])
#> Error detected in SigmoidBackward0. Traceback of forward call that caused the error:
print([line.strip() for line in lines if "sigmoid(" in line][-1])  # Sigmoid.forward
#> return torch.sigmoid(input)

# The fix: an out-of-place ReLU.
model[2] = nn.ReLU()
model(x).sum().backward()
print("no error")
#> no error
