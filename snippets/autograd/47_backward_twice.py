import torch
from torch import nn

torch.manual_seed(0)
cell = nn.RNNCell(3, 4)


def train(steps, detach):
    h = torch.zeros(1, 4)
    for _ in range(steps):
        if detach:
            h = h.detach()  # keep the values, drop the previous step's graph
        h = cell(torch.randn(1, 3), h)
        h.pow(2).sum().backward()  # step 2 also walks back into step 1's graph


# A tensor carried over from the previous step (here an RNN's hidden state)
# drags the previous step's graph, already freed by its backward(), along.
try:
    train(2, detach=False)
except RuntimeError as err:
    print(str(err).split(" (")[0])
    #> Trying to backward through the graph a second time
train(2, detach=True)
print("with h.detach(): no error")
#> with h.detach(): no error

# Two losses that share part of a graph: retain_graph=True on the first backward(),
# or, simpler and cheaper, one backward() of their sum (same gradients, up to rounding).
trunk = nn.Linear(3, 3)
x = torch.randn(2, 3)


def two_losses():
    features = trunk(x).tanh()  # tanh saves its output for the backward pass
    return features.sum(), features.pow(2).sum()


loss_a, loss_b = two_losses()
loss_a.backward(retain_graph=True)  # keep the shared graph for the second call
loss_b.backward()
kept = trunk.weight.grad.clone()

trunk.zero_grad()
loss_a, loss_b = two_losses()
(loss_a + loss_b).backward()
print(torch.allclose(trunk.weight.grad, kept))
#> True
