import torch

x = torch.tensor([1.0, 2.0], requires_grad=True)
y = x * 3

copies = {
    "y.clone()": y.clone(),  # a copy that stays in the graph
    "y.detach()": y.detach(),  # no copy, out of the graph
    "y.detach().clone()": y.detach().clone(),  # a copy, out of the graph
    "y.data": y.data,  # like detach(), but hidden from autograd's checks
}
for name, t in copies.items():
    shares = t.data_ptr() == y.data_ptr()
    print(f"{name:18} requires_grad={t.requires_grad!s:5}  shares memory={shares}")
    #> y.clone()          requires_grad=True   shares memory=False
    #> y.detach()         requires_grad=False  shares memory=True
    #> y.detach().clone() requires_grad=False  shares memory=False
    #> y.data             requires_grad=False  shares memory=True

# Gradients flow back through clone(): d(2 * clone(3x))/dx = 6.
(copies["y.clone()"] * 2).sum().backward()
print(x.grad)
#> tensor([6., 6.])

# A write into the detached tensor changes y too (shared memory);
# the detached clone is independent.
copies["y.detach()"][0] = 100.0
print(y.detach(), copies["y.detach().clone()"])
#> tensor([100.,   6.]) tensor([3., 6.])
