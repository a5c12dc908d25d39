import textwrap

import torch

torch.manual_seed(0)
w = torch.randn(3, requires_grad=True)
x = torch.randn(5, 3)

features = torch.tanh(x @ w)  # computed once, outside the loop: one shared graph
try:
    for step in range(2):
        loss = (features * (step + 1)).sum()
        loss.backward()  # the first call frees the tensors tanh saved
except RuntimeError as err:
    print(textwrap.fill(f"{type(err).__name__}: {err}", 80))
    """
    RuntimeError: Trying to backward through the graph a second time (or directly
    access saved tensors after they have already been freed). Saved intermediate
    values of the graph are freed when you call .backward() or autograd.grad().
    Specify retain_graph=True if you need to backward through the graph a second
    time or if you need to access saved tensors after calling backward.
    """

# The fix: build the graph inside the loop, once per backward()...
w.grad = None
for step in range(2):
    loss = (torch.tanh(x @ w) * (step + 1)).sum()
    loss.backward()
print(w.grad)
#> tensor([-1.8902, -0.0168, -1.0340])

# ...or detach() what should be a constant (an RNN's hidden state carried over
# batches, a target network's output): no graph behind it, nothing to free.
hidden = torch.tanh(x @ w).detach()
for _ in range(2):
    (hidden * w.sum()).sum().backward()
print(hidden.requires_grad)
#> False
