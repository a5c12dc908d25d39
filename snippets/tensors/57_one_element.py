import torch

t = torch.tensor([0.25, 0.75])
try:
    float(t)  # int(t) too
except ValueError as err:
    print(f"ValueError: {err}")
    #> ValueError: only one element tensors can be converted to Python scalars
print(t.tolist(), t.mean().item())  # every value, or reduce to one first
#> [0.25, 0.75] 0.5

# torch.tensor() on a list of tensors converts each one to a number:
rows = [torch.tensor([1.0, 2.0]), torch.tensor([3.0, 4.0])]
try:
    torch.tensor(rows)
except ValueError as err:
    print(f"ValueError: {err}")
    #> ValueError: only one element tensors can be converted to Python scalars
print(torch.stack(rows))  # join tensors with stack (or cat)
"""
tensor([[1., 2.],
        [3., 4.]])
"""
