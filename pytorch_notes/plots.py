"""Plots drawn by snippets at build time.

A snippet with the directive ``#: plot <name>.svg`` (pytorch_notes/model.py) is run (in a
temporary directory) during each language's build, with ``NOTES_LANG=<locale>`` in the
environment (the snippet picks its labels from it; run by hand it is English), and the file
it saves is published as ``assets/plots/<name>.svg`` of that language's site, so a page can
show ``![…](assets/plots/<name>.svg)`` and the figure always matches the tested code. No
maintained plugin runs a file and publishes its output as a site file.

A glyph missing from the fonts fails the build, naming the snippet and the font package to
install: Matplotlib only logs it and draws a box (a Chinese word inside a `$…$` label is set
in the math font, which has no Chinese: the Chinese noise-schedule legend was boxes). Drawn
plots are kept in the build cache, keyed by the snippet, the language, the versions of
Matplotlib and torch, and the fonts Matplotlib can use.
"""

from __future__ import annotations

import contextlib
import io
import logging
import os
import runpy
import tempfile
import warnings
from pathlib import Path

from . import model
from .cache import Cache, key

PLOTS = Cache("plots", ".svg")
FONT_PACKAGE = "fonts-noto-cjk"  # the Makefile installs it (BUILD_NEEDS)


class PlotError(Exception):
    """A plot snippet that did not draw its plot, or drew boxes for missing glyphs."""


class MissingGlyphs(logging.Handler):
    """Collects Matplotlib's "Font 'default' does not have a glyph for …" log records."""

    def __init__(self):
        super().__init__(logging.WARNING)
        self.found: list[str] = []

    def emit(self, record):
        if "glyph" in record.getMessage().lower():
            self.found.append(record.getMessage())


def plot_snippets() -> dict[str, Path]:
    return {s.plot: s.path for s in model.snippets() if s.plot}


def fonts() -> list[str]:
    """The font files Matplotlib can use: its font cache may predate a font package
    (fonts-noto-cjk: the Chinese labels), and a snippet names families, not files."""
    from matplotlib import font_manager

    known = {f.fname for f in font_manager.fontManager.ttflist}
    for path in font_manager.findSystemFonts():
        if path not in known:
            font_manager.fontManager.addfont(path)
    return sorted({f.fname for f in font_manager.fontManager.ttflist})


def draw(path: Path, name: str, lang: str) -> bytes:
    """Run the snippet in an empty directory and return the file it saved."""
    cwd = os.getcwd()
    with tempfile.TemporaryDirectory() as tmp:
        os.chdir(tmp)
        os.environ["NOTES_LANG"] = lang
        missing = MissingGlyphs()
        logging.getLogger("matplotlib").addHandler(missing)
        try:
            with warnings.catch_warnings(record=True) as caught, contextlib.redirect_stdout(io.StringIO()):
                warnings.simplefilter("always")
                runpy.run_path(str(path), run_name="__main__")
        finally:
            logging.getLogger("matplotlib").removeHandler(missing)
            os.chdir(cwd)
            del os.environ["NOTES_LANG"]
        found = missing.found + [str(w.message) for w in caught if "glyph" in str(w.message).lower()]
        if found:
            raise PlotError(f"{model.rel(path)} ({lang}): the plot lacks glyphs: {sorted(set(found))}: "
                               f"install a font that has them (Debian: apt install {FONT_PACKAGE}; "
                               "`make serve` and `make test` install it)")
        out = Path(tmp) / name
        if not out.exists():
            raise PlotError(f"{model.rel(path)}: says '#: plot {name}' but did not save {name}")
        return out.read_bytes()


def render(path: Path, name: str, lang: str) -> bytes:
    """The plot, from the cache when nothing it is drawn from changed."""
    inputs = [path.read_text(encoding="utf-8"), lang, model.installed("matplotlib"), model.installed("torch"), fonts()]
    return PLOTS.get_or_make(f"{name}.{lang}", key(*inputs), lambda: draw(path, name, lang))
