import torch

v = torch.tensor([[1], [2], [3]])  # (3, 1)

e = v.expand(3, 4)  # a view: size-1 dims stretched, no data copied
r = v.repeat(1, 4)  # a copy: the data repeated 1 x 4 times
print(e.shape, r.shape, torch.equal(e, r))
#> torch.Size([3, 4]) torch.Size([3, 4]) True

# expand sets the stride of the stretched dim to 0: every column reads the same
# element. It shares v's memory; repeat allocates 12 new elements.
print(e.stride(), e.data_ptr() == v.data_ptr())
#> (1, 0) True
print(r.stride(), r.data_ptr() == v.data_ptr())
#> (4, 1) False
v[0, 0] = 100
print(e[0], r[0])  # the view follows v, the copy does not
#> tensor([100, 100, 100, 100]) tensor([1, 1, 1, 1])

# In expand, -1 keeps a size. Only size-1 dims can be expanded; repeat tiles any dim.
print(v.expand(-1, 2).shape, v.expand(2, 3, 5).shape)  # new leading dims are allowed
#> torch.Size([3, 2]) torch.Size([2, 3, 5])
print(torch.tensor([1, 2]).repeat(3))  # NumPy's tile
#> tensor([1, 2, 1, 2, 1, 2])
print(torch.tensor([1, 2]).repeat_interleave(3))  # NumPy's repeat
#> tensor([1, 1, 1, 2, 2, 2])
try:
    torch.tensor([1, 2]).expand(4)
except RuntimeError as err:
    print(str(err).split(".  ")[0])
    """
    The expanded size of the tensor (4) must match the existing size (2) at non-singleton dimension 0
    """

# In-place arithmetic on an expanded tensor is refused...
try:
    e.add_(1)
except RuntimeError as err:
    print(str(err).split(".")[0])
    """
    unsupported operation: more than one element of the written-to tensor refers to a single memory location
    """
# ...but fill_, zero_ and index assignment write the shared element silently.
e[0, 0] = 9  # one write: the whole row of e changes, and so does v
print(e[0], v[0])
#> tensor([9, 9, 9, 9]) tensor([9])
e2 = e.clone()  # clone (or repeat) first when you need to write
e2[0, 0] = 0
print(e2[0], v[0])
#> tensor([0, 9, 9, 9]) tensor([9])
