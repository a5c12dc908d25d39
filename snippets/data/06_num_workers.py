from torch.utils.data import DataLoader, Dataset, get_worker_info

NUM_SAMPLES = 6


class WhoLoads(Dataset):
    def __len__(self):
        return NUM_SAMPLES

    def __getitem__(self, idx):
        info = get_worker_info()  # None in the main process
        return idx, -1 if info is None else info.id


if __name__ == "__main__":  # needed where workers are spawned (Windows, macOS)
    for num_workers in (0, 2):
        loader = DataLoader(WhoLoads(), batch_size=2, num_workers=num_workers)
        for idx, worker in loader:
            print(f"{num_workers=} samples {idx.tolist()} loaded by {worker.tolist()}")
            #> num_workers=0 samples [0, 1] loaded by [-1, -1]
            #> num_workers=0 samples [2, 3] loaded by [-1, -1]
            #> num_workers=0 samples [4, 5] loaded by [-1, -1]
            #> num_workers=2 samples [0, 1] loaded by [0, 0]
            #> num_workers=2 samples [2, 3] loaded by [1, 1]
            #> num_workers=2 samples [4, 5] loaded by [0, 0]
