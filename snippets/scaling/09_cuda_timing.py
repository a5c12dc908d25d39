#: requires cuda
import time

import torch

torch.manual_seed(0)
a = torch.randn(4096, 4096).to("cuda")
a @ a  # warm-up: the first call pays for cuBLAS initialisation
torch.cuda.synchronize()

# Kernels are queued asynchronously: without a synchronize, the timer stops
# when the matmul has been *launched*, not when it has finished.
start = time.perf_counter()
b = a @ a
torch.accelerator.synchronize()  # wait for the queued work (any accelerator)
seconds = time.perf_counter() - start

# CUDA events time the GPU itself, recorded in the stream between the kernels.
begin, end = torch.cuda.Event(enable_timing=True), torch.cuda.Event(enable_timing=True)
begin.record()
b = a @ a
end.record()
end.synchronize()  # elapsed_time() needs the end event to have happened
milliseconds = begin.elapsed_time(end)
print(seconds > 0, milliseconds > 0)
#> True True
