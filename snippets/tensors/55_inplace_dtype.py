import torch

counts = torch.tensor([1, 2, 3])  # int64
print(counts + 0.5)  # out of place: promoted to float32
#> tensor([1.5000, 2.5000, 3.5000])

# In-place arithmetic keeps int64, and refuses a float result...
for name, op in [("add_", lambda t: t.add_(0.5)), ("*=", lambda t: t.__imul__(1.5))]:
    try:
        op(counts.clone())
    except RuntimeError as err:
        print(name, f"RuntimeError: {err}")
        """
        add_ RuntimeError: result type Float can't be cast to the desired output type Long
        """
        """
        *= RuntimeError: result type Float can't be cast to the desired output type Long
        """

# ...but writes that only copy a value in convert it silently: 0.5 becomes 0.
a = counts.clone()
a[0] = 0.5
b = counts.clone().copy_(torch.tensor([0.5, 1.7, 2.9]))
c = counts.clone().fill_(2.7)
d = counts.clone().masked_fill_(counts > 1, 0.5)
print(a.tolist(), b.tolist(), c.tolist(), d.tolist())
#> [0, 2, 3] [0, 1, 2] [2, 2, 2] [1, 0, 0]

# The fix: make the tensor floating point first (out of place, or a float copy).
f = counts.float()
f += 0.5
print(f)
#> tensor([1.5000, 2.5000, 3.5000])
