"""Plots drawn by snippets at build time.

A snippet whose first line is ``# plot: <name>.svg`` is run (in a temp dir) during the
build and the file it saves is published as ``assets/plots/<name>.svg``, so a page can
show ``![…](assets/plots/<name>.svg)`` and the figure always matches the tested code.
No maintained plugin runs a file and publishes its output as a site file.
"""

from __future__ import annotations

import hashlib
import os
import re
import runpy
import tempfile
from pathlib import Path

from mkdocs.plugins import event_priority
from mkdocs.structure.files import File

SNIPPETS = Path(__file__).resolve().parents[2] / "snippets"
PLOT_RE = re.compile(r"\A# plot: ([\w.-]+\.svg)\s*$", re.M)
_cache: dict[str, bytes] = {}  # source hash -> svg; the two language builds share it


def plot_snippets() -> dict[str, Path]:
    found = {}
    for path in sorted(SNIPPETS.rglob("*.py")):
        m = PLOT_RE.match(path.read_text(encoding="utf-8"))
        if m:
            found[m.group(1)] = path
    return found


def render(path: Path, name: str) -> bytes:
    source = path.read_text(encoding="utf-8")
    key = hashlib.sha256(source.encode()).hexdigest()
    if key not in _cache:
        cwd = os.getcwd()
        with tempfile.TemporaryDirectory() as tmp:
            os.chdir(tmp)
            try:
                runpy.run_path(str(path), run_name="__main__")
            finally:
                os.chdir(cwd)
            out = Path(tmp) / name
            if not out.exists():
                raise RuntimeError(f"{path}: says '# plot: {name}' but did not save {name}")
            _cache[key] = out.read_bytes()
    return _cache[key]


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
