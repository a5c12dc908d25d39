"""Printed output looks like output, not code: in every code block that shows a snippet,
the lines the snippet promises to print (its `#>` comments and `\"\"\"…\"\"\"` blocks, as
pytorch_notes/model.py's OUTPUT grammar defines them) get class="snippet-output",
styled by docs/theme/assets/extra.css.

pymdownx.highlight's `line_spans` wraps each line of a block in <span id="__span-B-N">;
a block is matched to its snippet by its exact text, so only whole snippet files are
touched, and the text (what the copy button copies) is unchanged: only a class is added.
No extension marks lines by a grammar of their own, so the build does it after rendering.
"""

from __future__ import annotations

import html
import re
from functools import cache

from . import model

BLOCK_RE = re.compile(r"(<code>)(<span id=\"__span-\d+-1\">.*?)(</code></pre>)", re.S)
LINE_START_RE = re.compile(r'<span id="__span-\d+-\d+">')
TAG_RE = re.compile(r"<[^>]+>")


@cache
def _snippets() -> dict[str, model.Snippet]:
    return {s.source.rstrip("\n"): s for s in model.snippets()}


@cache
def output_lines(source: str) -> frozenset[int] | None:
    """0-based numbers of the output lines of the snippet whose text is `source`."""
    snippet = _snippets().get(source.rstrip("\n"))
    if snippet is None:
        return None
    lines: set[int] = set()
    for m in model.OUTPUT_LINES_RE.finditer(snippet.source):
        first = snippet.source.count("\n", 0, m.start())
        lines.update(range(first, first + m.group(0).count("\n")))
    return frozenset(lines)


def _mark(block: re.Match) -> str:
    starts = [m.start() for m in LINE_START_RE.finditer(block.group(2))]
    chunks = [block.group(2)[a:b] for a, b in zip(starts, [*starts[1:], None])]
    text = "".join(html.unescape(TAG_RE.sub("", c)) for c in chunks)
    marked = output_lines(text)
    if not marked:
        return block.group(0)
    chunks = [c.replace('">', '" class="snippet-output">', 1) if i in marked else c for i, c in enumerate(chunks)]
    return block.group(1) + "".join(chunks) + block.group(3)


def mark(output: str) -> str:
    """The page's HTML with the output lines of every snippet block marked."""
    return BLOCK_RE.sub(_mark, output)


def forget() -> None:
    """A new build (`properdocs serve`): a snippet may have changed."""
    _snippets.cache_clear()
    output_lines.cache_clear()
