#: process
import pickle

import torch
from torch.utils.data import DataLoader


def make_loader(num_workers, collate_fn=None):
    if collate_fn is None:
        collate_fn = lambda batch: torch.stack(batch) * 2  # a local function
    return DataLoader(
        [torch.ones(2)] * 4,
        batch_size=2,
        num_workers=num_workers,
        collate_fn=collate_fn,
        # "spawn" is the default on Windows and macOS ("forkserver" on Linux
        # from Python 3.14): workers start fresh and receive their job pickled.
        multiprocessing_context="spawn" if num_workers else None,
    )


def double_stack(batch):  # defined at module level: a worker can import it
    return torch.stack(batch) * 2


if __name__ == "__main__":  # needed where workers are spawned
    # The dataset and collate_fn go to each worker pickled; a lambda or a
    # function defined inside another function cannot be pickled.
    try:
        next(iter(make_loader(num_workers=1)))
    except (AttributeError, pickle.PicklingError) as err:  # the latter on Python 3.14
        # "Can't pickle local object '…'" on Python 3.11 and 3.12, "Can't get …" on 3.13
        print(type(err).__name__, "for", str(err).split("local object ")[1])

    # The fix: a module-level function (or num_workers=0: nothing is pickled).
    print(next(iter(make_loader(num_workers=1, collate_fn=double_stack))).tolist())
    print(next(iter(make_loader(num_workers=0))).tolist())

# What `python 28_pickle_local.py` prints (torch also warns, on stderr: "Got pickle
# error when attempting to start a worker Process"):
#> AttributeError for 'make_loader.<locals>.<lambda>'
#> [[2.0, 2.0], [2.0, 2.0]]
#> [[2.0, 2.0], [2.0, 2.0]]
