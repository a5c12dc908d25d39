import torch
from torch import nn

torch.manual_seed(0)
model = nn.Linear(4, 1)
x, y = torch.randn(8, 4), torch.randn(8, 1)


def check(loss):
    """The two attributes to print when backward() refuses a loss."""
    fn = loss.grad_fn.name() if loss.grad_fn else None
    return f"requires_grad={loss.requires_grad}, grad_fn={fn}"


with torch.no_grad():  # 1. computed with recording off (also inference_mode)
    loss = nn.functional.mse_loss(model(x), y)
print(check(loss))
#> requires_grad=False, grad_fn=None
try:
    loss.backward()
except RuntimeError as err:
    print(err)
    #> element 0 of tensors does not require grad and does not have a grad_fn

# 2. the graph cut on the way: .item(), .numpy() or torch.tensor(...) make a new leaf
loss = torch.tensor(nn.functional.mse_loss(model(x), y).item())
print(check(loss))
#> requires_grad=False, grad_fn=None

# 3. every parameter frozen: nothing in the forward pass requires grad
model.requires_grad_(False)
print(check(nn.functional.mse_loss(model(x), y)))
#> requires_grad=False, grad_fn=None
model.requires_grad_(True)

# "Fixing" it with loss.requires_grad = True silences the error and trains nothing.
with torch.no_grad():
    loss = nn.functional.mse_loss(model(x), y)
loss.requires_grad_(True)
loss.backward()
print(model.weight.grad)
#> None

# The fix: compute the loss from the model's output with recording on.
loss = nn.functional.mse_loss(model(x), y)
print(check(loss))
#> requires_grad=True, grad_fn=MseLossBackward0
loss.backward()
print(model.weight.grad is not None)
#> True
