import torch
from torch import nn

torch.manual_seed(0)
vocab = {"<pad>": 0, "the": 1, "cat": 2, "sat": 3}
embedding = nn.Embedding(num_embeddings=3, embedding_dim=4)  # one row too few
ids = torch.tensor([[1, 2, 3]])  # "the cat sat"
try:
    embedding(ids)
except IndexError as err:
    print(f"{type(err).__name__}: {err}")
    #> IndexError: index out of range in self

# Every id must be < num_embeddings: check the largest id against the table.
print(ids.max().item(), embedding.num_embeddings)
#> 3 3

# The fix: one row per token id, so num_embeddings = len(vocab) (= max id + 1).
embedding = nn.Embedding(num_embeddings=len(vocab), embedding_dim=4)
print(embedding(ids).shape)
#> torch.Size([1, 3, 4])
