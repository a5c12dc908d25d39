import torch
from torch import nn

torch.manual_seed(0)
model = nn.Linear(4, 2)
x = torch.randn(3, 4)

print(model(x).requires_grad)  # tracked: the weights require grad
#> True
with torch.no_grad():  # forward only: no graph is recorded
    out = model(x)
print(out.requires_grad, out.grad_fn)
#> False None


@torch.no_grad()  # the same thing as a decorator
def predict(inputs):
    return model(inputs).argmax(dim=1)


print(predict(x).shape, torch.is_grad_enabled())
#> torch.Size([3]) True

# set_grad_enabled takes a flag: handy when one function serves train and eval.
for training in (True, False):
    with torch.set_grad_enabled(training):
        print(training, model(x).requires_grad)
        #> True True
        #> False False
