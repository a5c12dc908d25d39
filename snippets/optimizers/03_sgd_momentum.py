import torch

# momentum=0: w -= lr * grad, the same step every time.
# momentum=0.9: buffer = 0.9 * buffer + grad; w -= lr * buffer,
# so the steps grow while the gradients keep pointing the same way.
for momentum in [0.0, 0.9]:
    w = torch.zeros(1, requires_grad=True)
    optimizer = torch.optim.SGD([w], lr=0.1, momentum=momentum)
    points = []
    for _ in range(4):
        optimizer.zero_grad()
        w.sum().backward()  # the gradient is always 1
        optimizer.step()
        points.append(round(w.item(), 4))
    print(momentum, points, optimizer.state[w].get("momentum_buffer"))
    #> 0.0 [-0.1, -0.2, -0.3, -0.4] None
    #> 0.9 [-0.1, -0.29, -0.561, -0.9049] tensor([3.4390])


# The size of each step (lr=1, gradient always 1) with the two rarer options.
def steps(**options):
    w = torch.zeros(1, requires_grad=True)
    optimizer = torch.optim.SGD([w], lr=1.0, momentum=0.9, **options)
    sizes = []
    for _ in range(3):
        before = w.item()
        w.grad = torch.ones(1)
        optimizer.step()
        sizes.append(round(before - w.item(), 4))
    return sizes


print("plain    ", steps())  # the buffer: 1, 1.9, 2.71
#> plain     [1.0, 1.9, 2.71]
# dampening: buffer = 0.9 * buffer + (1 - 0.5) * grad, from the 2nd step on
print("dampening", steps(dampening=0.5))
#> dampening [1.0, 1.4, 1.76]
# nesterov: the step is grad + 0.9 * buffer, not the buffer itself
print("nesterov ", steps(nesterov=True))
#> nesterov  [1.9, 2.71, 3.439]
