#: process
# Save as ddp.py; run `python ddp.py` or `torchrun --nproc-per-node=2 ddp.py`.
import gc
import os
import socket
import tempfile

import torch
import torch.distributed as dist
import torch.multiprocessing as mp
from torch import nn
from torch.nn.parallel import DistributedDataParallel as DDP
from torch.utils.data import DataLoader, DistributedSampler, TensorDataset


def flat(module):  # all parameters of a module as one CPU vector
    return torch.cat([p.detach().flatten() for p in module.parameters()]).cpu()


def run(rank, world_size):
    local_rank = int(os.environ.get("LOCAL_RANK", rank))  # GPU index on this machine
    # nccl needs one GPU per process on this machine; otherwise gloo on the CPU.
    procs_here = int(os.environ.get("LOCAL_WORLD_SIZE", world_size))  # set by torchrun
    use_nccl = torch.cuda.device_count() >= procs_here
    device = torch.device("cuda", local_rank) if use_nccl else torch.device("cpu")
    if use_nccl:
        torch.cuda.set_device(device)
    backend = "nccl" if use_nccl else "gloo"
    # env:// rendezvous: MASTER_ADDR and MASTER_PORT, set by us or by torchrun.
    dist.init_process_group(backend, rank=rank, world_size=world_size)

    torch.manual_seed(0)  # every rank builds the same dataset
    dataset = TensorDataset(torch.randn(40, 4), torch.randn(40, 1))
    sampler = DistributedSampler(dataset, num_replicas=world_size, rank=rank, seed=0)
    loader = DataLoader(dataset, batch_size=5, sampler=sampler)
    model = DDP(nn.Linear(4, 1).to(device))  # rank 0's weights are broadcast
    optimizer = torch.optim.SGD(model.parameters(), lr=0.1)

    starts = []
    for epoch in range(2):
        sampler.set_epoch(epoch)  # without it, every epoch repeats the same order
        starts.append(list(sampler)[:3])
        seen = 0
        for x, y in loader:
            loss = nn.functional.mse_loss(model(x.to(device)), y.to(device))
            optimizer.zero_grad()
            loss.backward()  # DDP averages the gradients of all ranks here
            optimizer.step()
            seen += len(x)

    weights = flat(model)
    mine = {"rank": rank, "starts": starts, "seen": seen, "weights": weights}
    rows = [None] * world_size
    dist.all_gather_object(rows, mine | {"indices": set(sampler)})
    if rank == 0:
        for row in rows:
            r, (s0, s1), n, w = row["rank"], row["starts"], row["seen"], row["weights"]
            print(f"rank {r}: epochs start {s0} {s1}, {n} samples, sum {w.sum():.4f}")
        union = set().union(*(row["indices"] for row in rows))
        print("shards are disjoint:", len(union) == len(dataset))
        same = all(row["weights"].equal(weights) for row in rows)
        print("identical weights on all ranks:", same)

    # Save from rank 0 only, without the "module." prefix that DDP adds.
    if rank == 0:
        print(list(model.state_dict()), "->", list(model.module.state_dict()))
    folder = [tempfile.mkdtemp() if rank == 0 else None]
    dist.broadcast_object_list(folder)  # every rank learns rank 0's folder
    path = os.path.join(folder[0], "model.pt")
    if rank == 0:
        torch.save(model.module.state_dict(), path)
    dist.barrier()  # nobody loads before rank 0 has written the file
    plain = nn.Linear(4, 1)  # a model without DDP
    plain.load_state_dict(torch.load(path, map_location="cpu"))
    loaded = [None] * world_size
    dist.all_gather_object(loaded, torch.equal(flat(plain), weights))
    if rank == 0:
        print("every rank loaded it into a plain nn.Linear:", all(loaded))

    # Teardown: drop DDP's references first, then leave the group together.
    del model, optimizer
    gc.collect()
    dist.barrier()
    if rank == 0:
        os.remove(path)
        os.rmdir(folder[0])
    dist.destroy_process_group()


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))  # port 0: the OS picks a free port
        return s.getsockname()[1]


if __name__ == "__main__":
    if "RANK" in os.environ:  # started by torchrun, which sets RANK, WORLD_SIZE, ...
        run(int(os.environ["RANK"]), int(os.environ["WORLD_SIZE"]))
    else:  # plain `python ddp.py`: start the 2 processes ourselves
        os.environ["MASTER_ADDR"] = "127.0.0.1"
        os.environ["MASTER_PORT"] = str(free_port())
        mp.spawn(run, args=(2,), nprocs=2)  # run(0, 2) and run(1, 2)

# What `python ddp.py` prints (rank 0 prints for everyone):
#> rank 0: epochs start [4, 21, 11] [5, 12, 11], 20 samples, sum -0.2038
#> rank 1: epochs start [16, 5, 14] [36, 17, 18], 20 samples, sum -0.2038
#> shards are disjoint: True
#> identical weights on all ranks: True
#> ['module.weight', 'module.bias'] -> ['weight', 'bias']
#> every rank loaded it into a plain nn.Linear: True
