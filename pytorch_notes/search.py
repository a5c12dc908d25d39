"""Search: Material's search plugin makes each language's index (one build per language, so
one index each), from the pages' prose.

Each page's snippet blocks, and the notebook page's outputs, are left out of the index
(`without_code`): the prose that explains them is what a search should find, and the code
was half of each language's index, which every first page view downloads.

The site's search worker (`worker()`, published as assets/javascripts/workers/search-notes.js)
is search_worker.js beside this file, naming Material's worker of the installed theme, which
it runs unchanged after giving each query the index's analysis (that file says how and why).

Sections carry no tags: the cheat-sheets' API names and the glossary's terms used to tag the
sections they link to, and Material weighs a tag a thousand times a title and matches every
query word as its prefix, so the tags took the first results of most questions readers ask
("how to use collate_fn" went to `use_reentrant`): on the readers' questions of
tests/questions.tsv, 104 of 427 showed their answer first with tags, 228 without.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from . import model

WORKER = "assets/javascripts/workers/search-notes.js"  # where docs/theme/main.html points Material
INDEX = "search/search_index.json"  # what Material's search plugin writes, in its on_post_build
# The blocks a search must not read: the snippets' code and printed output (half of each index,
# and words no reader's question is about: the prose that explains them is indexed), and a
# notebook page's output blocks. Material leaves out what carries data-search-exclude.
UNSEARCHED_RE = re.compile(
    r'<div class="(language-python highlight|language-text notebook-output highlight)">(.*?</code></pre>)</div>', re.S)
SET_ASIDE_RE = re.compile(r"<!--notes-code-(\d+)-->")


def without_code(html: str) -> tuple[str, list[str]]:
    """The page's snippet blocks and notebook outputs marked for Material's indexer to skip,
    their insides set aside until with_code() puts them back (on_post_page): the indexer
    parses every tag of a page, also those of the blocks it skips, and the highlighted code's
    tags were a third of each build's time."""
    inside: list[str] = []

    def aside(m: re.Match) -> str:
        inside.append(m.group(2))
        return f'<div class="{m.group(1)}" data-search-exclude><!--notes-code-{len(inside) - 1}--></div>'

    return UNSEARCHED_RE.sub(aside, html), inside


def with_code(html: str, inside: list[str]) -> str:
    """The blocks' insides back in the page (see without_code)."""
    return SET_ASIDE_RE.sub(lambda m: inside[int(m.group(1))], html)


def as_utf8(path: Path) -> None:
    """The index, the same JSON, written as UTF-8: Material writes it with Python's default
    ASCII escapes, 6 bytes for each Chinese character and for each word break (U+200B) its
    jieba cut puts between words; the Chinese index is then 27 KB smaller gzipped (203 -> 175),
    and every first page view downloads it (make bench: first load <= 300 KB)."""
    data = json.loads(path.read_text(encoding="utf-8"))
    path.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")


def worker(theme_dirs: list[str]) -> bytes:
    """The site's search worker, naming Material's (assets/javascripts/workers/search.<hash>.min.js)."""
    folders = [Path(d) / "assets" / "javascripts" / "workers" for d in theme_dirs]
    found = sorted({p.name for folder in folders for p in folder.glob("search.*.min.js")})
    if len(found) != 1:
        raise model.ModelError(Path(__file__).with_name("search_worker.js"), 1,
                               f"expected one search worker of Material's in the theme, found {found}")
    return Path(__file__).with_name("search_worker.js").read_text(encoding="utf-8").replace(
        "__MATERIAL_WORKER__", found[0]).encode()
