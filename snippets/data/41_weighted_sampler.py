from collections import Counter

import torch
from torch.utils.data import DataLoader, TensorDataset, WeightedRandomSampler

labels = torch.tensor([0] * 90 + [1] * 10)  # imbalanced: 90 of class 0, 10 of class 1
dataset = TensorDataset(torch.arange(100), labels)

class_counts = torch.bincount(labels)
sample_weights = 1.0 / class_counts[labels].double()  # rare class -> large weight
print(class_counts.tolist(), f"{sample_weights[0]:.4f}", f"{sample_weights[-1]:.4f}")
#> [90, 10] 0.0111 0.1000

generator = torch.Generator().manual_seed(0)
sampler = WeightedRandomSampler(
    sample_weights, num_samples=len(dataset), replacement=True, generator=generator
)
loader = DataLoader(dataset, batch_size=20, sampler=sampler)  # no shuffle=

indices = torch.cat([i for i, _ in loader])  # one epoch: 100 draws
drawn = labels[indices]
print(len(drawn), sorted(Counter(drawn.tolist()).items()))  # about 50 / 50 now
#> 100 [(0, 53), (1, 47)]
rare = indices[drawn == 1]
print(rare.numel(), "draws of the", rare.unique().numel(), "rare samples")
#> 47 draws of the 10 rare samples

try:
    DataLoader(dataset, sampler=sampler, shuffle=True)
except ValueError as err:
    print("ValueError:", err)
    #> ValueError: sampler option is mutually exclusive with shuffle
