#: requires cuda
import torch

MiB = 2**20
torch.cuda.empty_cache()
torch.cuda.reset_peak_memory_stats()  # the peak counts from here
base = torch.cuda.memory_allocated()

a = torch.ones(16 * MiB, device="cuda")  # 16 Mi float32 values: 64 MiB
b = a * 2  # another 64 MiB
del b  # back to the allocator's cache, not to the driver
allocated = torch.cuda.memory_allocated() - base  # bytes held by live tensors
peak = torch.cuda.max_memory_allocated() - base  # the most held at any time
reserved = torch.cuda.memory_reserved()  # bytes the caching allocator holds
print(allocated == 64 * MiB, peak == 128 * MiB, reserved >= allocated)
#> True True True

# empty_cache() returns cached, unused blocks to the driver (other processes
# can use them); the tensor `a` is still referenced, so nothing of it is freed.
torch.cuda.empty_cache()
print(torch.cuda.memory_allocated() - base == allocated)
#> True
print(torch.cuda.memory_reserved() < reserved)
#> True
