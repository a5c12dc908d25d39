import torch
from torch.utils.data import Dataset

samples = [1, 2, 3, 4, 5]


class MyDataset(Dataset):
    def __init__(self, data_list):
        self.data = data_list

    def __len__(self):  # how many samples
        return len(self.data)

    def __getitem__(self, idx):  # sample number idx
        return self.data[idx]


dataset = MyDataset(samples)
print(len(dataset), dataset[0], dataset[4])
#> 5 1 5
print(isinstance(dataset, torch.utils.data.Dataset))
#> True
