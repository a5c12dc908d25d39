import warnings

import torch
import torch.nn.functional as F

x = torch.arange(12).reshape(3, 4)

# Index tensors: int64 or int32 select; other integer dtypes are refused.
print(x[torch.tensor([2, 0])][:, 0], x[torch.tensor([2, 0], dtype=torch.int32)][:, 0])
#> tensor([8, 0]) tensor([8, 0])
try:
    x[torch.tensor([2, 0], dtype=torch.int16)]
except IndexError as err:
    print(f"IndexError: {err}")
    #> IndexError: tensors used as indices must be long, int, byte or bool tensors

# A uint8 tensor is read as a mask, not as indices (and warns that this is deprecated).
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    print(x[torch.tensor([1, 0, 1], dtype=torch.uint8)][:, 0])
    #> tensor([0, 8])
print(str(caught[0].message).split(",")[0])
#> indexing with dtype torch.uint8 is now deprecated

# Class-index targets of cross_entropy / nll_loss: int64 (or uint8), not int32.
logits = torch.zeros(3, 4)
for dtype in (torch.int64, torch.uint8, torch.int32):
    try:
        print(dtype, F.cross_entropy(logits, torch.tensor([0, 2, 1], dtype=dtype)))
        #> torch.int64 tensor(1.3863)
        #> torch.uint8 tensor(1.3863)
    except RuntimeError as err:
        print(dtype, f"RuntimeError: {err}")
        """
        torch.int32 RuntimeError: expected target dtype to be Long or Byte, but got Int
        """
