import os
import re
import signal

from torch.utils.data import DataLoader, Dataset


class Broken(Dataset):
    """Sample 0 fails: the worker process is killed, or a Python exception. (In the
    worker's first batch: a batch it had sent would need it alive to be read.)"""

    def __init__(self, failure):
        self.failure = failure

    def __len__(self):
        return 8

    def __getitem__(self, idx):
        if idx == 0:
            if self.failure == "exception":
                return open("missing.png", "rb")  # a bug in __getitem__
            os.kill(os.getpid(), self.failure)  # what the OS does to a worker
        return idx


def first_line(err):  # the first line, with the process id replaced
    return re.sub(r"(pid(?:\(s\))?) \d+", r"\1 <pid>", str(err).splitlines()[0]).strip()


if __name__ == "__main__":  # needed where workers are spawned (Windows, macOS)
    # A worker killed by a signal: SIGBUS when /dev/shm is full, SIGKILL from the
    # out-of-memory killer (the snippet sends the signal itself).
    for sig in (signal.SIGBUS, signal.SIGKILL):
        try:
            list(DataLoader(Broken(sig), batch_size=2, num_workers=2))
        except RuntimeError as err:
            # Mostly "DataLoader worker (pid(s) N) exited unexpectedly", raised from the
            # error that names the signal; sometimes (timing) that error itself.
            named = err if "killed by signal" in str(err) else err.__cause__
            print(first_line(named).replace(". ", ".\n  "))
            """
            DataLoader worker (pid <pid>) is killed by signal: Bus error.
              It is possible that dataloader's workers are out of shared memory.
              Please try to raise your shared memory limit.
            """
            #> DataLoader worker (pid <pid>) is killed by signal: Killed.

    try:
        list(DataLoader(Broken("exception"), batch_size=2, num_workers=2))
    except FileNotFoundError as err:  # re-raised in the main process
        print(f"{type(err).__name__}: {first_line(err)}")
        #> FileNotFoundError: Caught FileNotFoundError in DataLoader worker process 0.
    try:  # num_workers=0: the same bug, with an ordinary traceback
        list(DataLoader(Broken("exception"), batch_size=2))
    except FileNotFoundError as err:
        print(f"{type(err).__name__}: {err}")
        #> FileNotFoundError: [Errno 2] No such file or directory: 'missing.png'
