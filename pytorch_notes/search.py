"""Search: Material's search plugin makes each language's index (one build per language, so
one index each); this adds what it cannot know.

Each page's snippet blocks, and the notebook page's outputs, are left out of the index
(`without_code`): the prose that explains them is what a search should find, and the code
was half of each language's index, which every first page view downloads.

The site's search worker (`worker()`, published as assets/javascripts/workers/search-notes.js)
is search_worker.js beside this file, naming Material's worker of the installed theme, which
it runs unchanged after giving each query the index's analysis (that file says how and why).

Each page's cheat-sheet names, per API, the section that explains it: that API's name,
when it is a class (`BatchNorm1d`) or an underscored function (`clip_grad_norm_`) rather
than a common word (`tensor`, `grad`; model.is_api_name), becomes a tag of that section's
entry (Material weighs tags above titles and text), so searching `BatchNorm1d` lands on the
Modules section that explains it, not on a page that merely mentions it. A name that
several cheat-sheets link to tags only the section whose heading names it; each glossary
term (both languages' words, but none starting with `torch`) tags the section its row links
to; among several sections none of whose headings names an API, the one whose text says
it most often gets the tag; a name that extends another one (`LinearLR`, `SequentialLR`) is
no tag: Material matches every query word as a prefix too, so that tag would outrank the
`Linear` section for the query `Linear`. The tags are written into the index Material wrote
(search/search_index.json) at the end of the build, before Material's offline plugin inlines
it for file:// (it runs last).
"""

from __future__ import annotations

import json
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


def add_cheat_sheet_tags(docs: list[dict], locale: str) -> None:
    by_location = {doc["location"]: doc for doc in docs}

    def entry(page: model.Page, link: str) -> dict | None:
        """The index entry of the section a page's link points at."""
        return by_location.get(page.url_of(link) or "")

    candidates: dict[str, list[dict]] = {}
    glossary: list[tuple[str, dict]] = []
    for page in model.pages(locale):
        for name, link in page.cheat_sheet():
            doc = entry(page, link)
            if doc is not None and doc not in candidates.get(name, []):
                candidates.setdefault(name, []).append(doc)
        if page.name == "glossary":
            glossary += [(term, doc) for terms, link in page.glossary() if (doc := entry(page, link)) for term in terms]
    names = [n.lower() for n in candidates]
    for name, found in candidates.items():
        if any(name.lower().startswith(other) and name.lower() != other for other in names):
            continue
        named = [doc for doc in found if name.lower() in doc["title"].lower()]
        # several sections, none titled with it: the one that says it most often explains it
        counts = sorted(((doc["text"].count(name), i) for i, doc in enumerate(found)), reverse=True)
        best = [found[counts[0][1]]] if len(counts) > 1 and counts[0][0] > counts[1][0] else []
        chosen = named if len(named) == 1 else found if len(found) == 1 else best
        for doc in chosen:
            doc.setdefault("tags", []).append(name)
    for term, doc in glossary:  # the glossary names the section that explains each term
        # not `torchrun`: every query word is also a prefix, and `torch` is in most queries
        if term.lower().startswith("torch"):
            continue
        if term not in doc.setdefault("tags", []):
            doc["tags"].append(term)



def add_tags(site: Path, locale: str) -> None:
    """The cheat-sheet and glossary tags, into the index Material wrote for this language."""
    path = site / "search" / "search_index.json"
    if not path.exists():
        return
    index = json.loads(path.read_text(encoding="utf-8"))
    add_cheat_sheet_tags(index["docs"], locale)
    data = json.dumps(index, ensure_ascii=False, separators=(",", ":"))
    path.write_text(data, encoding="utf-8")


def worker(theme_dirs: list[str]) -> bytes:
    """The site's search worker, naming Material's (assets/javascripts/workers/search.<hash>.min.js)."""
    folders = [Path(d) / "assets" / "javascripts" / "workers" for d in theme_dirs]
    found = sorted({p.name for folder in folders for p in folder.glob("search.*.min.js")})
    if len(found) != 1:
        raise model.ModelError(Path(__file__).with_name("search_worker.js"), 1,
                               f"expected one search worker of Material's in the theme, found {found}")
    return Path(__file__).with_name("search_worker.js").read_text(encoding="utf-8").replace(
        "__MATERIAL_WORKER__", found[0]).encode()
