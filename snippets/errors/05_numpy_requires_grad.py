import torch
from torch import nn

torch.manual_seed(0)
model = nn.Linear(3, 1)
pred = model(torch.randn(4, 3))  # the output of a model requires grad
try:
    pred.numpy()
except RuntimeError as err:
    print(f"{type(err).__name__}: {err}")
    """
    RuntimeError: Can't call numpy() on Tensor that requires grad. Use tensor.detach().numpy() instead.
    """

# The fix: detach() first (and .cpu() for a tensor on a GPU).
print(pred.detach().cpu().numpy().ravel())
#> [ 0.2759246  -0.69214404 -0.26319513 -1.2139981 ]

# For evaluation and plotting, compute without a graph in the first place.
with torch.no_grad():
    print(model(torch.randn(4, 3)).numpy().shape)
    #> (4, 1)
