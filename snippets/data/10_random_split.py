import torch
from torch.utils.data import DataLoader, TensorDataset, random_split

dataset = TensorDataset(torch.arange(10).float(), torch.arange(10))
generator = torch.Generator().manual_seed(0)  # same split on every run
train_ds, test_ds = random_split(dataset, (0.8, 0.2), generator=generator)

print(len(train_ds), len(test_ds), type(train_ds).__name__)
#> 8 2 Subset
print(train_ds.indices, test_ds.indices)  # a Subset is a view: indices + dataset
#> [4, 1, 7, 5, 3, 9, 0, 8] [6, 2]
print(test_ds[0])  # = dataset[test_ds.indices[0]]
#> (tensor(6.), tensor(6))

train_dl = DataLoader(train_ds, batch_size=4, shuffle=True)
test_dl = DataLoader(test_ds, batch_size=4)  # no need to shuffle evaluation data
print(len(train_dl), len(test_dl))
#> 2 1

# Fractions are rounded down, the remainder is dealt out one by one.
print([len(s) for s in random_split(range(7), (0.8, 0.2), generator=generator)])
#> [6, 1]

# Three splits: training, validation and test sets.
print([len(s) for s in random_split(range(10), (0.8, 0.1, 0.1), generator=generator)])
#> [8, 1, 1]
