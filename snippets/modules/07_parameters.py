from torch import nn

model = nn.Sequential(nn.Linear(784, 128), nn.ReLU(), nn.Linear(128, 10))

for name, p in model.named_parameters():  # weights AND biases
    print(name, tuple(p.shape), p.numel(), p.requires_grad)
    #> 0.weight (128, 784) 100352 True
    #> 0.bias (128,) 128 True
    #> 2.weight (10, 128) 1280 True
    #> 2.bias (10,) 10 True

total = sum(p.numel() for p in model.parameters())
trainable = sum(p.numel() for p in model.parameters() if p.requires_grad)
print(total, trainable)
#> 101770 101770

# parameters() is a generator: it is used up after one pass.
params = model.parameters()
print(len(list(params)), len(list(params)))
#> 4 0
