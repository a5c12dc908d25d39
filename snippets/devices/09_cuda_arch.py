import torch

# What this torch was built with: no GPU is needed to ask.
print(torch.version.cuda)  # CUDA toolkit version of the build (None: CPU-only build)
#> 13.2
arch_list = torch.cuda.get_arch_list()  # GPU architectures with compiled kernels
print(arch_list)
#> ['sm_75', 'sm_80', 'sm_86', 'sm_90', 'sm_100', 'sm_120']


def has_kernels(capability, arch_list):
    """A kernel built for sm_XY runs on GPUs of major X with a minor >= Y."""
    major, minor = capability
    built = [int(a.removeprefix("sm_")) for a in arch_list if a.startswith("sm_")]
    return any(cc // 10 == major and cc % 10 <= minor for cc in built)


# The x86 cu126 wheels stop at sm_90 (Hopper); sm_120 needs a build with CUDA >= 12.8.
cu126 = ["sm_50", "sm_60", "sm_70", "sm_75", "sm_80", "sm_86", "sm_90"]
for gpu, capability in [
    ("RTX 5090", (12, 0)),
    ("RTX 4090", (8, 9)),
    ("GTX 1080", (6, 1)),
]:
    print(gpu, has_kernels(capability, cu126), has_kernels(capability, arch_list))
    #> RTX 5090 False True
    #> RTX 4090 True True
    #> GTX 1080 True False
