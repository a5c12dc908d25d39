import torch
from torch import nn

torch.manual_seed(0)
grad = torch.randn(5) * 10  # one gradient, of norm 29.5: far above max_norm
for name, cls in (("SGD", torch.optim.SGD), ("AdamW", torch.optim.AdamW)):
    sizes = []
    for clip in (False, True):
        w = nn.Parameter(torch.zeros(5))
        opt = cls([w], lr=0.01)
        w.grad = grad.clone()
        if clip:
            nn.utils.clip_grad_norm_([w], max_norm=1.0)  # same direction, length 1
        opt.step()  # w started at 0: its norm is the length of the step
        sizes.append(f"{w.detach().norm():.4f}")
    print(f"{name:5} step without / with clipping:", sizes)
    #> SGD   step without / with clipping: ['0.2951', '0.0100']
    #> AdamW step without / with clipping: ['0.0224', '0.0224']
