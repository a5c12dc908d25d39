import torch

t = torch.tensor([[1, 2, 3], [4, 5, 6]])
print(t.dtype, t.shape, t.device)
#> torch.int64 torch.Size([2, 3]) cpu
print(torch.tensor([1.0, 2.0]).dtype)  # Python floats become float32
#> torch.float32

# torch.Size is a tuple: index it, unpack it, compare it to a tuple.
size = t.size()
rows, cols = size
print(isinstance(size, tuple), size == (2, 3), rows, cols, size[-1])
#> True True 2 3 3
try:
    size[0] = 5
except TypeError as err:
    print("immutable:", err)
    #> immutable: 'torch.Size' object does not support item assignment

# LongTensor means int64, the default dtype of integer tensors.
labels = torch.tensor([0, 2, 1])
print(labels.dtype, labels.type(), labels.dtype == torch.long)
#> torch.int64 torch.LongTensor True
