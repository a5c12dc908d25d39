"""Puts the pinned versions (requirements.txt) into the build, for the "tested with"
line at the foot of every page: the versions are read, never typed by hand."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def read_pins(path: Path = ROOT / "requirements.txt") -> dict[str, str]:
    """Exact pins from requirements.txt (``name==version``), keys lower-cased."""
    pins = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        m = re.match(r"^([A-Za-z0-9_.\-]+)==([^\s;#]+)", line.strip())
        if m:
            pins[m.group(1).lower().replace("_", "-")] = m.group(2)
    return pins


def on_config(config, **kwargs):
    pins = read_pins()
    config.extra["pins"] = pins  # a page lists more with `tested_with_also: [diffusers, …]`
    config.extra["tested_with"] = {
        name: pins[name] for name in ("torch", "torchvision", "diffusers") if name in pins
    }
    return config
