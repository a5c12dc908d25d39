import torch

x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
loss = (x**2).sum()  # a scalar, like every loss
loss.backward()  # d(loss)/dx = 2x, stored in x.grad
print(x.grad)
#> tensor([2., 4., 6.])

# backward() without arguments needs a scalar (one-element) output.
y = x**2
try:
    y.backward()
except RuntimeError as err:
    print(err)
    #> grad can be implicitly created only for scalar outputs

# backward() frees the tensors the graph saved; a second call needs them and fails...
loss = (x**2).sum()  # x**2 saved x to compute 2x
loss.backward()
try:
    loss.backward()
except RuntimeError as err:
    print(str(err).split(" (")[0])
    #> Trying to backward through the graph a second time

# ...unless the first call keeps it with retain_graph=True.
loss = (x**2).sum()
loss.backward(retain_graph=True)
loss.backward()
print("second backward ok")
#> second backward ok

# A graph that saved nothing backs twice: d(x + 1)/dx = 1 needs no saved value.
x.grad = None
loss = (x + 1).sum()
loss.backward()
loss.backward()
print(x.grad)  # 1 + 1
#> tensor([2., 2., 2.])
