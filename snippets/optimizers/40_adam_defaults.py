import torch

w = torch.nn.Parameter(torch.zeros(3))
optimizer = torch.optim.Adam([w])
for name, value in optimizer.defaults.items():  # every option and its default
    print(f"{name:22} {value}")
    #> lr                     0.001
    #> betas                  (0.9, 0.999)
    #> eps                    1e-08
    #> weight_decay           0
    #> amsgrad                False
    #> maximize               False
    #> foreach                None
    #> capturable             False
    #> differentiable         False
    #> fused                  None
    #> decoupled_weight_decay False
adamw = torch.optim.AdamW([w])  # the same betas and eps, but weight_decay=0.01
print(adamw.defaults["betas"], adamw.defaults["eps"], adamw.defaults["weight_decay"])
#> (0.9, 0.999) 1e-08 0.01

# betas = (beta1, beta2): the decay of the running mean of the gradient (momentum)
# and of its square. eps is added to sqrt(mean of squares) before dividing:
# the first step is lr * g / (|g| + eps), about lr for any gradient well above eps.
for g in (1.0, 1e-6, 1e-8, 1e-9):
    w = torch.nn.Parameter(torch.zeros(1))
    optimizer = torch.optim.Adam([w], lr=1e-3)
    w.grad = torch.tensor([g])
    optimizer.step()
    print(f"grad={g:g}: first step = {-w.item() / 1e-3:.3f} x lr")
    #> grad=1: first step = 1.000 x lr
    #> grad=1e-06: first step = 0.990 x lr
    #> grad=1e-08: first step = 0.500 x lr
    #> grad=1e-09: first step = 0.091 x lr

# Options live per parameter group; the defaults fill what a group leaves out.
optimizer = torch.optim.AdamW([w], lr=3e-4, betas=(0.9, 0.95), eps=1e-6)
print(optimizer.param_groups[0]["betas"], optimizer.param_groups[0]["eps"])
#> (0.9, 0.95) 1e-06
