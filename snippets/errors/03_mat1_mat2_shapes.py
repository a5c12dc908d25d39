import torch
from torch import nn

torch.manual_seed(0)
images = torch.randn(2, 1, 28, 28)  # (N, C, H, W)
model = nn.Sequential(
    nn.Conv2d(1, 8, kernel_size=3),  # 28x28 -> 26x26
    nn.Flatten(),  # (2, 8, 26, 26) -> (2, 5408)
    nn.Linear(100, 10),  # wrong in_features
)
try:
    model(images)
except RuntimeError as err:
    print(f"{type(err).__name__}: {err}")
    """
    RuntimeError: addmm: mat1 and mat2 shapes cannot be multiplied (2x5408 and 100x10)
    """

# mat1 is the input (batch x features), mat2 the transposed weight
# (in_features x out_features): the two inner numbers must be equal.
print(model[:2](images).shape)  # what reaches the Linear layer
#> torch.Size([2, 5408])

model[2] = nn.Linear(8 * 26 * 26, 10)  # in_features = C * H * W
print(model(images).shape)
#> torch.Size([2, 10])

# Or let PyTorch infer in_features on the first call.
lazy = nn.Sequential(nn.Conv2d(1, 8, kernel_size=3), nn.Flatten(), nn.LazyLinear(10))
print(lazy(images).shape, lazy[2].in_features)
#> torch.Size([2, 10]) 5408
