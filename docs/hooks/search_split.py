"""One search index per language.

mkdocs-static-i18n merges the search entries of every language into the root index
(site/search/search_index.json), so English and Chinese results mix. This splits it:
each language's index keeps only its own pages, and docs/overrides/main.html points
the pages of a language at its index. No plugin or theme option does this.

Each page's cheat-sheet names, per API, the section that explains it: that API's name,
when it is a class (`BatchNorm1d`) or an underscored function (`clip_grad_norm_`) rather
than a common word (`tensor`, `grad`; sitemodel.is_api_name), becomes a tag of that section's entry (Material
weighs tags above titles and text), so searching `BatchNorm1d` lands on the Modules
section that explains it, not on a page that merely mentions it. A name that several
cheat-sheets link to tags only the section whose heading names it; each glossary term
(both languages' words, but none starting with `torch`) tags the section its row links
to; among several sections none of whose headings names an API, the one whose text says
it most often gets the tag; a name that extends
another one (`LinearLR`, `SequentialLR`) is no tag: Material matches every query word as a
prefix too, so that tag would outrank the `Linear` section for the query `Linear`.

It also fixes one comparison in Material's search worker. A Chinese query is cut into
the words of the index by `fe()` in workers/search.*.min.js, which tries every
substring `t.slice(s, o)` for `o < t.length`: the query's last character never belongs
to any word, so 权重衰减 (one word of the index) is searched as 权重* and finds every page
that says 权重 (weights) before the page on weight decay. `o <= t.length` lets the last
word match. The published worker is Material's own with that one change; if a Material
upgrade changes the code, the build fails here instead of patching blindly.

And it lets Material's indexer read each page with its code blocks' Pygments markup left
out. The indexer (an HTMLParser in Python) keeps only the text of `<pre>` and `<code>`,
but parses every tag, and Pygments writes a `<span>` per token and two tags per line:
about 150,000 of the 180,000 tags of the site's pages, and a third of a warm build. The
entries come out identical (tests/test_site.py::test_search_reads_code_without_its_markup);
the pages themselves keep their markup. No option of Material's does this.
"""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority

import sitemodel

CODE_BLOCK_RE = re.compile(r"(<pre\b[^>]*>)(.*?)(</pre>)", re.S)
MARKUP_RE = re.compile(r"<(?!/?code\b)[^>]*>")  # every tag but <code>: text in code is escaped


def without_code_markup(html: str) -> str:
    """The HTML with every tag inside <pre> removed but <code>: the same text for the indexer."""
    return CODE_BLOCK_RE.sub(lambda m: m[1] + MARKUP_RE.sub("", m[2]) + m[3], html)


class _IndexedPage:
    """The page as Material's indexer reads it: its content without the code markup."""

    def __init__(self, page):
        self._page, self.content = page, without_code_markup(page.content)

    def __getattr__(self, name):
        return getattr(self._page, name)


ENTRIES = sitemodel.ROOT / ".cache" / "search"


def _toc(items) -> list:
    return [[x.title, x.id, x.url, x.level, _toc(x.children)] for x in items]


_user_dict: dict = {"path": "", "loaded": None}  # mkdocs.yml's search.jieba_dict_user, the text jieba has


@event_priority(100)  # before Material's search plugin reads its settings
def on_config(config, **kwargs):
    # Material loads search.jieba_dict_user in its on_config, and jieba loads its whole
    # dictionary (1.3 s) to add it. Only a page whose entries are not in .cache/search/
    # needs the word cut, so the user dictionary (mkdocs.yml) is loaded then (add_entries).
    search = config.plugins.get("material/search")
    if search is not None and search.config.get("jieba_dict_user"):
        _user_dict["path"] = search.config["jieba_dict_user"]
        search.config["jieba_dict_user"] = None
    return config


def user_dict_text() -> str:
    path = Path(_user_dict["path"] or "")
    return path.read_text(encoding="utf-8") if path.is_file() else ""


def entries_key(page, content: str, index) -> str:
    """All that Material's indexer reads of a page, and its settings (the Chinese word
    cut's dictionaries and the versions of Material and jieba included)."""
    parts = [
        page.url, page.title, json.dumps(page.meta, sort_keys=True, default=str), content,
        json.dumps(_toc(page.toc)), json.dumps(index.config, sort_keys=True, default=str),
        _user_dict["path"], user_dict_text(), sitemodel.REQUIREMENTS.read_text(encoding="utf-8"),
    ]
    return hashlib.sha256("\0".join(parts).encode()).hexdigest()


def add_entries(index, add, page) -> None:
    """Material's add_entry_from_context, reading the page without its code markup, and
    kept in .cache/search/: the indexer's HTML parser and the Chinese word cut (jieba,
    whose dictionary alone takes 1.3 s to load) run only for pages that changed."""
    indexed = _IndexedPage(page)
    path = ENTRIES / f"{entries_key(page, indexed.content, index)}.json"
    if path.is_file():
        index.entries.extend(json.loads(path.read_bytes()))
        return
    text = user_dict_text()
    if text and _user_dict["loaded"] != text:  # once, and again after an edit (`mkdocs serve`)
        import jieba

        jieba.load_userdict(_user_dict["path"])  # what Material's on_config would have done
        _user_dict["loaded"] = text
    before = len(index.entries)
    add(indexed)
    sitemodel.write_whole(path, json.dumps(index.entries[before:], ensure_ascii=False).encode())


@event_priority(100)
def on_pre_build(config, **kwargs):
    # Material's search plugin makes a new SearchIndex in each (language's) on_config.
    search = config.plugins.get("material/search")
    index = getattr(search, "search_index", None)
    if index is not None and "add_entry_from_context" not in vars(index):
        add = index.add_entry_from_context
        index.add_entry_from_context = lambda page: add_entries(index, add, page)


QUERY_CUT = ("for(let o=s+1;o<t.length;o++)t.slice(s,o)in e", "for(let o=s+1;o<=t.length;o++)t.slice(s,o)in e")


def fix_worker(site: Path) -> None:
    workers = sorted((site / "assets" / "javascripts" / "workers").glob("search.*.min.js"))
    if len(workers) != 1:
        raise PluginError(f"search_split: expected one Material search worker, found {workers}")
    code = workers[0].read_text(encoding="utf-8")
    if code.count(QUERY_CUT[0]) != 1:
        if code.count(QUERY_CUT[1]) == 1:
            return  # this build already wrote the fixed worker
        raise PluginError(f"search_split: Material's query segmentation changed in {workers[0].name}: "
                          "check whether its last-character bug is fixed, then drop QUERY_CUT")
    workers[0].write_text(code.replace(*QUERY_CUT), encoding="utf-8")


def add_cheat_sheet_tags(docs: list[dict], locale: str) -> None:
    by_location = {doc["location"]: doc for doc in docs}

    def entry(page: sitemodel.Page, link: str) -> dict | None:
        """The index entry of the section a page's link points at."""
        return by_location.get(page.url_of(link) or "")

    candidates: dict[str, list[dict]] = {}
    glossary: list[tuple[str, dict]] = []
    for page in sitemodel.pages(locale):
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


@event_priority(-200)  # after mkdocs-static-i18n's own post_build (-100), which merges
def on_post_build(config, **kwargs):
    # Runs after every language build; only the final pass (i18n no longer
    # building) has the merged entries.
    i18n = config.plugins.get("i18n")
    if i18n is None or getattr(i18n, "building", False):
        return
    site = Path(config.site_dir)
    root = site.parent if site.name in sitemodel.locales() else site
    fix_worker(root)
    index_path = root / "search" / "search_index.json"
    if not index_path.exists():
        return
    index = json.loads(index_path.read_text(encoding="utf-8"))
    for lang in sitemodel.languages():
        keep = [doc for doc in index["docs"] if sitemodel.language_of_path(doc["location"]) == lang.locale]
        add_cheat_sheet_tags(keep, lang.locale)
        out = root / lang.prefix / "search" / "search_index.json"
        out.parent.mkdir(parents=True, exist_ok=True)
        # Locations stay relative to the site root: Material resolves them against its
        # `base`, which is the site root on every language's pages.
        data = json.dumps(dict(index, docs=keep), ensure_ascii=False, separators=(",", ":"))
        out.write_text(data, encoding="utf-8")
        if config.plugins.get("material/offline") and config.plugins["material/offline"].config.enabled:
            # from file:// Material reads the index from a script (search_index.js), not JSON
            out.with_suffix(".js").write_text(f"var __index = {data}", encoding="utf-8")
