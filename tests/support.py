"""What the tests and `make bench` share (not a test module): the site built and served as it
is published, a copy of the project, and the real browser."""

from __future__ import annotations

import http.server
import json
import os
import re
import shutil
import subprocess
import threading
from dataclasses import dataclass
from pathlib import Path

from pytorch_notes import model, serve

ROOT = model.ROOT
CHROMIUM = "/usr/bin/chromium"  # Debian's; `make test` installs it. Never `playwright install`.
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
# The host name the browser reaches the served site at. The site is served on a free port of
# 127.0.0.1, and Chromium maps this name to it (--host-resolver-rules): the pages' addresses
# then have no port, as the published site's have none, so its sitemap.xml (whose host
# Material replaces by the page's, but not its port) lists them, and Material's instant
# navigation, which follows only addresses its sitemap lists, works as it does for readers.
# .test is reserved (RFC 2606): no preloaded HTTPS, no real host of that name.
SITE_HOST = "notes.test"
# Material's search worker builds the language's whole index (which the page fetches and
# hands it) on every page load: 0.6-0.8 CPU-s of a load's 1.7-2 in Chromium (measured on
# six pages, with and without).
# A test that reads no search result loads its pages with an empty worker instead (no index
# built; the rest of the page is the reader's). The search tests, the offline bundle's, the
# instant-navigation test and the page sweep's axe pages, each language's
# (tests/test_quality.py), load the real one.
SEARCH_WORKER_RE = re.compile(r"/assets/javascripts/workers/search\.[0-9a-f]+\.min\.js(?:\?|$)")


def without_search(page):
    page.route(SEARCH_WORKER_RE, lambda route: route.fulfill(body="", content_type="text/javascript"))
    return page


def chromium_args(port: int) -> list[str]:
    """The browser of the tests: SITE_HOST is 127.0.0.1:port, and a secure origin (as the
    published https site is: the copy button's clipboard needs one)."""
    return [*CHROMIUM_ARGS, f"--host-resolver-rules=MAP {SITE_HOST} 127.0.0.1:{port}",
            f"--unsafely-treat-insecure-origin-as-secure=http://{SITE_HOST}"]


SIZES = {"phone": {"width": 390, "height": 844}, "desktop": {"width": 1440, "height": 900}}  # viewports


def shared_dir(tmp_path_factory) -> Path:
    """A folder every xdist worker of this test session shares (basetemp's parent there)."""
    base = tmp_path_factory.getbasetemp()
    return base.parent if os.environ.get("PYTEST_XDIST_WORKER") else base


ENV = {"NO_MKDOCS_2_WARNING": "1", "HF_HUB_OFFLINE": "1", "PYTHONDONTWRITEBYTECODE": "1"}


@dataclass
class Served:
    """The built site served where GitHub Pages serves it: each language under its deploy
    prefix and version (/pytorch-notes/2.15/, /pytorch-notes/zh/2.15/), mike's versions.json
    next to each language's versions."""

    server: http.server.ThreadingHTTPServer
    version: str | None

    @property
    def port(self) -> int:
        return self.server.server_address[1]

    def url(self, lang: str | model.Language, path: str = "") -> str:
        """The address of a page of a language, as the browser reaches it: url("zh", "tensors/")."""
        lang = lang if isinstance(lang, model.Language) else model.language(lang)
        return f"http://{SITE_HOST}{lang.root(self.version)}{path}"

    def lang_of(self, url: str) -> str:
        """The language an address of the site belongs to (the longest home it starts with)."""
        homes = sorted(model.languages(), key=lambda x: -len(self.url(x)))
        return next(x.locale for x in homes if url.startswith(self.url(x)))

    def path_of(self, url: str) -> str:
        """An address's page path inside its language ('tensors/'), without query or fragment."""
        return url.removeprefix(self.url(self.lang_of(url))).split("#")[0].split("?")[0]

    def close(self) -> None:
        self.server.shutdown()


def serve_site(site: Path, quiet: bool = True, handler_class=None) -> Served:
    """Serve a build of every language (site/<lang>/) on a free port of 127.0.0.1, as mike
    deploys it: for a site built for a version, with the versions.json mike writes."""
    version = model.built_version(site / model.default_locale())
    roots = {lang.root(version): site / lang.locale for lang in model.languages()}
    extra = {}
    if version:
        listing = json.dumps([{"version": version, "title": version, "aliases": ["latest"]}]).encode()
        extra = {f"{lang.root()}versions.json": listing for lang in model.languages()}
    handler = serve.handler(roots, extra, quiet=quiet) if handler_class is None else handler_class(roots, extra)
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return Served(server, version)


def mount(site: Path, www: Path) -> Path:
    """A web root holding the built languages where the site has them (symbolic links), for
    tools that read files rather than a server: www/pytorch-notes/2.15 -> site/en, …"""
    version = model.built_version(site / model.default_locale())
    for lang in model.languages():
        where = www / lang.root(version).strip("/")
        where.parent.mkdir(parents=True, exist_ok=True)
        where.symlink_to(site / lang.locale)
    return www


GIT_ENV = {  # a throwaway repository's identity, untouched by the machine's git config
    "GIT_AUTHOR_NAME": "test",
    "GIT_AUTHOR_EMAIL": "test@example.invalid",
    "GIT_COMMITTER_NAME": "test",
    "GIT_COMMITTER_EMAIL": "test@example.invalid",
    "GIT_CONFIG_GLOBAL": os.devnull,
    "GIT_CONFIG_NOSYSTEM": "1",
}


def copy_project(dest: Path) -> None:
    """The working tree as git sees it (tracked and new files, nothing .gitignore'd) in a
    clone of this repository, with what is not committed yet committed on top: the build
    reads each page's date from its history."""
    env = {**os.environ, **GIT_ENV}

    def git(*cmd: str, cwd: Path = dest) -> str:
        return subprocess.run(["git", *cmd], cwd=cwd, env=env, capture_output=True, text=True, check=True).stdout

    git("clone", "--quiet", "--no-checkout", "--single-branch", str(ROOT), str(dest), cwd=ROOT)
    for name in filter(None, git("ls-files", "-z", "--cached", "--others", "--exclude-standard", cwd=ROOT).split("\0")):
        if (ROOT / name).is_file():
            (dest / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(ROOT / name, dest / name)
    git("add", "--all")
    git("commit", "--quiet", "--allow-empty", "-m", "the working tree")


QUESTIONS = ROOT / "tests" / "questions.tsv"


@dataclass(frozen=True)
class Question:
    """A question readers ask, as one of them types it into the search box, and the section
    of the site that answers it (tests/questions.tsv: researched on Q&A sites, forums, issue
    trackers and Chinese communities; source_url says where)."""

    line: int
    lang: str
    page: str  # the page's name: 'tensors'
    anchor: str  # the section's heading id, '' for the page itself
    query: str
    question: str
    source_url: str

    @property
    def target(self) -> str:
        """Where the answer is, as a result's path: 'tensors/#view-vs-reshape'."""
        return model.page_url(self.page) + (f"#{self.anchor}" if self.anchor else "")


def questions() -> list[Question]:
    import csv

    with QUESTIONS.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f, delimiter="\t"))
    return [Question(i, r["lang"], r["page"], r["anchor"], r["query"], r["question"], r["source_url"])
            for i, r in enumerate(rows, 2)]


def html_path(site: Path, page: model.Page) -> Path:
    return site / page.lang / page.url / "index.html"
