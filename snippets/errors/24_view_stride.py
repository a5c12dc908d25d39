import textwrap

import torch

torch.manual_seed(0)
batch, heads, tokens, head_dim = 2, 4, 5, 8
attn_out = torch.randn(batch, heads, tokens, head_dim)
merged = attn_out.transpose(1, 2)  # (batch, tokens, heads, head_dim): a strided view
print(merged.is_contiguous())
#> False
try:
    merged.view(batch, tokens, heads * head_dim)
except RuntimeError as err:
    print(textwrap.fill(f"{type(err).__name__}: {err}", 72))
    """
    RuntimeError: view size is not compatible with input tensor's size and
    stride (at least one dimension spans across two contiguous subspaces).
    Use .reshape(...) instead.
    """

# The fix: reshape() (copies only when it must), or contiguous() then view().
print(merged.reshape(batch, tokens, heads * head_dim).shape)
#> torch.Size([2, 5, 32])
print(merged.contiguous().view(batch, tokens, -1).shape)
#> torch.Size([2, 5, 32])
