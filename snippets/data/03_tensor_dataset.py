import torch
from torch.utils.data import TensorDataset

torch.manual_seed(0)
features = torch.randn(100, 3)  # 100 samples, 3 features each
labels = torch.randint(0, 2, (100,))  # one label per sample

dataset = TensorDataset(features, labels)  # sample i = (features[i], labels[i])
x, y = dataset[0]
print(len(dataset), x.shape, y.shape, y.dtype)
#> 100 torch.Size([3]) torch.Size([]) torch.int64
print(torch.equal(x, features[0]), y.item() == labels[0].item())
#> True True

try:
    TensorDataset(features, labels[:50])  # first dims must agree
except AssertionError as err:
    print("AssertionError:", err)
    #> AssertionError: Size mismatch between tensors
