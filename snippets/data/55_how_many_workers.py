import os
import re
import textwrap
import warnings

import torch
from torch.utils.data import DataLoader

# The CPUs this process may use: what torch compares num_workers with.
if hasattr(os, "sched_getaffinity"):  # Linux: respects taskset and container limits
    cpus = len(os.sched_getaffinity(0))
else:  # Windows, macOS
    cpus = os.cpu_count()

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    DataLoader(torch.arange(8), num_workers=cpus)  # one worker per CPU: no warning
    print(len(caught), "warnings")
    #> 0 warnings
    DataLoader(torch.arange(8), num_workers=cpus + 1)  # checked when it is built
message = str(caught[0].message)
created, suggested = (int(n) for n in re.findall(r"\d+", message))
print(created - suggested, "worker more than the CPUs")
#> 1 worker more than the CPUs
print("\n".join(textwrap.wrap(re.sub(r"\d+", "N", message), 88)))  # N: your numbers
"""
This DataLoader will create N worker processes in total. Our suggested max number of
worker in current system is N, which is smaller than what this DataLoader is going to
create. Please be aware that excessive worker creation might get DataLoader running slow
or even freeze, lower the worker number to avoid potential slowness/freeze if necessary.
"""
