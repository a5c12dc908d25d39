import numpy as np
import torch

array = np.array([1.0, 2.0, 3.0])
shared = torch.from_numpy(array)  # shares memory with the array
copied = torch.tensor(array)  # copies

array[0] = 100.0
print(shared)
#> tensor([100.,   2.,   3.], dtype=torch.float64)
print(copied)
#> tensor([1., 2., 3.], dtype=torch.float64)

back = shared.numpy()  # CPU tensor -> ndarray, memory shared again
print(type(back).__name__, np.shares_memory(back, array))
#> ndarray True
