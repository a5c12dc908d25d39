import torch

torch.manual_seed(0)
images = torch.rand(2, 3, 4, 4)  # (N, C, H, W)
mean = torch.tensor([0.485, 0.456, 0.406])  # one value per channel: shape (3,)
try:
    images - mean  # shapes are aligned from the right: 4 (W) against 3
except RuntimeError as err:
    print(f"{type(err).__name__}: {err}")
    """
    RuntimeError: The size of tensor a (4) must match the size of tensor b (3) at non-singleton dimension 3
    """

# The fix: give mean the shape (3, 1, 1), so it lines up with C, H, W.
print(mean.view(3, 1, 1).shape, (images - mean.view(3, 1, 1)).shape)
#> torch.Size([3, 1, 1]) torch.Size([2, 3, 4, 4])
print((images - mean[:, None, None]).shape)  # the same, by indexing
#> torch.Size([2, 3, 4, 4])
