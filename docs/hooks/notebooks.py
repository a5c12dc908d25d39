"""Notebook pages: a page with ``notebook: true`` in its front matter is also a Jupyter
notebook, run at build time; its snippet blocks become notebook cells with real outputs.

Why a hook: no maintained plugin does this. mkdocs-jupyter renders .ipynb pages, but
mkdocs-static-i18n rebuilds every File and drops its wrapper (mkdocs-static-i18n#198),
and it renders Markdown cells with nbconvert, not this site's Markdown: `{ #id }` anchors,
admonitions and .md links come out as raw text that --strict never checks, and MathJax and
Mermaid load from a CDN. So the page stays an ordinary Markdown page (checked like every
page, both languages) and only its ```python + --8<-- blocks become cells. on_files (after
i18n) runs the snippets in order in one python3 kernel (nbclient, allow_errors=False: an
error fails the build), renders them with mkdocs-jupyter's nbconvert template, caches that
by content hash in .cache/notebooks/ (en, zh and `mkdocs serve` reloads run it once), and
publishes <page>.<lang>.ipynb (prose as Markdown cells + executed cells) next to the page.

Snippets stay complete programs (the tests run each alone): a cell that needs what earlier
cells made starts with a setup block (docs/hooks/sitemodel.py) re-creating
it. Cells drop that block (``#: setup`` … ``#: end setup``), ``#>`` comments and triple-quoted
output blocks; the build checks each
cell printed what its ``#>`` comments say, so a setup block that drifts from the cells
above fails the build. A hidden preamble (transparent figures, grey text) keeps plots
readable on the light and the dark theme.
"""

from __future__ import annotations

import hashlib
import json
import posixpath
import re
import subprocess
import tempfile
from importlib import metadata
from pathlib import Path

import nbformat
from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from mkdocs.structure.files import File
from mkdocs.utils import get_relative_url
from mkdocs.utils.meta import get_data

import sitemodel

CACHE = sitemodel.ROOT / ".cache" / "notebooks"
KERNEL = {"name": "python3", "display_name": "Python 3", "language": "python"}
PREAMBLE = """import matplotlib.pyplot as plt
plt.rcParams.update({"figure.dpi": 100, "figure.facecolor": "none", "axes.facecolor": "none",
    "legend.frameon": False, **dict.fromkeys(["text.color", "axes.labelcolor",
    "axes.edgecolor", "xtick.color", "ytick.color"], "grey")})"""
# Cells in the site's code colours (Material's variables follow the light/dark switch).
CSS = "[data-md-color-scheme] .jupyter-wrapper{--jp-cell-prompt-not-active-opacity:1;" + "".join(
    f"--jp-{jp}:var(--md-{md});" for jp, md in (x.split("=") for x in """
    cell-editor-background=code-bg-color content-font-color1=default-fg-color
    cell-inprompt-font-color=default-fg-color--light cell-outprompt-font-color=default-fg-color--light
    mirror-editor-variable-color=code-fg-color mirror-editor-property-color=code-fg-color
    mirror-editor-keyword-color=code-hl-keyword-color mirror-editor-def-color=code-hl-function-color
    mirror-editor-comment-color=code-hl-comment-color mirror-editor-string-color=code-hl-string-color
    mirror-editor-number-color=code-hl-number-color mirror-editor-builtin-color=code-hl-constant-color
    mirror-editor-operator-color=code-hl-operator-color
    mirror-editor-punctuation-color=code-hl-punctuation-color""".split())) + "}"
_pages: dict[str, list[str]] = {}  # page src_uri -> its rendered cells


def prune_css(css: str, html: str) -> str:
    """Keep the CSS rules whose class selectors all occur in the rendered cells: nbconvert's
    JupyterLab stylesheet is ~600 KB, the rules these cells use ~150 KB (page-weight budget)."""
    used = {c for attr in re.findall(r'class="([^"]*)"', html) for c in attr.split()}
    used |= {"jupyter-wrapper", "jp-Notebook"}
    text = re.sub(r"/\*.*?\*/", "", css, flags=re.S)
    out, depth, start, head = [], 0, 0, 0
    for i, ch in enumerate(text):
        if ch == "{":
            start, depth = (i if depth == 0 else start), depth + 1
        elif ch == "}" and (depth := depth - 1) == 0:
            prelude, body, head = text[head:start].strip(), text[start + 1 : i], i + 1
            if prelude.startswith(("@media", "@supports")):
                body = prune_css(body, html)
                out.append(f"{prelude}{{{body}}}" if body else "")
            elif prelude.startswith("@"):
                out.append(f"{prelude}{{{body}}}")
            elif sel := [x.strip() for x in prelude.split(",") if set(re.findall(r"\.([\w-]+)", x)) <= used]:
                out.append(f"{','.join(sel)}{{{body}}}")
    return "\n".join(x for x in out if x)

def run(snippets: list[sitemodel.Snippet], stem: str) -> dict:
    """Execute and render the cells: {"nb", "cells", "css", "js"}, one cache file per page."""
    versions = [metadata.version(d) for d in ("torch", "matplotlib", "nbconvert", "mkdocs-jupyter")]
    sources = [s.source for s in snippets]
    key = hashlib.sha256(json.dumps([sources, versions, Path(__file__).read_text()]).encode())
    cached = CACHE / f"{stem}-{key.hexdigest()[:16]}.json"
    if cached.exists():
        return json.loads(cached.read_text(encoding="utf-8"))
    from mkdocs_jupyter.convert import nb2html
    from nbclient import NotebookClient
    from nbclient.exceptions import CellExecutionError

    code = [s.cell_source().strip() for s in snippets]
    nb = nbformat.v4.new_notebook(metadata={"kernelspec": KERNEL})
    nb.cells = [nbformat.v4.new_code_cell(c) for c in [PREAMBLE, *code]]
    with tempfile.TemporaryDirectory() as tmp:
        client = NotebookClient(nb, timeout=120, allow_errors=False, resources={"metadata": {"path": tmp}})
        try:  # the kernel process's own stderr is a TCP notice; cell output comes over ZMQ
            client.execute(stderr=subprocess.DEVNULL)
        except CellExecutionError as err:
            raise PluginError(f"{stem}: a notebook cell failed:\n{err}") from None
        nb.cells.pop(0)  # the preamble
        for i, (cell, snippet) in enumerate(zip(nb.cells, snippets, strict=True), 1):
            cell.id, cell.execution_count = f"code-{i}", i
            for out in cell.outputs:  # needs_background would paint the grey text on black
                out.get("metadata", {}).pop("needs_background", None)
                out.update({"execution_count": i} if "execution_count" in out else {})
            printed = "".join(o.text for o in cell.outputs if o.output_type == "stream")
            if sorted(sitemodel.normalise_output(x).rstrip() for x in printed.splitlines()) != snippet.promised():
                raise PluginError(f"{stem}: cell {i} printed\n{printed}\nnot what its #> comments say:\n"
                                  f"{snippet.promised()}\n(does its setup block match the cells above?)")
        nbformat.write(nb, Path(tmp) / "cells.ipynb")
        html = nb2html(str(Path(tmp) / "cells.ipynb"), allow_errors=False)
    body = html[html.index('<div class="jp-Notebook"'):html.index("</div> <!-- jp-Notebook -->")]
    cells = re.split(r'(?=<div class="jp-Cell jp-CodeCell jp-Notebook-cell[^"]*">\s*<div class="jp-Cell )', body)
    if len(cells) - 1 != len(code):
        raise PluginError(f"{stem}: rendered {len(cells) - 1} cells for {len(code)} snippets")
    wrap = '<div class="jupyter-wrapper"><div class="jp-Notebook" data-jp-theme-light="true">{}</div></div>'
    dark = Path(nb2html.__code__.co_filename).with_name("templates") / "mkdocs_html/assets/theme-dark.css"
    result = {  # cells: valid HTML (no "," attribute), scrollable code reachable by keyboard (axe)
        "nb": nb,
        "cells": [wrap.format(re.sub(r'(<clipboard-copy for="[^"]*"),', r"\1", c).replace(
            '<div class="highlight-ipynb', '<div tabindex="0" class="highlight-ipynb')) for c in cells[1:]],
        "css": prune_css("\n".join([*re.findall(r"<style[^>]*>(.*?)</style>", html, re.S), CSS, dark.read_text(
            ).replace(".jupyter-wrapper{", "[data-md-color-scheme=slate] .jupyter-wrapper{", 1)]), body),
        "js": "\n".join(re.findall(r"<script>(.*?)</script>", html, re.S)),  # the copy buttons
    }
    CACHE.mkdir(parents=True, exist_ok=True)
    for old in CACHE.glob(f"{stem}-*.json"):
        old.unlink()
    cached.write_text(json.dumps(result), encoding="utf-8")
    return json.loads(cached.read_text(encoding="utf-8"))


def notebook_markdown(md: str) -> str:
    """Site Markdown -> notebook Markdown: no attribute lists, icons or admonitions."""
    md = re.sub(r"[ \t]*\{[ \t]*#([\w-]+)[ \t]*\}[ \t]*$", r' <a id="\1"></a>', md, flags=re.M)
    md = re.sub(r"\)\{[^}\n]*\}", ")", md).replace(":octicons-link-external-16:", "↗")
    admonition = r'^(?:!!!|\?\?\?\+?) *(\w+)(?: +"(.*)")? *\n((?:(?: {4}.*)?\n)*)'
    return re.sub(admonition, lambda m: f"> **{m[2] or m[1].title()}**\n>\n" + "\n".join(
        f"> {x[4:]}".rstrip() for x in m[3].rstrip().splitlines()) + "\n\n", md + "\n", flags=re.M).strip()


@event_priority(-110)  # after mkdocs-static-i18n (-100): it rebuilds every File
def on_files(files, config, **kwargs):
    result = None
    for page in files.documentation_pages():
        body, meta = get_data(Path(page.abs_src_path).read_text(encoding="utf-8"))
        if not meta.get("notebook"):
            continue
        prose, targets = sitemodel.split_at_includes(body)
        snippets = [sitemodel.parse_snippet(sitemodel.SNIPPETS / t) for t in targets]
        name = posixpath.basename(page.src_uri)[: -len(".md")] + ".ipynb"  # training.en.ipynb
        result = run(snippets, name.split(".")[0])
        _pages[page.src_uri] = result["cells"]
        nb = nbformat.v4.new_notebook(metadata=result["nb"]["metadata"])
        for i, piece in enumerate(prose):
            if notebook_markdown(piece):
                nb.cells.append(nbformat.v4.new_markdown_cell(notebook_markdown(piece), id=f"text-{i}"))
            nb.cells.extend(nbformat.from_dict(result["nb"]["cells"][i : i + 1]))
        CACHE.mkdir(parents=True, exist_ok=True)
        nbformat.write(nb, CACHE / name)
        # src_uri next to the page's, so the page links to it as `training.en.ipynb`
        nb_file = File.generated(config, posixpath.join(posixpath.dirname(page.src_uri), name),
                                 abs_src_path=str(CACHE / name))
        nb_file.dest_uri = posixpath.join(posixpath.dirname(page.dest_uri), name)
        files.append(nb_file)
    if result:
        files.append(File.generated(config, "assets/notebook.css", content=result["css"]))
        files.append(File.generated(config, "assets/notebook.js", content=result["js"]))
    return files


def on_page_markdown(markdown, page, **kwargs):
    if page.file.src_uri not in _pages:
        return markdown
    prose, targets = sitemodel.split_at_includes(markdown)
    cells = [f'<div class="nb-cell" data-cell="{i}"></div>' for i in range(len(targets))]
    return "".join(x for pair in zip(prose, [*cells, ""], strict=True) for x in pair)


def on_page_content(html, page, **kwargs):
    if page.file.src_uri not in _pages:
        return html
    cells = _pages[page.file.src_uri]
    html = re.sub(r'<div class="nb-cell" data-cell="(\d+)"></div>', lambda m: cells[int(m[1])], html)
    css, js = (get_relative_url(f"assets/notebook.{ext}", page.url) for ext in ("css", "js"))
    return f'<link rel="stylesheet" href="{css}">\n{html}\n<script src="{js}"></script>'
