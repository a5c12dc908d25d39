import warnings

import torch
from torch import nn

pred = torch.tensor([2.0, 0.0, 5.0])
target = torch.tensor([1.0, 0.0, 2.0])
print(nn.MSELoss()(pred, target))  # mean((pred - target)**2) = (1 + 0 + 9) / 3
#> tensor(3.3333)
print(nn.L1Loss()(pred, target))  # mean(|pred - target|) = (1 + 0 + 3) / 3
#> tensor(1.3333)
print(nn.MSELoss(reduction="sum")(pred, target))  # or "none" for per element
#> tensor(10.)

# Shapes must match. A model output of (N, 1) against targets of (N,) broadcasts
# to (N, N): a wrong loss, with only a warning.
out = target.unsqueeze(1)  # (3, 1): a PERFECT prediction, shaped like Linear(.., 1)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    print(nn.MSELoss()(out, target))  # should be 0
    #> tensor(1.3333)
message = str(caught[0].message)
print(caught[0].category.__name__, "different to the input size" in message)
#> UserWarning True
print(nn.MSELoss()(out.squeeze(1), target))  # fixed
#> tensor(0.)
