import torch
from torch import nn

torch.manual_seed(0)
fc = nn.Linear(784, 128)  # fully connected
print(fc.weight.shape, fc.bias.shape)  # weight: (out, in)
#> torch.Size([128, 784]) torch.Size([128])

conv = nn.Conv2d(3, 16, kernel_size=3, stride=1, padding=1)
print(conv(torch.randn(8, 3, 32, 32)).shape)  # padding=1 keeps H, W for k=3
#> torch.Size([8, 16, 32, 32])

x = torch.tensor([[-2.0, 0.0, 2.0]])
print(nn.ReLU()(x))  # max(0, x)
#> tensor([[0., 0., 2.]])
print(nn.Sigmoid()(x))  # 1 / (1 + e^-x), between 0 and 1
#> tensor([[0.1192, 0.5000, 0.8808]])
print(nn.Softmax(dim=1)(x).sum(dim=1))  # each row sums to 1
#> tensor([1.])

bn = nn.BatchNorm1d(4)  # normalizes each feature over the batch
out = bn(torch.randn(64, 4) * 5 + 3)
print(torch.allclose(out.mean(dim=0), torch.zeros(4), atol=1e-5))  # mean 0
#> True
print(torch.allclose(out.var(dim=0, correction=0), torch.ones(4), atol=1e-3))
#> True

drop = nn.Dropout(p=0.5)
ones = torch.ones(1, 8)
print(drop(ones))  # training: zeros some, scales the rest by 1 / (1 - p)
#> tensor([[2., 2., 0., 0., 0., 2., 0., 2.]])
drop.eval()
print(drop(ones))  # eval: identity
#> tensor([[1., 1., 1., 1., 1., 1., 1., 1.]])

model = nn.Sequential(nn.Linear(784, 128), nn.ReLU(), nn.Linear(128, 10))
print(model(torch.randn(32, 784)).shape)
#> torch.Size([32, 10])
