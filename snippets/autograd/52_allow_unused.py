import torch

w = torch.tensor([1.0, 2.0], requires_grad=True)
b = torch.tensor(1.0, requires_grad=True)  # the output below does not use b

try:
    torch.autograd.grad((w**3).sum(), [w, b])
except RuntimeError as err:
    text = str(err)  # the start of the message differs between versions
    print(text[text.index("appears") :])
    """
    appears to not have been used in the graph. Set allow_unused=True if this is the desired behavior.
    """

# allow_unused=True: None for an unused input (or zeros with materialize_grads=True).
print(torch.autograd.grad((w**3).sum(), [w, b], allow_unused=True))
#> (tensor([ 3., 12.]), None)
grads = torch.autograd.grad((w**3).sum(), [w, b], materialize_grads=True)
print(grads[1])
#> tensor(0.)
