import numpy as np
import torch

scalar = torch.tensor(3.5)  # rank 0
vector = torch.tensor([1.0, 2.0, 3.0])  # rank 1
matrix = torch.tensor([[1, 2], [3, 4]])  # rank 2
images = torch.zeros(8, 3, 32, 32)  # rank 4: a batch of 8 RGB 32x32 images

for name, t in [
    ("scalar", scalar),
    ("vector", vector),
    ("matrix", matrix),
    ("images", images),
]:
    print(name, type(t).__name__, t.ndim, tuple(t.shape))  # every rank is a Tensor
    #> scalar Tensor 0 ()
    #> vector Tensor 1 (3,)
    #> matrix Tensor 2 (2, 2)
    #> images Tensor 4 (8, 3, 32, 32)

# A tensor is NumPy's ndarray plus a device and autograd.
array = np.array([[1, 2], [3, 4]])
print(torch.equal(torch.from_numpy(array), matrix))
#> True
