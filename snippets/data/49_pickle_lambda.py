import pickle

import torch
from torch.utils.data import DataLoader, Dataset
from torchvision.transforms import v2


class Numbers(Dataset):
    def __init__(self, transform):
        self.transform = transform

    def __len__(self):
        return 4

    def __getitem__(self, idx):
        return self.transform(torch.tensor(float(idx)))


def double(x):  # defined at the top level: pickled by its name
    return x * 2


def main():
    bad = Numbers(v2.Lambda(lambda x: x * 2))  # a lambda inside a function
    # spawn (Windows, macOS; forkserver on Linux from Python 3.14) pickles the dataset
    # into every worker; asked for explicitly here
    loader = DataLoader(bad, num_workers=1, multiprocessing_context="spawn")
    try:
        next(iter(loader))
    except AttributeError as err:
        # "Can't pickle local object '…'" on Python 3.11 and 3.12, "Can't get …" on 3.13
        print(type(err).__name__, "for", str(err).split("local object ")[1])
        #> AttributeError for 'main.<locals>.<lambda>'

    good = Numbers(v2.Lambda(double))
    copy = pickle.loads(pickle.dumps(good))  # what a spawned worker receives
    print(copy[3], next(iter(DataLoader(good, batch_size=4))))
    #> tensor(6.) tensor([0., 2., 4., 6.])


if __name__ == "__main__":  # needed where workers are spawned (Windows, macOS)
    main()
