import math

import torch
import torch.nn.functional as F

torch.manual_seed(0)
N, H, L, D = 2, 4, 5, 8  # batch, heads, sequence length, size per head
q, k, v = torch.randn(3, N, H, L, D).unbind(0)

# softmax(q @ k^T / sqrt(D)) @ v, with a causal mask: position i sees 0..i only.
out = F.scaled_dot_product_attention(q, k, v, is_causal=True)
print(out.shape)  # (N, H, L, D), like q
#> torch.Size([2, 4, 5, 8])

allowed = torch.tril(torch.ones(L, L, dtype=torch.bool))  # True = may attend
print(allowed.int())
"""
tensor([[1, 0, 0, 0, 0],
        [1, 1, 0, 0, 0],
        [1, 1, 1, 0, 0],
        [1, 1, 1, 1, 0],
        [1, 1, 1, 1, 1]], dtype=torch.int32)
"""
scores = q @ k.transpose(-2, -1) / math.sqrt(D)
weights = scores.masked_fill(~allowed, float("-inf")).softmax(dim=-1)
print(torch.allclose(out, weights @ v, atol=1e-6))
#> True
print(weights[0, 0, 1])  # row 1: only positions 0 and 1 have weight
#> tensor([0.8871, 0.1129, 0.0000, 0.0000, 0.0000])

# A bool attn_mask means the same as is_causal here: True marks allowed pairs.
same = F.scaled_dot_product_attention(q, k, v, attn_mask=allowed)
print(torch.allclose(out, same, atol=1e-6))
#> True

# Fewer queries than keys (2 and 5): is_causal keeps the top-left triangle of the
# (2, 5) score matrix, so query 0 sees key 0 only.
q2 = q[..., -2:, :]
top_left = torch.ones(2, L, dtype=torch.bool).tril()
print(top_left.int())
"""
tensor([[1, 0, 0, 0, 0],
        [1, 1, 0, 0, 0]], dtype=torch.int32)
"""
same = F.scaled_dot_product_attention(q2, k, v, attn_mask=top_left)
print(torch.allclose(F.scaled_dot_product_attention(q2, k, v, is_causal=True), same))
#> True

# Any leading dims work: (N, L, D) without a heads dim, too.
print(F.scaled_dot_product_attention(q[:, 0], k[:, 0], v[:, 0]).shape)
#> torch.Size([2, 5, 8])
