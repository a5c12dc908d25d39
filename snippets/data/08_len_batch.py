import torch
from torch.utils.data import DataLoader, TensorDataset

torch.manual_seed(0)
dataset = TensorDataset(torch.randn(100, 3), torch.randint(0, 2, (100,)))
train_dl = DataLoader(dataset, batch_size=32, shuffle=True)

batch = next(iter(train_dl))
print(type(batch).__name__, len(batch))  # 2 fields (x, y), not 32 samples
#> list 2

x, y = batch  # unpack the fields, then ask a tensor for the batch size
print(x.shape, y.shape, len(x), x.size(0))
#> torch.Size([32, 3]) torch.Size([32]) 32 32

print([len(x) for x, y in train_dl])  # 100 = 32 + 32 + 32 + 4
#> [32, 32, 32, 4]
