import tempfile
import warnings
from pathlib import Path

import torch
from torch import nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 2)).eval()
example = torch.randn(1, 4)

# What the notes show, "Saving Model Trace". Every step is deprecated now:
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    traced = torch.jit.trace(model, example)
    with tempfile.TemporaryDirectory() as tmp:
        torch.jit.save(traced, Path(tmp) / "traced_model.pt")
        loaded = torch.jit.load(Path(tmp) / "traced_model.pt")
    print(torch.equal(loaded(example), model(example)))
    #> True

print({w.category.__name__ for w in caught})
#> {'FutureWarning'}
for message in sorted({str(w.message) for w in caught}):
    print(message.split(". ")[0])
    #> `torch.jit.load` is deprecated
    #> `torch.jit.save` is deprecated
    #> `torch.jit.trace_method` is deprecated
    #> `torch.jit.trace` is deprecated
print(str(caught[0].message).split(". ")[1])
#> Please switch to `torch.compile` or `torch.export`.

# Nor is a traced module forward-only: backward() reaches its parameters.
loaded(example).sum().backward()
print(all(p.grad is not None for p in loaded.parameters()))
#> True
