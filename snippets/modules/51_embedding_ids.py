import torch
from torch import nn

torch.manual_seed(0)
emb = nn.Embedding(num_embeddings=10, embedding_dim=3)  # rows 0 ... 9
ids = torch.tensor([[5, 2, 9], [7, 1, 0]])
print(torch.equal(emb(ids), emb(ids.int())))  # int64 and int32 ids both work
#> True

bad = torch.tensor([[5, 2, 10]])  # 10 is one past the last row
try:
    emb(bad)
except IndexError as err:
    print(f"{type(err).__name__}: {err}")
    #> IndexError: index out of range in self
print(bad.min().item() >= 0, bad.max().item() < emb.num_embeddings)  # the check
#> True False

try:
    emb(ids.float())  # ids must be integers
except RuntimeError as err:
    print(f"{type(err).__name__}: {str(err).split(';')[0]}")
    """
    RuntimeError: Expected tensor for argument #1 'indices' to have one of the following scalar types: Long, Int
    """

# padding_idx's row is zero only until you re-initialise the weight yourself.
pad = nn.Embedding(10, 3, padding_idx=0)
nn.init.normal_(pad.weight)
print(pad.weight[0].abs().sum().item() > 0)
#> True
with torch.no_grad():
    pad.weight[pad.padding_idx].zero_()  # zero it again after a custom init
print(pad.weight[0].tolist())
#> [0.0, 0.0, 0.0]
