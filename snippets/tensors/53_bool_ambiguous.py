import torch

x = torch.tensor([0.5, -1.0, 2.0])
try:
    if x > 0:  # three booleans: which one should `if` use?
        pass
except RuntimeError as err:
    print(f"RuntimeError: {err}")
    #> RuntimeError: Boolean value of Tensor with more than one value is ambiguous

print((x > 0).any(), (x > 0).all())  # say what you mean
#> tensor(True) tensor(False)
if (x > 0).any():  # a one-element tensor is fine in an `if`
    print("at least one is positive")
    #> at least one is positive

# `and`, `or`, `not` also ask for one bool: use & | ~ element by element.
print((x > 0) & (x < 1), ~(x > 0))
#> tensor([ True, False, False]) tensor([False,  True, False])

# The same error from a loss built with the tensors instead of called with them.
logits, target = torch.zeros(3, 4), torch.tensor([0, 1, 2])
try:
    torch.nn.CrossEntropyLoss(logits, target)
except RuntimeError as err:
    print(f"RuntimeError: {err}")
    #> RuntimeError: Boolean value of Tensor with more than one value is ambiguous
print(torch.nn.CrossEntropyLoss()(logits, target))  # build it, then call it
#> tensor(1.3863)
