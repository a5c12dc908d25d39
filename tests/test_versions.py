"""Versions: mike deploys one version per torch minor (read from the torch pin, never
typed), with the alias ``latest``; each version holds both languages (/2.14/, /2.14/zh/).

The deploy goes into a throwaway git repository (a copy of the project, no remote,
nothing pushed); the checks read the gh-pages branch with ``git``.

Run as a script, this file prints the version: the deploy workflow uses it.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from urllib.parse import urljoin, urlsplit

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "docs" / "hooks"))
from tested_with import read_pins  # docs/hooks/tested_with.py


def docs_version() -> str:
    """'2.14' for torch==2.14.1 (or 2.14.1+cpu)."""
    major, minor = re.match(r"(\d+)\.(\d+)", read_pins()["torch"]).groups()
    return f"{major}.{minor}"


if __name__ == "__main__":
    print(docs_version())
    sys.exit(0)

import pytest

VERSION = docs_version()
GIT_ENV = {
    "GIT_AUTHOR_NAME": "test",
    "GIT_AUTHOR_EMAIL": "test@example.invalid",
    "GIT_COMMITTER_NAME": "test",
    "GIT_COMMITTER_EMAIL": "test@example.invalid",
    "GIT_CONFIG_GLOBAL": os.devnull,
    "GIT_CONFIG_NOSYSTEM": "1",
}


def site_url() -> str | None:
    """site_url of mkdocs.yml, or None."""
    text = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    m = re.search(r"^site_url:\s*['\"]?([^'\"\s]+)", text, re.MULTILINE)
    return m.group(1) if m else None


def site_path() -> str:
    """Where the site lives on its host: '/pytorch-notes/' for a project site, else '/'."""
    return urlsplit(site_url() or "/").path


def mount(site: Path, www: Path) -> Path:
    """A web root serving `site` under site_path(), as GitHub Pages does, so absolute links
    (/pytorch-notes/…) resolve: `www` with a link to `site`, or `site` itself for '/'."""
    if site_path() == "/":
        return site
    (www / site_path().strip("/")).parent.mkdir(parents=True, exist_ok=True)
    (www / site_path().strip("/")).symlink_to(site)
    return www


def copy_project(dest: Path) -> None:
    """The working tree as git sees it: tracked and new files, nothing .gitignore'd."""
    listed = subprocess.run(
        ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split("\0")
    for name in filter(None, listed):
        if (ROOT / name).is_file():
            (dest / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(ROOT / name, dest / name)


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
def gh_pages(tmp_path_factory) -> GhPages:
    repo = tmp_path_factory.mktemp("mike") / "project"
    copy_project(repo)
    env = {**os.environ, **GIT_ENV, "NO_MKDOCS_2_WARNING": "1", "HF_HUB_OFFLINE": "1"}
    env["PATH"] = f"{Path(sys.executable).parent}{os.pathsep}{env['PATH']}"  # mike runs `mkdocs`

    def run(*cmd: str) -> None:
        proc = subprocess.run(cmd, cwd=repo, env=env, capture_output=True, text=True, check=False)
        assert proc.returncode == 0, f"{' '.join(cmd)} failed:\n{proc.stderr[-4000:]}"

    run("git", "init", "--quiet", "--initial-branch=main")
    run("git", "add", "--all")
    run("git", "commit", "--quiet", "--message=snapshot")
    run("mike", "deploy", "--update-aliases", VERSION, "latest")
    run("mike", "set-default", "latest")
    return GhPages(repo)


def config_of(html: str) -> dict:
    """Material's __config JSON of a page (holds the version selector settings)."""
    return json.loads(
        re.search(r'<script id="__config" type="application/json">(.*?)</script>', html, re.DOTALL).group(1)
    )


def test_version_comes_from_the_torch_pin(gh_pages):
    assert read_pins()["torch"].startswith(VERSION + ".")
    versions = json.loads(gh_pages.show("versions.json"))
    assert versions == [{"version": VERSION, "title": VERSION, "aliases": ["latest"]}], versions


def test_latest_alias_and_default(gh_pages):
    assert gh_pages.entries.get("latest") == "120000", "latest is not an alias (symlink) on gh-pages"
    assert gh_pages.show("latest") == VERSION, "latest points elsewhere"
    assert "url=latest/" in gh_pages.show("index.html"), "the site root does not redirect to latest/"


@pytest.mark.parametrize("stem", ["", "tensors/"])
@pytest.mark.parametrize("lang", ["", "zh/"])
def test_version_holds_both_languages(gh_pages, lang, stem):
    path = f"{VERSION}/{lang}{stem}index.html"
    assert path in gh_pages.entries, f"{path} is not on gh-pages"


def test_every_page_in_both_languages_inside_the_version(gh_pages):
    stems = [p.name[: -len(".en.md")] for p in (ROOT / "docs").glob("*.en.md")]
    missing = [
        f"{VERSION}/{lang}{'' if s == 'index' else s + '/'}index.html"
        for s in stems
        for lang in ("", "zh/")
        if f"{VERSION}/{lang}{'' if s == 'index' else s + '/'}index.html" not in gh_pages.entries
    ]
    assert not missing, f"missing on gh-pages: {missing}"


def test_version_selector_finds_versions_json(gh_pages):
    """Material's selector (extra.version.provider: mike) fetches <language root>/../versions.json."""
    assert (config_of(gh_pages.show(f"{VERSION}/index.html")).get("version") or {}).get(
        "provider"
    ) == "mike", "no version selector: mkdocs.yml lacks `extra: version: provider: mike`"
    for root in (f"{VERSION}/", f"{VERSION}/zh/"):
        if config_of(gh_pages.show(f"{root}index.html")).get("version"):
            wanted = os.path.normpath(f"{root}../versions.json")
            assert wanted in gh_pages.entries, (
                f"{root}index.html has a version selector that fetches {wanted}, which does not exist"
            )


def test_links_stay_inside_the_version(gh_pages):
    """Absolute links (the language switcher on home pages) must keep the version."""
    inside = f"{site_path()}{VERSION}/"
    bad = []
    for path in (p for p in gh_pages.entries if p.startswith(f"{VERSION}/") and p.endswith(".html")):
        for url in re.findall(r'(?:href|src)="(/[^/"][^"]*|/)"', gh_pages.show(path)):
            if not url.startswith(inside):
                bad.append(f"{path}: {url}")
    assert not bad, f"links that leave {inside} (set site_url in mkdocs.yml):\n" + "\n".join(bad[:20])


def test_sitemap_urls_are_pages_of_the_version(gh_pages):
    base = site_url()
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
