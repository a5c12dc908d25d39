"""Versions: mike deploys one version per torch minor (read from the torch pin, never
typed), with the alias ``latest``; each version holds both languages (/2.14/, /2.14/zh/).

The deploy goes into a throwaway git repository (a copy of the project, no remote,
nothing pushed); the checks read the gh-pages branch with ``git``.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path
from urllib.parse import urljoin

import pytest

import sitemodel
from support import ENV, GIT_ENV, copy_project

ROOT = sitemodel.ROOT
VERSION = sitemodel.docs_version()
PREVIOUS = "0.1"  # an earlier version already on gh-pages
LANG_ROOTS = [lang.prefix for lang in sitemodel.languages()]  # '', 'zh/'


class GhPages:
    """Read-only view of the gh-pages branch of the throwaway repository."""

    def __init__(self, repo: Path):
        self.repo = repo
        # path -> mode of every entry (an alias is a symlink: mode 120000)
        out = self.git("ls-tree", "-r", "gh-pages")
        self.entries = {line.split("\t", 1)[1]: line.split()[0] for line in out.splitlines()}

    def git(self, *args: str) -> str:
        return subprocess.run(
            ["git", *args], cwd=self.repo, capture_output=True, text=True, check=True
        ).stdout

    def show(self, path: str) -> str:
        return self.git("show", f"gh-pages:{path}")


@pytest.fixture(scope="session")
def gh_pages(site, tmp_path_factory) -> GhPages:
    """The deploy workflow's step (docs/hooks/deploy.py) on the site the tests built, into
    a throwaway repository whose gh-pages already holds an earlier version."""
    repo = tmp_path_factory.mktemp("mike") / "project"
    copy_project(repo)
    env = {**os.environ, **GIT_ENV, **ENV}

    def run(*cmd: str) -> None:
        proc = subprocess.run(cmd, cwd=repo, env=env, capture_output=True, text=True, check=False)
        assert proc.returncode == 0, f"{' '.join(cmd)} failed:\n{proc.stderr[-4000:]}"

    old = tmp_path_factory.mktemp("previous")
    (old / "index.html").write_text("<p>the previous version</p>", encoding="utf-8")
    run(sys.executable, "-c", f"from mike import commands\nwith commands.deploy({{'site_dir': {str(old)!r}}}, "
        f"{PREVIOUS!r}, aliases=['latest'], update_aliases=True): pass")
    run(sys.executable, str(ROOT / "docs" / "hooks" / "deploy.py"), str(site))
    return GhPages(repo)


def config_of(html: str) -> dict:
    """Material's __config JSON of a page (holds the version selector settings)."""
    return json.loads(
        re.search(r'<script id="__config" type="application/json">(.*?)</script>', html, re.DOTALL).group(1)
    )


def test_version_comes_from_the_torch_pin(gh_pages):
    assert sitemodel.pins()["torch"].startswith(VERSION + ".")
    versions = json.loads(gh_pages.show("versions.json"))
    assert versions == [
        {"version": VERSION, "title": VERSION, "aliases": ["latest"]},
        {"version": PREVIOUS, "title": PREVIOUS, "aliases": []},
    ], versions
    assert f"{PREVIOUS}/index.html" in gh_pages.entries, "deploying removed the earlier version"


def test_latest_alias_and_default(gh_pages):
    assert gh_pages.entries.get("latest") == "120000", "latest is not an alias (symlink) on gh-pages"
    assert gh_pages.show("latest") == VERSION, "latest points elsewhere"
    assert "url=latest/" in gh_pages.show("index.html"), "the site root does not redirect to latest/"


@pytest.mark.parametrize("stem", ["", "tensors/"])
@pytest.mark.parametrize("lang", LANG_ROOTS)
def test_version_holds_both_languages(gh_pages, lang, stem):
    path = f"{VERSION}/{lang}{stem}index.html"
    assert path in gh_pages.entries, f"{path} is not on gh-pages"


def test_every_page_in_both_languages_inside_the_version(gh_pages):
    missing = [
        f"{VERSION}/{page.url}index.html"
        for page in sitemodel.pages()
        if f"{VERSION}/{page.url}index.html" not in gh_pages.entries
    ]
    assert not missing, f"missing on gh-pages: {missing}"


def test_root_404_is_the_default_languages(gh_pages):
    """GitHub Pages serves only the root 404.html, for every missing URL of every version."""
    html = gh_pages.show("404.html")
    assert f'<html lang="{sitemodel.default_locale()}"' in html, "the root 404.html is not the default language's"
    assert html == gh_pages.show(f"{VERSION}/404.html")


def test_version_selector_finds_versions_json(gh_pages):
    """Every language's pages have Material's selector (extra.version.provider: mike); it
    fetches ../versions.json from Material's `base`, the site root on every page."""
    for root in (f"{VERSION}/{prefix}" for prefix in LANG_ROOTS):
        for stem in ("", "tensors/"):
            html = gh_pages.show(f"{root}{stem}index.html")
            assert (config_of(html).get("version") or {}).get("provider") == "mike", (
                f"{root}{stem}index.html has no version selector"
            )
            base = config_of(html)["base"]
            wanted = os.path.normpath(os.path.join(f"{root}{stem}", base, "../versions.json"))
            assert wanted in gh_pages.entries, (
                f"{root}{stem}index.html has a version selector that fetches {wanted}, which does not exist"
            )


def test_links_stay_inside_the_version(gh_pages):
    """Absolute links (the language switcher on home pages) must keep the version."""
    inside = f"{sitemodel.site_path()}{VERSION}/"
    bad = []
    for path in (p for p in gh_pages.entries if p.startswith(f"{VERSION}/") and p.endswith(".html")):
        for url in re.findall(r'(?:href|src)="(/[^/"][^"]*|/)"', gh_pages.show(path)):
            if not url.startswith(inside):
                bad.append(f"{path}: {url}")
    assert not bad, f"links that leave {inside} (set site_url in mkdocs.yml):\n" + "\n".join(bad[:20])


def test_sitemap_urls_are_pages_of_the_version(gh_pages):
    base = sitemodel.mkdocs_config().get("site_url")
    assert base, "mkdocs.yml has no site_url: the sitemap holds 'None…' URLs"
    text = gh_pages.show(f"{VERSION}/sitemap.xml")
    urls = re.findall(r"<loc>([^<]+)</loc>", text) + re.findall(r'<xhtml:link [^>]*href="([^"]+)"', text)
    version_url = urljoin(base, f"{VERSION}/")
    bad = [
        u
        for u in urls
        if not u.startswith(version_url)
        or f"{VERSION}/{u[len(version_url) :]}index.html" not in gh_pages.entries
    ]
    assert urls and not bad, f"{VERSION}/sitemap.xml: URLs that are no page of the version:\n" + "\n".join(
        bad[:20]
    )
