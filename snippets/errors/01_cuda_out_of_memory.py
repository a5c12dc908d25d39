import textwrap

import torch
from torch import nn

# Stands in for "CUDA out of memory" (no GPU here): the CPU allocator fails the
# same way when a tensor needs more memory than there is (2**48 float32: 1 PiB).
try:
    torch.empty(2**48)
except RuntimeError as err:
    print(textwrap.fill(f"{type(err).__name__}: {err}", 80))
    """
    RuntimeError: [enforce fail at alloc_cpu.cpp:127] err == 0. DefaultCPUAllocator:
    can't allocate memory: you tried to allocate 1125899906842624 bytes. Error code
    12 (Cannot allocate memory)
    """

# What a tensor costs: numel() * element_size() bytes. Activations grow the same
# way, with the batch size and with the bytes per element.
batch = torch.empty(64, 3, 224, 224)  # 64 RGB images, float32
print(batch.numel() * batch.element_size() / 2**20, "MiB")
#> 36.75 MiB
smaller = torch.empty(32, 3, 224, 224, dtype=torch.bfloat16)  # half the batch, 16-bit
print(smaller.numel() * smaller.element_size() / 2**20, "MiB")
#> 9.1875 MiB

torch.manual_seed(0)
model = nn.Linear(10, 1)

# A classic leak: summing loss tensors keeps every step's graph (and the
# activations it saved) alive until the sum is freed.
total = 0
for _ in range(3):
    loss = model(torch.randn(8, 10)).pow(2).mean()
    total = total + loss
print(type(total).__name__, total.grad_fn is not None)
#> Tensor True
total = 0.0
for _ in range(3):
    loss = model(torch.randn(8, 10)).pow(2).mean()
    total += loss.item()  # a Python float: each graph is freed after its step
print(type(total).__name__)
#> float

# Evaluation without no_grad() records a graph too; inference_mode() does not.
print(model(torch.randn(8, 10)).requires_grad)
#> True
with torch.inference_mode():
    print(model(torch.randn(8, 10)).requires_grad)
    #> False
