import torch
from torch.nn import functional as F

# Which dtype each op runs in under CPU autocast (bfloat16). The lists differ per
# device: on CUDA, softmax, sum, log, exp and layer_norm are cast to float32.
torch.manual_seed(0)
a, b = torch.randn(4, 4), torch.randn(4, 4)  # float32 inputs
target = torch.tensor([0, 1, 2, 3])
with torch.autocast("cpu", dtype=torch.bfloat16):
    mm = a @ b  # on the bfloat16 list: matmul, linear, conv, bmm, ...
    results = {
        "matmul": mm,
        "linear": F.linear(a, b),
        "softmax": torch.softmax(mm, dim=-1),  # not listed: runs in its input's dtype
        "sum": mm.sum(),
        "log": torch.log(mm.abs()),
        "layer_norm": F.layer_norm(mm, (4,)),
        "softmax of fp32": torch.softmax(a, dim=-1),
        "cross_entropy": F.cross_entropy(mm, target),  # on the float32 list
        "mse_loss": F.mse_loss(mm, b),
        "mm + fp32": mm + a,  # mixed inputs: ordinary type promotion
    }
for name, value in results.items():
    print(f"{name:15} {value.dtype}")
    #> matmul          torch.bfloat16
    #> linear          torch.bfloat16
    #> softmax         torch.bfloat16
    #> sum             torch.bfloat16
    #> log             torch.bfloat16
    #> layer_norm      torch.bfloat16
    #> softmax of fp32 torch.float32
    #> cross_entropy   torch.float32
    #> mse_loss        torch.float32
    #> mm + fp32       torch.float32

# Outside the block nothing is cast; call .float() on a result before precise math.
print((a @ b).dtype, mm.float().dtype)
#> torch.float32 torch.float32
