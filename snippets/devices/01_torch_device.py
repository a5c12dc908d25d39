import torch

cpu = torch.device("cpu")
gpu0 = torch.device("cuda:0")  # only a description: no GPU is needed to create it
gpu1 = torch.device("cuda", 1)  # type and index as two arguments

print(cpu.type, cpu.index)
#> cpu None
print(gpu0.type, gpu0.index, gpu1)
#> cuda 0 cuda:1
print(torch.device("cuda").index)  # no index: "the current GPU", whichever it is
#> None
print(torch.device("mps").type)  # Apple silicon GPU
#> mps
try:
    torch.device("gpu")  # only the spelling is checked, and "gpu" is not a device type
except RuntimeError as err:
    print(type(err).__name__)
    #> RuntimeError

# Strings work wherever a device is expected.
t = torch.zeros(2, device="cpu")
print(t.device, t.device == cpu)
#> cpu True
