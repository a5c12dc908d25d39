import torch
from torch import nn

try:
    nn.Relu()  # the notes' spelling
except AttributeError as err:
    print(err)
    #> module 'torch.nn' has no attribute 'Relu'

L1, L2, L3 = 20, 16, 4
model = nn.Sequential(
    nn.Linear(L1, L2),
    nn.ReLU(),  # capital R, E, L, U
    nn.Dropout(0.1),
    nn.Linear(L2, L3),  # ends with raw logits: no Softmax before CrossEntropyLoss
)
torch.manual_seed(0)
print(model(torch.randn(8, L1)).shape)
#> torch.Size([8, 4])
