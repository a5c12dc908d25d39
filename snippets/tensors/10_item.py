import torch

loss = torch.tensor([0.25, 0.75]).mean()
print(loss)  # still a tensor
#> tensor(0.5000)
print(loss.item(), type(loss.item()).__name__)  # a plain Python number
#> 0.5 float
print(torch.tensor([1, 2, 3]).tolist())
#> [1, 2, 3]
try:
    torch.tensor([1, 2]).item()
except RuntimeError as err:
    print(err)
    #> a Tensor with 2 elements cannot be converted to Scalar
