import os

import torch
from torch.utils.data import DataLoader, Dataset


class WhichProcess(Dataset):
    def __len__(self):
        return 4

    def __getitem__(self, idx):
        return os.getpid()  # the process that loads this sample


if __name__ == "__main__":  # needed where workers are spawned (Windows, macOS)
    for persistent in (False, True):
        loader = DataLoader(
            WhichProcess(), batch_size=2, num_workers=2, persistent_workers=persistent
        )
        epochs = [set(torch.cat(list(loader)).tolist()) for _ in range(2)]
        print(
            f"{persistent=}: epoch 2 reuses the workers of epoch 1: {epochs[0] == epochs[1]}"
        )
        #> persistent=False: epoch 2 reuses the workers of epoch 1: False
        #> persistent=True: epoch 2 reuses the workers of epoch 1: True
