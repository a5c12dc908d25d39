import warnings

import torch
from torch import nn
from torch.utils.checkpoint import checkpoint

torch.manual_seed(0)
block = nn.Linear(4, 4)
x = torch.randn(2, 4)  # input data: does not require grad


def warned(**kwargs):
    """Run checkpoint(block, x, **kwargs); return the output and the warnings."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        out = checkpoint(block, x, **kwargs)
    return out, [str(w.message) for w in caught]


# Left out, use_reentrant warns and picks True. The reentrant variant gives an
# output that requires grad only if an INPUT does: the block's weights get nothing.
out, messages = warned()
print(out.requires_grad)
#> False
print(messages[0].split(". ")[0])  # the rest of this warning varies by version
#> torch.utils.checkpoint: the use_reentrant parameter should be passed explicitly
print(messages[1])
#> None of the inputs have requires_grad=True. Gradients will be None

# use_reentrant=False follows the parameters too: the weights get gradients.
out, messages = warned(use_reentrant=False)
out.sum().backward()
print(block.weight.grad is not None, messages)
#> True []
