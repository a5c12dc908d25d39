import torch
from torch import nn

torch.manual_seed(0)
# Embedding: a lookup table of num_embeddings vectors of size embedding_dim.
emb = nn.Embedding(num_embeddings=10, embedding_dim=3, padding_idx=0)
tokens = torch.tensor([[5, 2, 0, 0], [7, 7, 3, 1]])  # (N, L) int64 ids, 0 = padding
vectors = emb(tokens)
print(emb.weight.shape, tokens.shape, "->", vectors.shape)
#> torch.Size([10, 3]) torch.Size([2, 4]) -> torch.Size([2, 4, 3])
print(torch.equal(vectors[1, 0], emb.weight[7]))  # row 7 of the table
#> True
print(vectors[0, 2].tolist())  # padding_idx's row is zeros...
#> [0.0, 0.0, 0.0]
vectors.sum().backward()
print(emb.weight.grad[0].tolist())  # ...and gets no gradient
#> [0.0, 0.0, 0.0]

# LayerNorm: normalise each position over its last dim(s), here the 4 features.
ln = nn.LayerNorm(4)
x = torch.randn(2, 3, 4) * 10 + 5
y = ln(x)
print(y.shape, ln.weight.shape, ln.bias.shape)
#> torch.Size([2, 3, 4]) torch.Size([4]) torch.Size([4])
print(y.mean(dim=-1).abs().max().item() < 1e-5)  # mean 0 per position
#> True
print(round(y.std(dim=-1, correction=0).mean().item(), 3))  # standard deviation 1
#> 1.0
# It does not depend on the batch: one sample alone gives the same result.
print(torch.allclose(ln(x[:1]), y[:1]))
#> True
