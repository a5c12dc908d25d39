import torch

torch.manual_seed(0)
probs = torch.rand(4)  # one probability per sample
try:
    if probs > 0.5:  # four booleans: which one should `if` use?
        print("positive")
except RuntimeError as err:
    print(f"{type(err).__name__}: {err}")
    #> RuntimeError: Boolean value of Tensor with more than one value is ambiguous

mask_a, mask_b = probs > 0.2, probs < 0.8
try:
    both = mask_a and mask_b  # `and`, `or`, `not` also ask for one bool
except RuntimeError as err:
    print(f"{type(err).__name__}: {err}")
    #> RuntimeError: Boolean value of Tensor with more than one value is ambiguous

# The fix: say what you mean, for the whole tensor or element-wise.
print((probs > 0.5).any().item(), (probs > 0.5).all().item())
#> True False
print((mask_a & mask_b).tolist())  # element-wise: & | ~
#> [True, True, False, False]
print(torch.where(probs > 0.5, 1, 0).tolist())
#> [0, 1, 0, 0]
