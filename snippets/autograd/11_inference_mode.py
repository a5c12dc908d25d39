import torch
from torch import nn

torch.manual_seed(0)
model = nn.Linear(4, 2)
x = torch.randn(3, 4)

with torch.inference_mode():  # like no_grad, with less bookkeeping
    out = model(x)
print(out.requires_grad, out.is_inference())
#> False True

# An inference tensor can enter a recorded computation that does not save it...
scale = torch.ones(2, requires_grad=True)
(out + scale).sum().backward()  # d/dscale of (out + scale) does not need out
print(scale.grad)
#> tensor([3., 3.])

# ...but one that must save it for backward refuses it,
try:
    (out * scale).sum().backward()  # d/dscale of (out * scale) is out
except RuntimeError as err:
    print(type(err).__name__, str(err).split(".")[0])
    #> RuntimeError Inference tensors cannot be saved for backward

# and so does changing it in place outside inference mode.
try:
    out.add_(1)
except RuntimeError as err:
    print(type(err).__name__, str(err).split(" is")[0])
    #> RuntimeError Inplace update to inference tensor outside InferenceMode


# Targets made in inference mode: mse_loss saves its target for backward, l1_loss not.
def backward_with_target(loss_fn):
    pred = torch.zeros(3, 2, requires_grad=True)
    try:
        loss_fn(pred, out).backward()
        return "ok"
    except RuntimeError as err:
        return str(err).split(".")[0]


for loss_fn in (nn.functional.l1_loss, nn.functional.mse_loss):
    print(loss_fn.__name__, backward_with_target(loss_fn))
    #> l1_loss ok
    #> mse_loss Inference tensors cannot be saved for backward

# Clone one to get a normal tensor back.
print(out.clone().is_inference())
#> False
