"""What the tests and `make bench` share (not a test module): the strict build, the
site mounted under site_url's path, a copy of the project, and the real browser."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import sitemodel

ROOT = sitemodel.ROOT
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
# Material's search worker builds the language's whole index (which the page fetches and
# hands it) on every page load: 0.6-0.8 CPU-s of a load's 1.7-2 in Chromium (measured on
# six pages, with and without).
# A test that reads no search result loads its pages with an empty worker instead (no index
# built; the rest of the page is the reader's). The search tests, the offline bundle's, and
# the page sweep's axe pages, each language's (tests/test_quality.py), load the real one.
SEARCH_WORKER_RE = re.compile(r"/assets/javascripts/workers/search\.[0-9a-f]+\.min\.js(?:\?|$)")


def without_search(page):
    page.route(SEARCH_WORKER_RE, lambda route: route.fulfill(body="", content_type="text/javascript"))
    return page


SIZES = {"phone": {"width": 390, "height": 844}, "desktop": {"width": 1440, "height": 900}}  # viewports


def shared_dir(tmp_path_factory) -> Path:
    """A folder every xdist worker of this test session shares (basetemp's parent there)."""
    base = tmp_path_factory.getbasetemp()
    return base.parent if os.environ.get("PYTEST_XDIST_WORKER") else base


ENV = {"NO_MKDOCS_2_WARNING": "1", "HF_HUB_OFFLINE": "1", "PYTHONDONTWRITEBYTECODE": "1"}


def build(dest: Path, *args: str, cwd: Path = ROOT, env: dict | None = None) -> subprocess.CompletedProcess:
    """The strict build, made for mike as version sitemodel.docs_version() (what the deploy
    publishes): pass env={"MIKE_DOCS_VERSION": ""} for a plain build."""
    env = {"MIKE_DOCS_VERSION": sitemodel.docs_version(), **(env or {})}
    env = {k: v for k, v in env.items() if v}
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(dest), *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        env={**{k: v for k, v in os.environ.items() if k != "MIKE_DOCS_VERSION"}, **ENV, **env},
        check=False,
    )


def mount(site: Path, www: Path) -> tuple[Path, str]:
    """A web root serving `site` where GitHub Pages serves it, so absolute links resolve:
    under site_url's path, and for a site built for mike under <version>/ with the
    versions.json mike writes beside it. Returns (web root, the site's URL path)."""
    version = sitemodel.built_version(site)
    path = sitemodel.site_path().strip("/")
    where = www / path / version if version else www / path
    where.parent.mkdir(parents=True, exist_ok=True)
    where.symlink_to(site)
    if version:
        versions = [{"version": version, "title": version, "aliases": ["latest"]}]
        (where.parent / "versions.json").write_text(json.dumps(versions), encoding="utf-8")
    return www, "/" + "/".join(x for x in (path, version) if x) + "/"


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


def html_path(site: Path, page: sitemodel.Page) -> Path:
    return site / page.url / "index.html"
