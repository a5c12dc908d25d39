"""Plots drawn by snippets at build time.

A snippet with the directive ``#: plot <name>.svg`` (docs/hooks/sitemodel.py) is run (in a temp dir) during the
build and the file it saves is published as ``assets/plots/<name>.svg``, so a page can
show ``![…](assets/plots/<name>.svg)`` and the figure always matches the tested code.
It runs once per language, with ``NOTES_LANG=<locale>`` in the environment (the snippet
picks its labels from it; run by hand it is English): each language's build publishes
its own figure (``<locale>/assets/plots/<name>.svg`` outside the default language), and
the page's link resolves to it. No maintained plugin runs a file and publishes its
output as a site file.

A glyph missing from the fonts fails the build, naming the snippet: Matplotlib only logs it
and draws a box (a Chinese word inside a `$…$` label is set in the math font, which has no
Chinese: the Chinese noise-schedule legend was boxes).
"""

from __future__ import annotations

import hashlib
import logging
import os
import runpy
import tempfile
import warnings
from pathlib import Path

from mkdocs.plugins import event_priority
from mkdocs.structure.files import File

import sitemodel

CACHE = sitemodel.ROOT / ".cache" / "plots"  # <source hash>.svg: warm builds run no plot


class MissingGlyphs(logging.Handler):
    """Collects Matplotlib's "Font 'default' does not have a glyph for …" log records."""

    def __init__(self):
        super().__init__(logging.WARNING)
        self.found: list[str] = []

    def emit(self, record):
        if "glyph" in record.getMessage().lower():
            self.found.append(record.getMessage())


def plot_snippets() -> dict[str, Path]:
    return {s.plot: s.path for s in sitemodel.snippets() if s.plot}


def known_fonts() -> None:
    """Matplotlib knows the system's fonts: its font cache may predate a font package
    (fonts-noto-cjk: the Chinese labels), and a snippet names families, not files."""
    from matplotlib import font_manager

    known = {f.fname for f in font_manager.fontManager.ttflist}
    for path in font_manager.findSystemFonts():
        if path not in known:
            font_manager.fontManager.addfont(path)


def render(path: Path, name: str, lang: str) -> bytes:
    source = path.read_text(encoding="utf-8")
    versions = sitemodel.installed("matplotlib") + sitemodel.installed("torch")
    key = hashlib.sha256(f"{source}{lang}{versions}".encode()).hexdigest()[:20]
    cached = CACHE / f"{key}.svg"
    if not cached.exists():
        known_fonts()
        cwd = os.getcwd()
        with tempfile.TemporaryDirectory() as tmp:
            os.chdir(tmp)
            os.environ["NOTES_LANG"] = lang
            missing = MissingGlyphs()
            logging.getLogger("matplotlib").addHandler(missing)
            try:
                with warnings.catch_warnings(record=True) as caught:
                    warnings.simplefilter("always")
                    runpy.run_path(str(path), run_name="__main__")
            finally:
                logging.getLogger("matplotlib").removeHandler(missing)
                os.chdir(cwd)
                del os.environ["NOTES_LANG"]
            found = missing.found + [str(w.message) for w in caught if "glyph" in str(w.message).lower()]
            if found:
                raise RuntimeError(f"{sitemodel.rel(path)} ({lang}): the plot lacks glyphs: {sorted(set(found))}")
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

    i18n = config.plugins.get("i18n")
    lang = i18n.current_language if i18n else sitemodel.default_locale()
    prefix = next(x.prefix for x in sitemodel.languages() if x.locale == lang)
    for name, path in plot_snippets().items():
        with contextlib.redirect_stdout(io.StringIO()):
            svg = render(path, name, lang)
        file = File.generated(config, f"assets/plots/{name}", content=svg)
        file.dest_uri = f"{prefix}assets/plots/{name}"
        files.append(file)
    return files
