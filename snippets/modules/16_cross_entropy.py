import torch
from torch import nn

torch.manual_seed(0)
logits = torch.randn(4, 3)  # (N, C): raw scores, no softmax
target = torch.tensor([0, 2, 1, 2])  # (N,): class indices, int64
print(logits.dtype, target.dtype)
#> torch.float32 torch.int64

loss_fn = nn.CrossEntropyLoss()
loss = loss_fn(logits, target)
print(loss)
#> tensor(0.9357)

# CrossEntropyLoss = LogSoftmax + NLLLoss
log_probs = nn.LogSoftmax(dim=1)(logits)  # (N, C) log-probabilities
print(nn.NLLLoss()(log_probs, target))
#> tensor(0.9357)
print(torch.allclose(loss, nn.NLLLoss()(log_probs, target)))
#> True

# NLLLoss just picks -log_probs[i, target[i]] and averages.
print(-log_probs[torch.arange(4), target].mean())
#> tensor(0.9357)

# Class-index targets must be int64 (uint8 also passes), not floats.
try:
    loss_fn(logits, target.float())
except RuntimeError as err:
    print(err)
    #> expected target dtype to be Long or Byte, but got Float
