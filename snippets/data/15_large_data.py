import tempfile
from pathlib import Path

import torch
from torch.utils.data import DataLoader, Dataset

torch.manual_seed(0)


class LazyFiles(Dataset):
    """Keeps only file paths in memory; reads one sample per __getitem__."""

    def __init__(self, root: Path):
        self.paths = sorted(root.glob("*.pt"))  # cheap: names, not data

    def __len__(self):
        return len(self.paths)

    def __getitem__(self, idx):
        sample = torch.load(self.paths[idx])  # the I/O happens here, per item
        return sample["x"], sample["y"]


with tempfile.TemporaryDirectory() as tmp:
    root = Path(tmp)
    for i in range(10):  # pretend each file is a large image
        torch.save({"x": torch.randn(3, 8, 8), "y": i % 2}, root / f"{i:05d}.pt")

    loader = DataLoader(LazyFiles(root), batch_size=4)
    for x, y in loader:
        print(x.shape, y.tolist())
        #> torch.Size([4, 3, 8, 8]) [0, 1, 0, 1]
        #> torch.Size([4, 3, 8, 8]) [0, 1, 0, 1]
        #> torch.Size([2, 3, 8, 8]) [0, 1]
