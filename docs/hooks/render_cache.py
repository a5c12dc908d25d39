"""Keeps each page's rendered Markdown in .cache/render/, so a build renders only the
pages whose inputs changed.

Why a hook: MkDocs renders every page's Markdown on every build, `mkdocs serve` after any
edit too: about 6 of the 11.6 s of a warm build of both languages (Pygments and the inline
patterns, the same snippets once per language). MkDocs has no render cache and no
maintained plugin keeps one, so this wraps the one place it renders, `Page.render`.

What a render reads, all of it in the key: the page's Markdown after the hooks'
on_page_markdown, the files its include lines name (the model's INCLUDE_LINE_RE), the
page's own paths, every file of the build with its URL (links are resolved and checked
against them), the configuration the Markdown extensions are made from, mkdocs.yml and
the installed versions (requirements.txt). What it leaves: the HTML, the table of
contents, the title, the anchors the page has and the anchor links it makes (MkDocs checks
those after every page is rendered, so that check still runs on cached pages).

Each language's build ends with one line saying how many pages came from the cache and
which were rendered; a page rendered in every build is a page this cannot key.

A render that logged anything (a warning: in a strict build, a failed build) is not kept,
and neither is one of a page with an include this cannot follow, or of a --verbose build
(MkDocs then keeps no anchor links). `make clean` empties the cache.
"""

from __future__ import annotations

import functools
import hashlib
import json
import logging
import pickle
from pathlib import Path

from mkdocs.structure.pages import Page

import sitemodel

VERSION = b"render-cache 1"
log = logging.getLogger("mkdocs.hooks.render_cache")
CACHE = sitemodel.ROOT / ".cache" / "render"
JINJA = sitemodel.ROOT / ".cache" / "jinja"
_render = Page.render  # MkDocs' own
_counts = {"read": 0, "rendered": []}  # of this language's build: pages read, pages rendered


class _Records(logging.Handler):
    def __init__(self):
        super().__init__(logging.INFO)
        self.seen = 0

    def emit(self, record):
        self.seen += 1


def _stable(obj) -> str:
    """The extension configuration as text without memory addresses (functions by name)."""

    def name(o):
        if isinstance(o, functools.partial):
            return [name(o.func), o.args, o.keywords]
        return f"{getattr(o, '__module__', '')}.{getattr(o, '__qualname__', type(o).__qualname__)}"

    return json.dumps(obj, sort_keys=True, default=name)


@functools.lru_cache(maxsize=8)
def _files_digest(files) -> bytes:
    """Every file of a build with its URL: hashed once per build (one Files object)."""
    rows = sorted((f.src_uri, f.dest_uri, f.url, str(f.inclusion)) for f in files)
    return hashlib.sha256(json.dumps(rows).encode()).digest()


def _includes(markdown: str, config) -> list[bytes] | None:
    """The bytes of every file the page's include lines name; None when the page has an
    include this does not follow (another snippets syntax) or that is missing."""
    bases = [Path(b) for b in config["mdx_configs"].get("pymdownx.snippets", {}).get("base_path", [])]
    out = []
    for line in markdown.splitlines():
        m = sitemodel.INCLUDE_LINE_RE.match(line)
        if not m:
            if sitemodel.SNIPPETS_MARK_RE.search(line):
                return None
            continue
        found = next((b / m["target"] for b in bases if (b / m["target"]).is_file()), None)
        if found is None:
            return None
        out.append(m["target"].encode() + b"\0" + found.read_bytes())
    return out


def _key(page: Page, config, files) -> str | None:
    included = _includes(page.markdown, config)
    if included is None:
        return None
    h = hashlib.sha256(VERSION)
    for part in (
        page.file.src_uri, page.file.dest_uri, page.file.url, page.markdown,
        _stable([config["markdown_extensions"], config["mdx_configs"]]),
        _stable([config["use_directory_urls"], config["site_url"], config["docs_dir"]]),
        sitemodel.MKDOCS_YML.read_text(encoding="utf-8"),
        sitemodel.REQUIREMENTS.read_text(encoding="utf-8"),
    ):
        h.update(str(part).encode() + b"\0")
    h.update(_files_digest(files))
    for blob in included:
        h.update(hashlib.sha256(blob).digest())
    return h.hexdigest()


def render(page: Page, config, files) -> None:
    """Page.render, from the cache when every input is the same as when it was kept."""
    key = _key(page, config, files) if logging.getLogger("mkdocs").getEffectiveLevel() > logging.DEBUG else None
    path = CACHE / f"{key}.pickle" if key else None
    if path and path.is_file():
        kept = pickle.loads(path.read_bytes())
        links = {files.get_file_from_path(src): anchors for src, anchors in kept["links_to_anchors"].items()}
        if None not in links:
            page.content, page.toc, page._title_from_render = kept["content"], kept["toc"], kept["title"]
            page.present_anchor_ids, page.links_to_anchors = kept["present_anchor_ids"], links
            _counts["read"] += 1
            return
    _counts["rendered"].append(page.file.src_uri)
    records = _Records()
    logging.getLogger("mkdocs").addHandler(records)
    try:
        _render(page, config, files)
    finally:
        logging.getLogger("mkdocs").removeHandler(records)
    if not path or records.seen:
        return
    kept = {
        "content": page.content, "toc": page.toc, "title": page._title_from_render,
        "present_anchor_ids": page.present_anchor_ids,
        "links_to_anchors": {f.src_uri: anchors for f, anchors in (page.links_to_anchors or {}).items()},
    }
    sitemodel.write_whole(path, pickle.dumps(kept))


def on_startup(command, dirty):
    Page.render = render


def on_env(env, config, files):
    # The theme's templates are compiled again by each language's build (a new Jinja
    # environment each, about 0.6 s of a warm build): Jinja's own bytecode cache keeps them,
    # keyed by each template's source, and MkDocs has no setting for it.
    from jinja2 import FileSystemBytecodeCache

    JINJA.mkdir(parents=True, exist_ok=True)
    env.bytecode_cache = FileSystemBytecodeCache(str(JINJA))
    return env


def on_post_build(config):
    # i18n builds each other language in its own post_build, which runs after this one
    # (hooks come first): so each language's build says its own counts
    if _counts["read"] or _counts["rendered"]:
        rendered = _counts["rendered"]
        log.info(f"render cache: {_counts['read']} pages read from .cache/render/, {len(rendered)} rendered"
                 + (f": {', '.join(rendered)}" if rendered else ""))
    _counts.update(read=0, rendered=[])
