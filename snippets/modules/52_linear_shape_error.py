import torch
from torch import nn

torch.manual_seed(0)
features = nn.Sequential(nn.Conv2d(1, 8, kernel_size=3), nn.ReLU(), nn.MaxPool2d(2))
x = torch.randn(4, 1, 28, 28)  # 4 grayscale 28x28 images
h = features(x)
print(h.shape)  # 8 * 13 * 13 = 1352 features per image
#> torch.Size([4, 8, 13, 13])

head = nn.Linear(8 * 14 * 14, 10)  # in_features guessed wrong: 1568
try:
    head(h.flatten(1))  # (4, 1352): mat1 is the input, mat2 is weight.T
except RuntimeError as err:
    print(f"{type(err).__name__}: {err}")
    """
    RuntimeError: addmm: mat1 and mat2 shapes cannot be multiplied (4x1352 and 1568x10)
    """

# Fix: take in_features from one dummy forward pass...
in_features = features(torch.zeros(1, 1, 28, 28)).flatten(1).shape[1]
print(in_features, nn.Linear(in_features, 10)(h.flatten(1)).shape)
#> 1352 torch.Size([4, 10])
# ...or let nn.LazyLinear find it at the first call.
lazy = nn.LazyLinear(10)
print(lazy(h.flatten(1)).shape, lazy.in_features)
#> torch.Size([4, 10]) 1352

# The dtype twin: float64 input (NumPy's default) into float32 weights.
try:
    lazy(h.flatten(1).double())
except RuntimeError as err:
    print(f"{type(err).__name__}: {err}")
    #> RuntimeError: mat1 and mat2 must have the same dtype, but got Double and Float
