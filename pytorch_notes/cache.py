"""The build's one cache: what is slow to make (a page's executed notebook, a plot, the API
index) is kept under .cache/<kind>/, keyed by everything it was made from.

* One key scheme: `key(*inputs)`, a hash of the inputs as JSON (the code, the installed
  versions, the fonts: whatever the result depends on).
* Atomic writes: a file is written to a temporary name and renamed, so a build running at
  the same time (the languages build in parallel) reads it whole or not at all; `lock(slot)`
  makes the second of two builds wait for the first's result instead of making it again.
* Pruning: each entry belongs to a slot (a page, a plot in one language), and writing a
  slot's new entry removes its older ones, so the cache holds one entry per slot.

`make clean` removes .cache/ altogether.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from contextlib import contextmanager
from pathlib import Path

from .model import ROOT

CACHE = ROOT / ".cache"


def key(*inputs) -> str:
    """The key of a result made from `inputs` (anything JSON can write; other objects by str)."""
    text = json.dumps(inputs, sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256(text.encode()).hexdigest()[:20]


class Cache:
    def __init__(self, kind: str, suffix: str):
        self.dir, self.suffix = CACHE / kind, suffix

    def path(self, slot: str, key: str) -> Path:
        return self.dir / f"{slot}--{key}{self.suffix}"

    def get(self, slot: str, key: str) -> bytes | None:
        try:
            return self.path(slot, key).read_bytes()
        except FileNotFoundError:
            return None

    def put(self, slot: str, key: str, data: bytes) -> bytes:
        """Keep `data` as the slot's entry, whole, and remove the slot's older entries."""
        self.dir.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=self.dir, prefix=".tmp-")
        with os.fdopen(fd, "wb") as out:
            out.write(data)
        path = self.path(slot, key)
        os.replace(tmp, path)
        for old in self.dir.glob(f"{slot}--*{self.suffix}"):
            if old != path:
                old.unlink(missing_ok=True)
        return data

    @contextmanager
    def lock(self, slot: str):
        """Held while a slot's entry is made: builds at once make it once."""
        from filelock import FileLock

        self.dir.mkdir(parents=True, exist_ok=True)
        with FileLock(self.dir / f"{slot}.lock"):
            yield

    def get_or_make(self, slot: str, key: str, make) -> bytes:
        """The slot's entry for `key`, made by `make()` (bytes) when there is none."""
        found = self.get(slot, key)
        if found is not None:
            return found
        with self.lock(slot):
            found = self.get(slot, key)
            return found if found is not None else self.put(slot, key, make())
