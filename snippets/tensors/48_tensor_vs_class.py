import torch

# torch.tensor(data) is a function: it copies the data and infers the dtype.
# torch.Tensor is the class; calling it is the legacy constructor.
print(torch.tensor([1, 2]).dtype, torch.Tensor([1, 2]).dtype)  # Tensor(list): a float
#> torch.int64 torch.float32
print(torch.tensor(3.0).shape, torch.Tensor(3).shape)  # a 0-d value vs 3 elements
#> torch.Size([]) torch.Size([3])
print(torch.Tensor(2, 3).shape)  # integers are sizes: uninitialised memory
#> torch.Size([2, 3])
try:
    torch.tensor(2, 3)
except TypeError as err:
    print(f"TypeError: {err}")
    #> TypeError: tensor() takes 1 positional argument but 2 were given

# Every tensor, whatever made it, is an instance of the class.
print(isinstance(torch.tensor([1]), torch.Tensor), type(torch.zeros(2)).__name__)
#> True Tensor
