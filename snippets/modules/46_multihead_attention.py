import torch
import torch.nn.functional as F
from torch import nn

torch.manual_seed(0)
N, L, E, H = 2, 5, 8, 2  # batch, length, embed_dim, num_heads (E % H == 0)
x = torch.randn(N, L, E)
mha = nn.MultiheadAttention(embed_dim=E, num_heads=H, batch_first=True)

# Careful: for nn.MultiheadAttention a True in a bool mask means "may NOT attend".
causal = torch.triu(torch.ones(L, L, dtype=torch.bool), diagonal=1)
out, weights = mha(x, x, x, attn_mask=causal)  # self-attention: query = key = value
print(out.shape, weights.shape)  # weights are averaged over the heads by default
#> torch.Size([2, 5, 8]) torch.Size([2, 5, 5])
print(weights[0, 1].detach())
#> tensor([0.5056, 0.4944, 0.0000, 0.0000, 0.0000])

# The same computation by hand: project, split into heads, SDPA, merge, project.
q, k, v = F.linear(x, mha.in_proj_weight, mha.in_proj_bias).chunk(3, dim=-1)


def split(t):  # (N, L, E) -> (N, H, L, E // H)
    return t.view(N, L, H, E // H).transpose(1, 2)


heads = F.scaled_dot_product_attention(split(q), split(k), split(v), is_causal=True)
manual = mha.out_proj(heads.transpose(1, 2).reshape(N, L, E))
print(torch.allclose(out, manual, atol=1e-6))
#> True
