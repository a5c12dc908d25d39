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

import re
from pathlib import Path

from . import model

WORKER = "assets/javascripts/workers/search-notes.js"  # where docs/theme/main.html points Material
# The blocks a search must not read: the snippets' code and printed output (half of each index,
# and words no reader's question is about: the prose that explains them is indexed), and a
# notebook page's output blocks. Material leaves out what carries data-search-exclude.
UNSEARCHED_RE = re.compile(r'<div class="(language-python highlight|language-text notebook-output highlight)"')


def without_code(html: str) -> str:
    """The page's snippet blocks and notebook outputs marked for Material's indexer to skip."""
    return UNSEARCHED_RE.sub(r'<div class="\1" data-search-exclude', html)


def worker(theme_dirs: list[str]) -> bytes:
    """The site's search worker, naming Material's (assets/javascripts/workers/search.<hash>.min.js)."""
    folders = [Path(d) / "assets" / "javascripts" / "workers" for d in theme_dirs]
    found = sorted({p.name for folder in folders for p in folder.glob("search.*.min.js")})
    if len(found) != 1:
        raise model.ModelError(Path(__file__).with_name("search_worker.js"), 1,
                               f"expected one search worker of Material's in the theme, found {found}")
    return Path(__file__).with_name("search_worker.js").read_text(encoding="utf-8").replace(
        "__MATERIAL_WORKER__", found[0]).encode()
