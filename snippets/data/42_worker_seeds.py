import numpy as np
import torch
from torch.utils.data import DataLoader, Dataset, get_worker_info


class RandomShift(Dataset):
    """A random augmentation drawn from a NumPy Generator created in __init__."""

    def __init__(self):
        self.rng = np.random.default_rng(0)  # copied as-is into every worker

    def __len__(self):
        return 8

    def __getitem__(self, idx):
        shift = int(self.rng.integers(100))
        return idx, shift, get_worker_info().id, torch.initial_seed()


def seed_worker(worker_id):  # runs once in each worker, before it loads anything
    worker_seed = torch.initial_seed() % 2**32  # base_seed + worker_id
    get_worker_info().dataset.rng = np.random.default_rng(worker_seed)


def one_epoch(seed, worker_init_fn=seed_worker):
    loader = DataLoader(
        RandomShift(),
        batch_size=2,
        shuffle=True,
        num_workers=2,
        worker_init_fn=worker_init_fn,
        generator=torch.Generator().manual_seed(seed),  # order AND worker seeds
    )
    return [list(zip(*(t.tolist() for t in batch))) for batch in loader]


if __name__ == "__main__":  # needed where workers are spawned (Windows, macOS)
    # Without worker_init_fn both workers hold the same Generator: same shifts.
    for batch in one_epoch(0, worker_init_fn=None):
        print([sample[:3] for sample in batch])  # (index, shift, worker id)
        #> [(5, 85, 0), (3, 63, 0)]
        #> [(1, 85, 1), (7, 63, 1)]
        #> [(2, 51, 0), (6, 26, 0)]
        #> [(4, 51, 1), (0, 26, 1)]
    first = one_epoch(0)  # with seed_worker: every worker draws its own shifts
    for batch in first:
        print([sample[:3] for sample in batch])
        #> [(5, 72, 0), (3, 83, 0)]
        #> [(1, 51, 1), (7, 64, 1)]
        #> [(2, 46, 0), (6, 67, 0)]
        #> [(4, 80, 1), (0, 63, 1)]
    seeds = sorted({sample[3] for batch in first for sample in batch})
    print("torch.initial_seed() per worker: base_seed +", [s - seeds[0] for s in seeds])
    #> torch.initial_seed() per worker: base_seed + [0, 1]
    print("same generator seed, same epoch:", one_epoch(0) == first)
    #> same generator seed, same epoch: True
    print("other seed, same epoch:", one_epoch(1) == first)
    #> other seed, same epoch: False
