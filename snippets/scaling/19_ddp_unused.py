#: process
# Run as `python ddp_unused.py`: two CPU processes (gloo), as in ddp.py.
import gc
import os
import socket

import torch
import torch.distributed as dist
import torch.multiprocessing as mp
from torch import nn
from torch.nn.parallel import DistributedDataParallel as DDP


class TwoHeads(nn.Module):
    def __init__(self):
        super().__init__()
        self.body = nn.Linear(4, 4)
        self.head_a = nn.Linear(4, 1)
        self.head_b = nn.Linear(4, 1)  # never used below: it gets no gradient

    def forward(self, x):
        return self.head_a(torch.relu(self.body(x)))


def train(model, steps=2):
    optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
    for _ in range(steps):
        loss = model(torch.ones(2, 4)).pow(2).mean()
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()


def run(rank, world_size):
    dist.init_process_group("gloo", rank=rank, world_size=world_size)
    torch.manual_seed(0)
    result = {}
    model = DDP(TwoHeads())
    try:
        train(model)  # the 2nd step's forward finds the 1st step's reduction unfinished
        result["default"] = "trained"
    except RuntimeError as err:
        result["default"] = f"{type(err).__name__}: {str(err).split('. ')[0]}"
    del model
    gc.collect()
    dist.barrier()

    model = DDP(TwoHeads(), find_unused_parameters=True)  # searches the graph each step
    train(model)
    result["find_unused"] = model.module.head_b.weight.grad is None

    rows = [None] * world_size
    dist.all_gather_object(rows, result)
    if rank == 0:
        for r, row in enumerate(rows):
            print(f"rank {r}: {row['default']}")
        unused_ok = rows[0]["find_unused"]
        print("find_unused_parameters=True trains; head_b has no grad:", unused_ok)

    del model
    gc.collect()
    dist.barrier()
    dist.destroy_process_group()


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


if __name__ == "__main__":
    os.environ["MASTER_ADDR"] = "127.0.0.1"
    os.environ["MASTER_PORT"] = str(free_port())
    mp.spawn(run, args=(2,), nprocs=2)

# What it prints (rank 0 prints for everyone):
#> rank 0: RuntimeError: Expected to have finished reduction in the prior iteration before starting a new one
#> rank 1: RuntimeError: Expected to have finished reduction in the prior iteration before starting a new one
#> find_unused_parameters=True trains; head_b has no grad: True
