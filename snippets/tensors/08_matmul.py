import torch

a = torch.tensor([[1.0, 2.0], [3.0, 4.0]])
b = torch.tensor([[10.0, 20.0], [30.0, 40.0]])
print(a @ b)  # matrix product, same as a.matmul(b) and torch.matmul(a, b)
"""
tensor([[ 70., 100.],
        [150., 220.]])
"""
print(a * b)  # element-wise product
"""
tensor([[ 10.,  40.],
        [ 90., 160.]])
"""
print(torch.equal(a @ b, a.matmul(b)))
#> True

# matmul broadcasts over leading batch dims: (4, 2, 3) @ (3, 5) -> (4, 2, 5)
print((torch.ones(4, 2, 3) @ torch.ones(3, 5)).shape)
#> torch.Size([4, 2, 5])
