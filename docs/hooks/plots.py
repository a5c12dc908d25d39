"""Plots drawn by snippets at build time.

A snippet with the directive ``#: plot <name>.svg`` (docs/hooks/sitemodel.py) is run (in a temp dir) during the
build and the file it saves is published as ``assets/plots/<name>.svg``, so a page can
show ``![…](assets/plots/<name>.svg)`` and the figure always matches the tested code.
No maintained plugin runs a file and publishes its output as a site file.
"""

from __future__ import annotations

import hashlib
import os
import runpy
import tempfile
from pathlib import Path

from mkdocs.plugins import event_priority
from mkdocs.structure.files import File

import sitemodel

CACHE = sitemodel.ROOT / ".cache" / "plots"  # <source hash>.svg: warm builds run no plot


def plot_snippets() -> dict[str, Path]:
    return {s.plot: s.path for s in sitemodel.snippets() if s.plot}


def render(path: Path, name: str) -> bytes:
    from importlib.metadata import version

    source = path.read_text(encoding="utf-8")
    key = hashlib.sha256(f"{source}{version('matplotlib')}{version('torch')}".encode()).hexdigest()[:20]
    cached = CACHE / f"{key}.svg"
    if not cached.exists():
        cwd = os.getcwd()
        with tempfile.TemporaryDirectory() as tmp:
            os.chdir(tmp)
            try:
                runpy.run_path(str(path), run_name="__main__")
            finally:
                os.chdir(cwd)
            out = Path(tmp) / name
            if not out.exists():
                raise RuntimeError(f"{path}: says '#: plot {name}' but did not save {name}")
            CACHE.mkdir(parents=True, exist_ok=True)
            cached.write_bytes(out.read_bytes())
    return cached.read_bytes()


# After mkdocs-static-i18n's on_files (-100): it cannot handle generated files.
@event_priority(-110)
def on_files(files, config, **kwargs):
    import contextlib
    import io

    for name, path in plot_snippets().items():
        with contextlib.redirect_stdout(io.StringIO()):
            svg = render(path, name)
        files.append(File.generated(config, f"assets/plots/{name}", content=svg))
    return files
