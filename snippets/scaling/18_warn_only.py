import warnings

import torch

index, values = torch.tensor([0, 2]), torch.tensor([1.0, 2.0])

# put_ (accumulate=False) has no deterministic implementation, on any device.
torch.use_deterministic_algorithms(True)
try:
    torch.zeros(4).put_(index, values)
except RuntimeError as err:
    print(f"{type(err).__name__}: {str(err).split(',')[0]}")
    #> RuntimeError: put_ does not have a deterministic implementation

# warn_only=True: the op runs, with a UserWarning instead of the error.
torch.use_deterministic_algorithms(True, warn_only=True)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    out = torch.zeros(4).put_(index, values)
print(out.tolist(), caught[0].category.__name__)
#> [1.0, 0.0, 2.0, 0.0] UserWarning

torch.use_deterministic_algorithms(False)  # the setting is global: restore it
print(torch.are_deterministic_algorithms_enabled())
#> False
