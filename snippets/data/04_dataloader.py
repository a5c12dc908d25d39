import torch
from torch.utils.data import Dataset

samples = [1, 2, 3, 4, 5]


class MyDataset(Dataset):
    def __init__(self, data_list):
        self.data = data_list

    def __len__(self):
        return len(self.data)

    def __getitem__(self, idx):
        return self.data[idx]


dataset = MyDataset(samples)
generator = torch.Generator().manual_seed(0)  # a seeded shuffle: same order every run
loader = torch.utils.data.DataLoader(
    dataset, batch_size=2, shuffle=True, generator=generator
)
for batch in loader:
    print(batch)  # 5 samples -> batches of 2, 2 and 1
    #> tensor([4, 2])
    #> tensor([1, 5])
    #> tensor([3])
print(len(loader))  # number of batches
#> 3
