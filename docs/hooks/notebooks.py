"""Every page with snippets is also a Jupyter notebook in its language, executed at build time.

Why a hook: no maintained plugin turns an MkDocs page into an executed notebook.
mkdocs-jupyter goes the other way (it renders .ipynb files as pages), and rendered with
nbconvert's JupyterLab HTML and 145 KB of CSS the cells looked like another site, so the
pages stay ordinary Markdown pages and nothing renders notebooks any more.

* on_files (after mkdocs-static-i18n, which rebuilds every File): for each page, its
  snippets run in order in one python3 kernel (nbclient, allow_errors=False: an error
  fails the build) and each cell's printed output must be what its ``#>`` comments say.
  The translations of a page show the same snippets (the contract), so a page's cells run
  once for every language, and the result is cached in .cache/notebooks/ by a hash of the
  code and the versions (warm builds and `mkdocs serve` reloads run nothing).
  <page>.<lang>.ipynb (the page's prose as Markdown cells, the executed code cells) is
  published next to the page: /tensors/tensors.en.ipynb, /zh/tensors/tensors.zh.ipynb.
* A cell is the whole snippet (each one is a complete program), except on a
  ``notebook: true`` page, where cells share the kernel and drop their setup block
  (``#: setup`` … ``#: end setup``, see sitemodel.Snippet.cell_source). A ``#: requires``
  snippet that cannot run here, and a ``#: process`` snippet (it starts processes of its
  own, which a kernel cannot: the tests run it as a program), stay without outputs.
* On a ``notebook: true`` page each snippet block (still the plain pymdownx.snippets
  include: its copy button gives the complete program) is followed by the cell's real
  output as the site's own code block, titled with `extra.text.output`; figures become
  SVG files next to the page, their alt text the prose paragraph before the snippet.
* Every page with a notebook gets, below its title, a download link and then an
  "Open in Colab" link (Colab's GitHub form, the notebook's path on gh-pages). The
  download comes first: Colab cannot be reached from mainland China.
"""

from __future__ import annotations

import hashlib
import json
import posixpath
import re
import subprocess
import tempfile
import time
from html import escape
from pathlib import Path
from urllib.parse import urlsplit

import nbformat
from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from mkdocs.structure.files import File

import sitemodel
from snippet_runner import output_words

CACHE = sitemodel.ROOT / ".cache" / "notebooks"
KERNEL = {"name": "python3", "display_name": "Python 3", "language": "python"}
# A hidden first cell: figures as SVG, transparent with grey text (light and dark theme),
# and the same bytes from every execution (no date in the SVG's metadata, fixed ids).
PREAMBLE = """%config InlineBackend.figure_formats = ["svg"]
%config InlineBackend.print_figure_kwargs = {"bbox_inches": "tight", "metadata": {"Date": None}}
import matplotlib.pyplot as plt
plt.rcParams.update({"figure.facecolor": "none", "axes.facecolor": "none", "legend.frameon": False,
    "svg.hashsalt": "notebook", **dict.fromkeys(["text.color", "axes.labelcolor",
    "axes.edgecolor", "xtick.color", "ytick.color"], "grey")})"""
FORMAT = 1  # of the cached results: raise it when execute() changes what it records
_pages: dict[str, dict] = {}  # page src_uri -> {"nb": file name, "cells": executed cells, "svgs": …}
HOOK = hashlib.sha256(Path(__file__).read_bytes()).hexdigest()  # this code makes the notebooks
TIMES: dict[str, list[float]] = {}  # page name -> seconds per cell, of the last execution



def runs_in_kernel(snippet: sitemodel.Snippet) -> bool:
    return not snippet.process and snippet.missing_requirement() is None

def execute(name: str, snippets: list[sitemodel.Snippet], shared_kernel: bool) -> dict:
    """Run the cells of one page in one kernel: {"cells": [nbformat cell dicts], "seconds": […]}."""
    code = [s.cell_source(keep_setup=not shared_kernel) for s in snippets]
    versions = [sitemodel.installed(d) for d in ("torch", "matplotlib", "nbclient", "ipykernel")]
    key = hashlib.sha256(json.dumps([code, versions, PREAMBLE, FORMAT]).encode())
    cached = CACHE / f"{name}-{key.hexdigest()[:16]}.json"
    CACHE.mkdir(parents=True, exist_ok=True)
    from filelock import FileLock

    # Builds at once (the tests' site and offline builds) execute a notebook once: the
    # second waits for the first's result.
    with FileLock(CACHE / f"{name}.lock"):
        if cached.exists():
            return json.loads(cached.read_text(encoding="utf-8"))
        return _execute(name, snippets, code, cached)


def _execute(name: str, snippets: list[sitemodel.Snippet], code: list[str], cached: Path) -> dict:
    from nbclient import NotebookClient
    from nbclient.exceptions import CellExecutionError

    nb = nbformat.v4.new_notebook(metadata={"kernelspec": KERNEL})
    nb.cells = [nbformat.v4.new_code_cell(c) for c in [PREAMBLE, *code]]
    seconds = []
    with tempfile.TemporaryDirectory() as tmp:
        client = NotebookClient(nb, timeout=600, allow_errors=False, resources={"metadata": {"path": tmp}})
        # the kernel process's own stderr is a TCP notice; cell output comes over ZMQ
        with client.setup_kernel(stderr=subprocess.DEVNULL):
            for i, cell in enumerate(nb.cells):
                snippet = snippets[i - 1] if i else None
                if snippet and not runs_in_kernel(snippet):
                    seconds.append(0.0)
                    continue
                start = time.perf_counter()
                try:
                    client.execute_cell(cell, i)
                except CellExecutionError as err:
                    raise PluginError(f"{name} notebook: cell {i} ({snippet.id}) failed:\n{err}") from None
                if snippet:
                    seconds.append(round(time.perf_counter() - start, 2))
    nb.cells.pop(0)
    for i, (cell, snippet) in enumerate(zip(nb.cells, snippets, strict=True), 1):
        cell.id, cell.execution_count = f"code-{i}", (i if cell.outputs or runs_in_kernel(snippet) else None)
        for out in cell.outputs:  # needs_background would paint the grey text on black
            out.get("metadata", {}).pop("needs_background", None)
            if "execution_count" in out:
                out["execution_count"] = i
        if not runs_in_kernel(snippet):
            continue
        printed = "".join(o.text for o in cell.outputs if o.output_type == "stream" and o.name == "stdout")
        if output_words(printed.splitlines()) != output_words(snippet.promised()):
            raise PluginError(f"{name} notebook: cell {i} ({snippet.id}) printed\n{printed}\nnot what its #> "
                              f"comments say:\n{snippet.promised()}\n(does its setup block match the cells above?)")
    result = {"cells": [dict(c) for c in nb.cells], "seconds": seconds}
    for old in CACHE.glob(f"{name}-*.json"):
        old.unlink()
    cached.write_text(json.dumps(result), encoding="utf-8")
    return json.loads(cached.read_text(encoding="utf-8"))


def site_link(target: str, page: sitemodel.Page, base: str) -> str:
    """A page link of the prose as an absolute URL of the published site (for a downloaded notebook)."""
    url = page.url_of(target) if not target.startswith("#") else None  # an anchor stays in the notebook
    return target if url is None else base + url


def notebook_markdown(md: str, page: sitemodel.Page, base: str) -> str:
    """Site Markdown -> notebook Markdown: headings keep their ids as anchors, admonitions become
    quotes with their title, attribute lists and icons go, page links point at the site."""
    def heading(m):
        return f"{m['hashes']} {m['text']}" + (f' <a id="{m["id"]}"></a>' if m["id"] else "")

    md = sitemodel.HEADING_RE.sub(heading, md)
    md = re.sub(r"\)\{[^}\n]*\}", ")", md).replace(":octicons-link-external-16:", "↗")
    md = sitemodel.rewrite_links(md, lambda target: site_link(target, page, base))
    out, lines, i = [], md.split("\n"), 0
    while i < len(lines):
        m = sitemodel.ADMONITION_RE.match(lines[i])
        if not m:
            out.append(lines[i])
            i += 1
            continue
        indent = m["indent"] + "    "
        out.append(f"> **{m['title'] or m['kind'].title()}**\n>")
        i += 1
        while i < len(lines) and (lines[i].startswith(indent) or not lines[i].strip()):
            out.append(f"> {lines[i][len(indent):]}".rstrip())
            i += 1
    return "\n".join(out).strip()


def alt_text(prose: str) -> str:
    """The last paragraph of the prose before a figure's snippet, as plain text."""
    paragraphs = [p for p in re.split(r"\n\s*\n", prose) if p.strip() and not sitemodel.BLOCK_START_RE.match(p)]
    text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", paragraphs[-1] if paragraphs else "")
    return " ".join(text.replace("`", "").replace("**", "").split())


def colab_url(config, path: str) -> str:
    owner_repo = urlsplit(config["repo_url"]).path.strip("/")
    return f"https://colab.research.google.com/github/{owner_repo}/blob/gh-pages/{sitemodel.docs_version()}/{path}"


@event_priority(-110)  # after mkdocs-static-i18n (-100): it rebuilds every File
def on_files(files, config, **kwargs):
    _pages.clear()
    base = sitemodel.deployed_url(config["site_url"])  # links into the deployed version
    for file in list(files.documentation_pages()):
        page = sitemodel.page_at(file.abs_src_path)
        prose, targets = sitemodel.split_at_includes(page.body)
        if not targets:
            continue
        shared = bool(page.meta.get("notebook"))
        snippets = [sitemodel.snippet_at(sitemodel.SNIPPETS / t) for t in targets]
        result = execute(page.name, snippets, shared)
        TIMES[page.name] = result["seconds"]
        name = f"{page.name}.{page.lang}.ipynb"  # training.en.ipynb
        out = CACHE / "published" / name
        # nbformat validates every cell it makes and the notebook it writes (half a second a
        # build): a notebook is written again only when what goes into it changed.
        key = hashlib.sha256(json.dumps([prose, result["cells"], base, page.url, HOOK]).encode()).hexdigest()
        stamp = out.with_suffix(".key")
        if not (out.exists() and stamp.exists() and stamp.read_text(encoding="utf-8") == key):
            nb = nbformat.v4.new_notebook(metadata={"kernelspec": KERNEL, "language_info": {"name": "python"}})
            for i, piece in enumerate(prose):
                if text := notebook_markdown(piece, page, base):
                    nb.cells.append(nbformat.v4.new_markdown_cell(text, id=f"text-{i}"))
                nb.cells.extend(nbformat.from_dict(result["cells"][i : i + 1]))
            nbformat.validate(nb)
            out.parent.mkdir(parents=True, exist_ok=True)
            nbformat.write(nb, out)
            stamp.write_text(key, encoding="utf-8")
        folder = posixpath.dirname(file.dest_uri)  # training/, zh/training/
        # src_uri next to the page's, so the page can link to it as `training.en.ipynb`
        nb_file = File.generated(config, posixpath.join(posixpath.dirname(file.src_uri), name), abs_src_path=str(out))
        nb_file.dest_uri = posixpath.join(folder, name)
        files.append(nb_file)
        svgs = {}
        if shared:
            for i, cell in enumerate(result["cells"]):
                for j, o in enumerate(x for x in cell["outputs"] if "image/svg+xml" in x.get("data", {})):
                    svg_name = f"{page.name}.{page.lang}.cell{i + 1}-{j + 1}.svg"
                    svg = File.generated(config, svg_name, content=o["data"]["image/svg+xml"])
                    svg.dest_uri = posixpath.join(folder, f"{page.name}-cell{i + 1}-{j + 1}.svg")
                    files.append(svg)
                    svgs.setdefault(i, []).append(svg_name)
        # path: where gh-pages has the notebook (also in an offline build, which has no folders)
        _pages[file.src_uri] = {"nb": name, "path": page.url + name, "cells": result["cells"],
                                "svgs": svgs, "shared": shared}
    return files


def output_block(cell: dict, svgs: list[str], alt: str, title: str) -> str:
    """A cell's outputs as the site's own blocks: printed text as a code block, figures as SVG."""
    parts, text = [], "".join(o["text"] for o in cell["outputs"] if o["output_type"] == "stream")
    if text.strip():
        parts.append(f'````text {{ .notebook-output title="{escape(title)}" }}\n{text.rstrip()}\n````')
    # lazy: a figure far down the page is fetched when the reader scrolls to it, not on arrival
    parts += [f"![{alt}]({name}){{ loading=lazy }}" for name in svgs]
    return "\n\n" + "\n\n".join(parts) + "\n" if parts else ""


def on_page_markdown(markdown, page, config, **kwargs):
    info = _pages.get(page.file.src_uri)
    if not info or not info["shared"]:
        return markdown
    title = config.extra.get("text", {}).get("output", "Output")
    out, last = [], 0
    for i, (start, end, _inc) in enumerate(sitemodel.include_blocks(markdown)):
        out += [markdown[last:end], output_block(info["cells"][i], info["svgs"].get(i, []),
                                                 alt_text(markdown[last:start]), title)]
        last = end
    return "".join(out) + markdown[last:]


def on_page_content(html, page, config, **kwargs):
    info = _pages.get(page.file.src_uri)
    if not info:
        return html
    text = config.extra.get("text", {})
    links = (f'<p class="notebook-links"><a href="{info["nb"]}" download="{info["nb"]}">'
             f'{escape(text.get("download_notebook", "Download notebook"))}</a> · '
             f'<a href="{escape(colab_url(config, info["path"]))}">{escape(text.get("open_in_colab", "Open in Colab"))}'
             "</a></p>")
    head = html.find("</h1>")
    return html[: head + 5] + "\n" + links + html[head + 5 :] if head >= 0 else links + html


def main() -> None:
    """`make notebooks`: execute (or read from the cache) every page's cells; seconds per page."""
    for page in sitemodel.pages(sitemodel.default_locale()):
        targets = [i.target for i in page.includes()]
        if targets:
            snippets = [sitemodel.snippet_at(sitemodel.SNIPPETS / t) for t in targets]
            seconds = execute(page.name, snippets, bool(page.meta.get("notebook")))["seconds"]
            print(f"{page.name:18} {sum(seconds):6.1f} s  {len(seconds)} cells")
