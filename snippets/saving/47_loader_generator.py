import torch
from torch.utils.data import DataLoader, TensorDataset

data = TensorDataset(torch.arange(8))


def make_loader():  # a loader with its own generator, as on the Training page
    shuffle = torch.Generator().manual_seed(0)
    return DataLoader(data, batch_size=4, shuffle=True, generator=shuffle)


def epoch(loader):  # the order in which one epoch visits the samples
    return [i for (batch,) in loader for i in batch.tolist()]


torch.manual_seed(0)
loader = make_loader()
epoch(loader)  # epoch 1
checkpoint = {"torch": torch.get_rng_state(), "loader": loader.generator.get_state()}
print(epoch(loader))  # epoch 2: what a resumed run should see next
#> [2, 3, 4, 7, 1, 0, 6, 5]

loader = make_loader()  # after a restart
torch.set_rng_state(checkpoint["torch"])  # the global generator: not this loader's
print(epoch(loader))  # epoch 1's order again
#> [5, 3, 1, 7, 2, 6, 4, 0]
loader = make_loader()
loader.generator.set_state(checkpoint["loader"])
print(epoch(loader))
#> [2, 3, 4, 7, 1, 0, 6, 5]
