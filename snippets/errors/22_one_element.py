import torch

torch.manual_seed(0)
batch_outputs = [torch.randn(3), torch.randn(3)]  # e.g. collected in a loop
try:
    torch.tensor(batch_outputs)  # wants numbers, gets 3-element tensors
except ValueError as err:
    print(f"{type(err).__name__}: {err}")
    #> ValueError: only one element tensors can be converted to Python scalars
print(torch.stack(batch_outputs).shape)  # the fix: stack (or cat) tensors
#> torch.Size([2, 3])

losses = torch.tensor([0.5, 0.25])  # per-sample losses, reduction="none"
try:
    float(losses)
except ValueError as err:
    print(f"{type(err).__name__}: {err}")
    #> ValueError: only one element tensors can be converted to Python scalars
try:
    losses.item()
except RuntimeError as err:
    print(f"{type(err).__name__}: {err}")
    #> RuntimeError: a Tensor with 2 elements cannot be converted to Scalar
# The fix: reduce to one number first, or convert all of them.
print(losses.mean().item(), losses.tolist())
#> 0.375 [0.5, 0.25]
