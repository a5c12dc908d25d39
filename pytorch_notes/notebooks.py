"""Every page with snippets is also a Jupyter notebook in its language, executed at build time.

No maintained plugin turns an MkDocs page into an executed notebook. mkdocs-jupyter goes the
other way (it renders .ipynb files as pages), and rendered with nbconvert's JupyterLab HTML
and 145 KB of CSS the cells looked like another site, so the pages stay ordinary Markdown
pages and nothing renders notebooks (README, "Notebooks").

* `notebooks(pages)`: for each page, its snippets run in order in one python3 kernel
  (nbclient, allow_errors=False: an error fails the build) and each cell's printed output
  must be what its ``#>`` comments say (model.output_matches). The translations of a page
  show the same snippets (the contract), so the languages share one execution, kept in the
  build cache by the code and the versions (warm builds run nothing). <page>.<lang>.ipynb
  (the page's prose as Markdown cells, the executed code cells) is published next to the
  page: /tensors/tensors.en.ipynb, /zh/tensors/tensors.zh.ipynb.
* A cell is the whole snippet (each one is a complete program), except on a
  ``notebook: true`` page, where cells share the kernel and drop their setup block
  (``#: setup`` … ``#: end setup``, see model.Snippet.cell_source). A ``#: requires``
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

import json
import re
import subprocess
import tempfile
import time
from dataclasses import dataclass, field
from html import escape
from pathlib import Path
from urllib.parse import urlsplit

import nbformat

from . import model
from .cache import Cache, key

EXECUTED = Cache("notebooks", ".json")   # one page's executed cells
PUBLISHED = Cache("notebooks", ".ipynb")  # one page's notebook in one language
KERNEL = {"name": "python3", "display_name": "Python 3", "language": "python"}
# A hidden first cell: figures as SVG, transparent with grey text (light and dark theme),
# and the same bytes from every execution (no date in the SVG's metadata, fixed ids).
PREAMBLE = """%config InlineBackend.figure_formats = ["svg"]
%config InlineBackend.print_figure_kwargs = {"bbox_inches": "tight", "metadata": {"Date": None}}
import matplotlib.pyplot as plt
plt.rcParams.update({"figure.facecolor": "none", "axes.facecolor": "none", "legend.frameon": False,
    "svg.hashsalt": "notebook", **dict.fromkeys(["text.color", "axes.labelcolor",
    "axes.edgecolor", "xtick.color", "ytick.color"], "grey")})"""
FORMAT = 2  # of the executed cells kept: raise it when _execute() changes what it records
CODE = Path(__file__).read_text(encoding="utf-8")  # this code writes the notebooks


class NotebookError(Exception):
    """A cell failed, or printed other lines than its #> comments."""


def runs_in_kernel(snippet: model.Snippet) -> bool:
    return not snippet.process and snippet.missing_requirement() is None


def execute(name: str, snippets: list[model.Snippet], shared_kernel: bool) -> dict:
    """Run the cells of one page in one kernel: {"cells": [nbformat cell dicts], "seconds": […]};
    from the build cache when the code and the versions are the same."""
    code = [s.cell_source(keep_setup=not shared_kernel) for s in snippets]
    versions = [model.installed(d) for d in ("torch", "matplotlib", "nbclient", "ipykernel")]
    found = EXECUTED.get_or_make(name, key(code, versions, PREAMBLE, FORMAT),
                                 lambda: json.dumps(_execute(name, snippets, code)).encode())
    return json.loads(found)


def _execute(name: str, snippets: list[model.Snippet], code: list[str]) -> dict:
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
                    raise NotebookError(f"{name} notebook: cell {i} ({snippet.id}) failed:\n{err}") from None
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
        if not model.output_matches(snippet, printed):
            raise NotebookError(f"{name} notebook: cell {i} ({snippet.id}): {model.output_difference(snippet, printed)}"
                                "\n(does its setup block match the cells above?)")
    return {"cells": [dict(c) for c in nb.cells], "seconds": seconds}


def site_link(target: str, page: model.Page, base: str) -> str:
    """A page link of the prose as an absolute URL of the published site (for a downloaded notebook)."""
    url = page.url_of(target) if not target.startswith("#") else None  # an anchor stays in the notebook
    return target if url is None else base + url


def notebook_markdown(md: str, page: model.Page, base: str) -> str:
    """Site Markdown -> notebook Markdown: headings keep their ids as anchors, admonitions become
    quotes with their title, attribute lists and icons go, page links point at the site."""
    def heading(m):
        return f"{m['hashes']} {m['text']}" + (f' <a id="{m["id"]}"></a>' if m["id"] else "")

    md = model.HEADING_RE.sub(heading, md)
    md = re.sub(r"\)\{[^}\n]*\}", ")", md).replace(":octicons-link-external-16:", "↗")
    md = model.rewrite_links(md, lambda target: site_link(target, page, base))
    out, lines, i = [], md.split("\n"), 0
    while i < len(lines):
        m = model.ADMONITION_RE.match(lines[i])
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
    paragraphs = [p for p in re.split(r"\n\s*\n", prose) if p.strip() and not model.BLOCK_START_RE.match(p)]
    text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", paragraphs[-1] if paragraphs else "")
    return " ".join(text.replace("`", "").replace("**", "").split())


def colab_url(repo_url: str, path: str) -> str:
    owner_repo = urlsplit(repo_url).path.strip("/")
    return f"https://colab.research.google.com/github/{owner_repo}/blob/gh-pages/{path}"


def notebook(page: model.Page, prose: list[str], cells: list[dict], base: str) -> bytes:
    """The page as a notebook: its prose as Markdown cells, between the executed code cells.
    nbformat validates every cell it makes and the notebook it writes (half a second a build):
    kept in the build cache while what goes into it is the same."""
    def write() -> bytes:
        nb = nbformat.v4.new_notebook(metadata={"kernelspec": KERNEL, "language_info": {"name": "python"}})
        for i, piece in enumerate(prose):
            if text := notebook_markdown(piece, page, base):
                nb.cells.append(nbformat.v4.new_markdown_cell(text, id=f"text-{i}"))
            nb.cells.extend(nbformat.from_dict(cells[i : i + 1]))
        nbformat.validate(nb)
        return nbformat.writes(nb).encode()

    return PUBLISHED.get_or_make(f"{page.name}.{page.lang}", key(prose, cells, base, CODE), write)


@dataclass
class PageNotebook:
    """What a page's notebook adds to its language's build."""

    name: str  # its file: training.en.ipynb, next to the page
    colab: str  # its "Open in Colab" URL
    cells: list[dict]  # the executed cells, one per snippet
    shared: bool  # a `notebook: true` page: the cells' outputs are shown on the page
    files: dict[str, bytes] = field(default_factory=dict)  # file name next to the page -> content
    svgs: dict[int, list[str]] = field(default_factory=dict)  # cell -> its figures' file names


def page_notebook(page: model.Page, lang: model.Language, repo_url: str) -> PageNotebook | None:
    """The notebook of a page that shows snippets (None for the others), executed, with its figures."""
    prose, targets = model.split_at_includes(page.body)
    if not targets:
        return None
    shared = bool(page.meta.get("notebook"))
    snippets = [model.snippet_at(model.SNIPPETS / t) for t in targets]
    cells = execute(page.name, snippets, shared)["cells"]
    base = model.deployed_url(lang)  # links into the deployed version
    name = f"{page.name}.{page.lang}.ipynb"  # training.en.ipynb
    where = (model.deployed_url(lang) + page.url + name).removeprefix(model.languages()[0].site_url)
    out = PageNotebook(name, colab_url(repo_url, where), cells, shared)
    out.files[name] = notebook(page, prose, cells, base)
    if shared:
        for i, cell in enumerate(cells):
            for j, o in enumerate(x for x in cell["outputs"] if "image/svg+xml" in x.get("data", {})):
                svg = f"{page.name}-cell{i + 1}-{j + 1}.svg"
                out.files[svg] = o["data"]["image/svg+xml"].encode()
                out.svgs.setdefault(i, []).append(svg)
    return out


def output_block(cell: dict, svgs: list[str], alt: str, title: str) -> str:
    """A cell's outputs as the site's own blocks: printed text as a code block, figures as SVG."""
    parts, text = [], "".join(o["text"] for o in cell["outputs"] if o["output_type"] == "stream")
    if text.strip():
        parts.append(f'````text {{ .notebook-output title="{escape(title)}" }}\n{text.rstrip()}\n````')
    # lazy: a figure far down the page is fetched when the reader scrolls to it, not on arrival
    parts += [f"![{alt}]({name}){{ loading=lazy }}" for name in svgs]
    return "\n\n" + "\n\n".join(parts) + "\n" if parts else ""


def outputs_after(markdown: str, nb: PageNotebook, title: str) -> list[str]:
    """For each include block of the page (in order), what follows it: on a `notebook: true`
    page the cell's output blocks, else nothing."""
    if not nb or not nb.shared:
        return [""] * len(model.include_blocks(markdown))
    out, last = [], 0
    for i, (start, end, _inc) in enumerate(model.include_blocks(markdown)):
        out.append(output_block(nb.cells[i], nb.svgs.get(i, []), alt_text(markdown[last:start]), title))
        last = end
    return out


def links_under_title(html: str, nb: PageNotebook, text: dict) -> str:
    """The download link, then the Colab link, under the page's title."""
    links = (f'<p class="notebook-links"><a href="{nb.name}" download="{nb.name}">'
             f'{escape(text["download_notebook"])}</a> · '
             f'<a href="{escape(nb.colab)}">{escape(text["open_in_colab"])}</a></p>')
    head = html.find("</h1>")
    return html[: head + 5] + "\n" + links + html[head + 5 :] if head >= 0 else links + html


def main() -> None:
    """`make notebooks`: execute (or read from the cache) every page's cells; seconds per page."""
    for page in model.pages(model.default_locale()):
        targets = [i.target for i in page.includes()]
        if targets:
            snippets = [model.snippet_at(model.SNIPPETS / t) for t in targets]
            seconds = execute(page.name, snippets, bool(page.meta.get("notebook")))["seconds"]
            print(f"{page.name:18} {sum(seconds):6.1f} s  {len(seconds)} cells")
