import torch
from torch.utils.data import DataLoader, Dataset

calls = []  # every index __getitem__ is asked for


class Logged(Dataset):
    def __len__(self):
        return 5

    def __getitem__(self, idx):
        calls.append(idx)
        return torch.tensor(float(idx))


loader = DataLoader(Logged(), batch_size=2)
first = next(iter(loader))  # the first BATCH, not the first sample
print(first)
#> tensor([0., 1.])
print(calls, type(calls[0]).__name__)  # one int per call
#> [0, 1] int

calls.clear()
for batch in loader:
    pass
print(calls)
#> [0, 1, 2, 3, 4]
