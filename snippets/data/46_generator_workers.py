import numpy as np
import torch
from torch.utils.data import DataLoader, Dataset, get_worker_info


class Augment(Dataset):
    """Random augmentations drawn from torch's and NumPy's global generators."""

    def __len__(self):
        return 4

    def __getitem__(self, idx):
        info = get_worker_info()
        worker = -1 if info is None else info.id
        t_draw = torch.randint(0, 1000, ()).item()
        np_draw = int(np.random.randint(1000))
        return idx, t_draw, np_draw, worker


def epoch(num_workers, global_seed):
    torch.manual_seed(global_seed)  # the main process's global generators
    np.random.seed(global_seed)
    loader = DataLoader(
        Augment(),
        batch_size=2,
        shuffle=True,
        num_workers=num_workers,
        generator=torch.Generator().manual_seed(0),  # the same loader seed every time
    )
    return [sample for batch in loader for sample in zip(*(c.tolist() for c in batch))]


if __name__ == "__main__":  # needed where workers are spawned (Windows, macOS)
    # Same loader generator, different global seeds: what still repeats?
    for num_workers in (0, 2):
        a, b = epoch(num_workers, global_seed=1), epoch(num_workers, global_seed=2)
        same_order = [s[0] for s in a] == [s[0] for s in b]
        print(f"{num_workers=} same order: {same_order}, same augmentations: {a == b}")
        #> num_workers=0 same order: True, same augmentations: False
        #> num_workers=2 same order: True, same augmentations: True
    # Each worker also reseeds NumPy's global generator: the workers' draws differ.
    samples = epoch(2, global_seed=1)
    first_np_draw = {s[3]: s[2] for s in reversed(samples)}  # worker id -> first draw
    print(
        "NumPy draws differ between the 2 workers:",
        first_np_draw[0] != first_np_draw[1],
    )
    #> NumPy draws differ between the 2 workers: True
