import numpy as np
import torch

torch.manual_seed(0)
features = np.random.default_rng(0).random((4, 3))  # NumPy's default: float64
batch = torch.from_numpy(features)
print(batch.dtype)
#> torch.float64

layer = torch.nn.Linear(3, 2)  # parameters are float32
try:
    layer(batch)
except RuntimeError as err:
    print(f"RuntimeError: {err}")
    #> RuntimeError: mat1 and mat2 must have the same dtype, but got Double and Float
print(layer(batch.float()).dtype)  # convert the data: .float() is .to(torch.float32)
#> torch.float32

# Other operations word the same mismatch differently, e.g. a batched matmul:
try:
    torch.bmm(torch.ones(1, 2, 2), torch.ones(1, 2, 2, dtype=torch.float64))
except RuntimeError as err:
    print(f"RuntimeError: {err}")
    #> RuntimeError: expected scalar type Float but found Double

# .float(), .long(), .to(dtype) return a new tensor (t itself if nothing changes).
t = torch.tensor([-1.7, 0.5, 2.9])
print(t.long(), t.to(torch.int32), t.float() is t)  # float -> int truncates toward 0
#> tensor([-1,  0,  2]) tensor([-1,  0,  2], dtype=torch.int32) True
