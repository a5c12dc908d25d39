import numpy as np
import torch
from torch import nn

torch.manual_seed(0)
model = nn.Linear(3, 1)  # parameters are float32
features = np.linspace(0, 1, 6).reshape(2, 3)  # NumPy's default: float64
x = torch.from_numpy(features)
print(x.dtype)
#> torch.float64
try:
    model(x)
except RuntimeError as err:
    print(f"{type(err).__name__}: {err}")
    #> RuntimeError: mat1 and mat2 must have the same dtype, but got Double and Float

image = torch.from_numpy(np.ones((1, 1, 2, 2)))  # float64 too
for conv in nn.Conv2d(1, 2, 1), nn.Conv2d(1, 2, 1, bias=False):
    try:
        conv(image)
    except RuntimeError as err:
        print(f"{type(err).__name__}: {err}")
        #> RuntimeError: Input type (double) and bias type (float) should be the same
        #> RuntimeError: expected scalar type Double but found Float

# The fix: convert the data to the model's dtype (once, when loading it).
print(model(x.float()).dtype)
#> torch.float32
print(torch.tensor(features, dtype=torch.float32).dtype)
#> torch.float32
