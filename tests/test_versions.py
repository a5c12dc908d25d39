"""Versions: mike deploys one version per torch minor (read from the torch pin, never typed),
each language under its own deploy prefix (/2.15/, /zh/2.15/) with its own versions.json, the
alias ``latest`` (redirect pages) and its default.

The deploy goes into a throwaway git repository (a copy of the project, no remote, nothing
pushed); the checks read the gh-pages branch with ``git``.
"""

from __future__ import annotations

import json
import os
import posixpath
import re
import subprocess
import sys
from pathlib import Path

import pytest

from pytorch_notes import model
from support import ENV, GIT_ENV, copy_project

VERSION = model.docs_version()
PREVIOUS = "0.1"  # an earlier version already on gh-pages, in every language


class GhPages:
    """Read-only view of the gh-pages branch of the throwaway repository."""

    def __init__(self, repo: Path):
        self.repo = repo
        # path -> mode of every entry
        out = self.git("ls-tree", "-r", "gh-pages")
        self.entries = {line.split("\t", 1)[1]: line.split()[0] for line in out.splitlines()}

    def git(self, *args: str) -> str:
        return subprocess.run(
            ["git", *args], cwd=self.repo, capture_output=True, text=True, check=True
        ).stdout

    def show(self, path: str) -> str:
        return self.git("show", f"gh-pages:{path}")


def in_branch(lang: model.Language, path: str = "") -> str:
    """Where a language's file is on gh-pages: 'zh/2.15/tensors/index.html'."""
    return posixpath.join(lang.deploy_prefix, path)


@pytest.fixture(scope="session")
def gh_pages(site, tmp_path_factory) -> GhPages:
    """The deploy workflow's step (python -m pytorch_notes deploy) on the site the tests built,
    into a throwaway repository whose gh-pages already holds an earlier version."""
    repo = tmp_path_factory.mktemp("mike") / "project"
    copy_project(repo)
    env = {**os.environ, **GIT_ENV, **ENV}

    def run(*cmd: str) -> None:
        proc = subprocess.run(cmd, cwd=repo, env=env, capture_output=True, text=True, check=False)
        assert proc.returncode == 0, f"{' '.join(cmd)} failed:\n{proc.stderr[-4000:]}"

    old = tmp_path_factory.mktemp("previous")
    (old / "index.html").write_text("<p>the previous version</p>", encoding="utf-8")
    for lang in model.languages():
        run(sys.executable, "-c", f"from mike import commands\nwith commands.deploy({{'site_dir': {str(old)!r}}}, "
            f"{PREVIOUS!r}, aliases=['latest'], update_aliases=True, deploy_prefix={lang.deploy_prefix!r}): pass")
    run(sys.executable, "-m", "pytorch_notes", "deploy", str(site))
    return GhPages(repo)


def config_of(html: str) -> dict:
    """Material's __config JSON of a page (holds the version selector settings)."""
    return json.loads(
        re.search(r'<script id="__config" type="application/json">(.*?)</script>', html, re.DOTALL).group(1)
    )


@pytest.mark.parametrize("lang", model.languages(), ids=lambda x: x.locale)
def test_version_comes_from_the_torch_pin(gh_pages, lang):
    assert model.pins()["torch"].startswith(VERSION + ".")
    versions = json.loads(gh_pages.show(in_branch(lang, "versions.json")))
    assert versions == [
        {"version": VERSION, "title": VERSION, "aliases": ["latest"]},
        {"version": PREVIOUS, "title": PREVIOUS, "aliases": []},
    ], versions
    assert in_branch(lang, f"{PREVIOUS}/index.html") in gh_pages.entries, "deploying removed the earlier version"


@pytest.mark.parametrize("lang", model.languages(), ids=lambda x: x.locale)
def test_latest_redirects_to_the_version_and_is_the_default(gh_pages, lang):
    """`latest` is redirect pages: a reader's address always names the version, as the pages'
    sitemap does (Material's instant navigation follows only what the sitemap lists)."""
    redirect = gh_pages.show(in_branch(lang, "latest/tensors/index.html"))
    assert f"../../{VERSION}/tensors/" in redirect, redirect[:400]
    assert "url=latest/" in gh_pages.show(in_branch(lang, "index.html")), "the language's root does not go to latest/"


@pytest.mark.parametrize("lang", model.languages(), ids=lambda x: x.locale)
def test_every_page_of_every_language_inside_its_version(gh_pages, lang):
    missing = [in_branch(lang, f"{VERSION}/{page.url}index.html") for page in model.pages(lang.locale)
               if in_branch(lang, f"{VERSION}/{page.url}index.html") not in gh_pages.entries]
    assert not missing, f"missing on gh-pages: {missing}"


def test_root_404_is_the_default_languages(gh_pages):
    """GitHub Pages serves only the root 404.html, for every missing URL of every version."""
    html = gh_pages.show("404.html")
    assert f'<html lang="{model.default_locale()}"' in html, "the root 404.html is not the default language's"
    assert html == gh_pages.show(f"{VERSION}/404.html")


@pytest.mark.parametrize("lang", model.languages(), ids=lambda x: x.locale)
def test_version_selector_finds_versions_json(gh_pages, lang):
    """Every language's pages have Material's selector (extra.version.provider: mike); it
    fetches ../versions.json from Material's `base`, the language's home in the version."""
    for stem in ("", "tensors/"):
        path = in_branch(lang, f"{VERSION}/{stem}index.html")
        config = config_of(gh_pages.show(path))
        assert (config.get("version") or {}).get("provider") == "mike", f"{path} has no version selector"
        wanted = os.path.normpath(os.path.join(posixpath.dirname(path), config["base"], "../versions.json"))
        assert wanted in gh_pages.entries, f"{path} has a version selector that fetches {wanted}, which does not exist"


@pytest.mark.parametrize("lang", model.languages(), ids=lambda x: x.locale)
def test_links_stay_inside_the_version(gh_pages, lang):
    """Every link of the version's pages, absolute or relative, stays in this version of some
    language (the language selector's included)."""
    versions = tuple(in_branch(other, VERSION) for other in model.languages())
    bad = []
    for path in (p for p in gh_pages.entries if p.startswith(in_branch(lang, f"{VERSION}/")) and p.endswith(".html")):
        for url in re.findall(r'(?:href|src)="([^"#?]*)', gh_pages.show(path)):
            if re.match(r"^[a-z][a-z0-9+.-]*:", url) or not url:
                continue  # another site, mail, data
            target = (url.removeprefix(model.site_path()) if url.startswith("/")
                      else posixpath.normpath(posixpath.join(posixpath.dirname(path), url)))
            if not target.startswith(versions):
                bad.append(f"{path}: {url} -> {target}")
    assert not bad, "links that leave the version:\n" + "\n".join(bad[:20])


@pytest.mark.parametrize("lang", model.languages(), ids=lambda x: x.locale)
def test_sitemap_urls_are_pages_of_the_version(gh_pages, lang):
    text = gh_pages.show(in_branch(lang, f"{VERSION}/sitemap.xml"))
    urls = re.findall(r"<loc>([^<]+)</loc>", text) + re.findall(r'<xhtml:link [^>]*href="([^"]+)"', text)
    home = model.languages()[0].url()
    bad = [u for u in urls if not u.startswith(home)
           or f"{u[len(home):]}index.html" not in gh_pages.entries or f"/{VERSION}/" not in u]
    assert urls and not bad, f"{lang.locale} sitemap.xml: URLs that are no page of the version:\n" + "\n".join(bad[:20])
