import torch

if torch.accelerator.is_available():
    device = torch.accelerator.current_accelerator()
else:
    device = torch.device("cpu")

# The default: float32 matmuls compute in full float32 ("highest").
print(torch.get_float32_matmul_precision(), torch.backends.cuda.matmul.allow_tf32)
#> highest False
print(torch.backends.cudnn.allow_tf32)  # cuDNN convolutions may use TF32 by default
#> True

# "high": CUDA matmuls may use TF32 (10 mantissa bits) on Ampere and newer GPUs.
torch.set_float32_matmul_precision("high")
print(torch.get_float32_matmul_precision(), torch.backends.cuda.matmul.allow_tf32)
#> high True
print(torch.backends.cuda.matmul.fp32_precision)  # the newer per-backend flag agrees
#> tf32

torch.manual_seed(0)
a, b = torch.randn(64, 64).to(device), torch.randn(64, 64).to(device)
print((a @ b).dtype)  # only the internal arithmetic changes, never the dtype
#> torch.float32

# "medium" also reaches oneDNN: CPU matmuls may then compute in bfloat16.
torch.set_float32_matmul_precision("medium")
print(torch.backends.mkldnn.matmul.fp32_precision)
#> bf16

torch.set_float32_matmul_precision("highest")  # restore the default
print(torch.get_float32_matmul_precision(), torch.backends.cuda.matmul.allow_tf32)
#> highest False

# Setting the newer flag directly is fine, but then the global getter refuses to answer:
# pick one API (the message suggests the new one) and keep to it.
torch.backends.cuda.matmul.fp32_precision = "tf32"
try:
    torch.get_float32_matmul_precision()
except RuntimeError as err:
    print(f"{type(err).__name__}: {str(err).split(',')[0]}")
    """
    RuntimeError: PyTorch is checking the matmul precision without a specific backend name
    """
