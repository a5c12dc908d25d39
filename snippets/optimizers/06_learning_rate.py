import torch

# Minimise x**2 (minimum at x = 0) from x = 1 with 5 SGD steps: x <- x - lr * 2x
for lr in [0.01, 0.1, 0.9, 1.1]:
    x = torch.tensor([1.0], requires_grad=True)
    optimizer = torch.optim.SGD([x], lr=lr)
    for _ in range(5):
        optimizer.zero_grad()
        (x**2).sum().backward()
        optimizer.step()
    print(lr, round(x.item(), 4))
    #> 0.01 0.9039
    #> 0.1 0.3277
    #> 0.9 -0.3277
    #> 1.1 -2.4883

# The learning rate lives in each parameter group and can be changed at any time.
for group in optimizer.param_groups:
    group["lr"] = 0.01  # what a learning-rate scheduler does for you
print(optimizer.param_groups[0]["lr"])
#> 0.01
