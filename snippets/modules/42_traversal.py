from torch import nn

model = nn.Sequential(
    nn.Linear(4, 8),
    nn.Sequential(nn.ReLU(), nn.Linear(8, 8)),  # a nested block
    nn.Linear(8, 2),
)

# children(): the direct submodules only.
print([type(m).__name__ for m in model.children()])
#> ['Linear', 'Sequential', 'Linear']

# modules(): every module, recursively, starting with the model itself.
print([type(m).__name__ for m in model.modules()])
#> ['Sequential', 'Linear', 'Sequential', 'ReLU', 'Linear', 'Linear']

# named_modules(): the same with dotted names ("" is the model itself).
print([name for name, _ in model.named_modules()])
#> ['', '0', '1', '1.0', '1.1', '2']
print(model.get_submodule("1.1"))  # look one up by its name
#> Linear(in_features=8, out_features=8, bias=True)

# apply(fn) calls fn on every submodule, children first, the model itself last.
visited = []
model.apply(lambda m: visited.append(type(m).__name__))
print(visited)
#> ['Linear', 'ReLU', 'Linear', 'Sequential', 'Linear', 'Sequential']

# A typical use: count or find layers of one kind.
print(sum(isinstance(m, nn.Linear) for m in model.modules()))
#> 3
