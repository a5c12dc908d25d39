import warnings

import torch
from torch.utils.data import DataLoader, TensorDataset

# A DataLoader stacks what its dataset returns and moves nothing: data on the meta
# device gives meta batches, data on the CPU gives CPU batches.
meta_data = TensorDataset(torch.ones(4, 2, device="meta"))
print([batch.device.type for (batch,) in DataLoader(meta_data, batch_size=2)])
#> ['meta', 'meta']

# pin_memory=True pins for the current accelerator; with none it warns and pins nothing.
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    cpu_data = TensorDataset(torch.ones(4, 2))
    loader = DataLoader(cpu_data, batch_size=2, pin_memory=True)
    pinned = [batch.is_pinned() for (batch,) in loader]
warned = any("pin_memory" in str(w.message) for w in caught)
accelerator = torch.accelerator.is_available()
print(pinned == [accelerator, accelerator], warned == (not accelerator))
#> True True
