import torch

x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
y = x.sigmoid()  # sigmoid saves its output y for the backward pass
print(y._version)  # every tensor has a version counter, bumped by in-place ops
#> 0
y.mul_(2)
print(y._version)
#> 1
try:
    y.sum().backward()
except RuntimeError as err:
    msg = str(err)
    print(msg.split(": [")[0])
    """
    one of the variables needed for gradient computation has been modified by an inplace operation
    """
    print(msg.split("]], ")[1].split(". Hint")[0])
    #> which is output 0 of Sigmoid, is at version 1; expected version 0 instead

# The fix: an out-of-place op, which leaves the saved y untouched.
y = x.sigmoid()
z = y * 2
z.sum().backward()
print(x.grad)
#> tensor([0.3932, 0.2100, 0.0904])

# In place on a leaf that requires grad is refused at once.
try:
    x.add_(1)
except RuntimeError as err:
    print(err)
    #> a leaf Variable that requires grad is being used in an in-place operation.
with torch.no_grad():  # the way to update a parameter by hand
    x.add_(1)
print(x._version)
#> 1
