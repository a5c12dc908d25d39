import torch
from torch.utils.data import DataLoader

samples = [
    {"image": torch.zeros(3, 4, 4), "label": 0, "name": "cat.png"},
    {"image": torch.ones(3, 4, 4), "label": 1, "name": "dog.png"},
]
batch = next(iter(DataLoader(samples, batch_size=2)))  # a list is a dataset too

print(type(batch).__name__, list(batch))  # still a dict, same keys
#> dict ['image', 'label', 'name']
print(batch["image"].shape)  # stacked: a NEW batch dim in front
#> torch.Size([2, 3, 4, 4])
print(batch["label"])  # Python ints -> one int64 tensor
#> tensor([0, 1])
print(batch["name"])  # strings -> a list of strings
#> ['cat.png', 'dog.png']

# Stacked, not concatenated: torch.cat would have given (6, 4, 4).
print(torch.equal(batch["image"], torch.stack([s["image"] for s in samples])))
#> True
print(torch.cat([s["image"] for s in samples]).shape)
#> torch.Size([6, 4, 4])

# Tuples: one entry per field. Python floats become float64, not float32.
pairs = [(torch.zeros(2), 0.5), (torch.ones(2), 1.5)]
x, w = next(iter(DataLoader(pairs, batch_size=2)))
print(x.shape, w)
#> torch.Size([2, 2]) tensor([0.5000, 1.5000], dtype=torch.float64)
