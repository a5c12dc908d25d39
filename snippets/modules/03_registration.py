import torch
from torch import nn

x = torch.tensor([1.0, 2.0, 3.0])


class Scaler(nn.Module):
    def __init__(self):
        super().__init__()
        self.weight = nn.Parameter(torch.ones(3))  # registered, trained
        self.offset = nn.Buffer(torch.zeros(3))  # = register_buffer("offset", ...)
        self.register_buffer("cache", torch.zeros(3), persistent=False)  # not saved
        self.plain = torch.ones(3)  # a plain tensor: NOT registered

    def forward(self, x):
        return x * self.weight + self.offset + self.cache + self.plain


model = Scaler()
print(model(x))  # forward uses all four
#> tensor([2., 3., 4.], grad_fn=<AddBackward0>)
print([name for name, _ in model.named_parameters()])  # parameters only
#> ['weight']
print([name for name, _ in model.named_buffers()])  # buffers are not parameters
#> ['offset', 'cache']
print(list(model.state_dict()))  # no "plain", no non-persistent "cache"
#> ['weight', 'offset']

model.to(torch.float64)  # .to() (a device or a dtype) moves registered tensors only
print(model.weight.dtype, model.offset.dtype, model.cache.dtype, model.plain.dtype)
#> torch.float64 torch.float64 torch.float64 torch.float32
