import dataclasses
import tempfile
from pathlib import Path

import torch


@dataclasses.dataclass
class Config:
    hidden: int
    labels: list


config = Config(hidden=16, labels=["cat", "dog"])
with tempfile.TemporaryDirectory() as tmp:
    path = Path(tmp) / "checkpoint.pth"
    torch.save({"config": config}, path)

    # Allow this one class, for this one load (only if you trust the file):
    with torch.serialization.safe_globals([Config]):
        print(torch.load(path)["config"])
        #> Config(hidden=16, labels=['cat', 'dog'])
    # torch.serialization.add_safe_globals([Config]) allows it for the whole process.

    # Better: store plain data and rebuild the object after loading.
    torch.save({"config": dataclasses.asdict(config)}, path)
    print(Config(**torch.load(path)["config"]))
    #> Config(hidden=16, labels=['cat', 'dog'])
