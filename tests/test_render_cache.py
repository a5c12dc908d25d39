"""The build caches of rendered pages (docs/hooks/render_cache.py) and of search entries
(docs/hooks/search_split.py): a page comes from the cache only when all that its render
reads is the same, and a build from the caches is the same site as one that rendered."""

from __future__ import annotations

import filecmp
from types import SimpleNamespace

import render_cache

import sitemodel
from support import build


def fake(tmp_path, markdown: str, snippet: str = "print(1)\n"):
    """A page, a configuration and a build's files, as much of them as the key reads."""
    (tmp_path / "t").mkdir(exist_ok=True)
    (tmp_path / "t" / "01_a.py").write_text(snippet, encoding="utf-8")
    where = SimpleNamespace(src_uri="t.en.md", dest_uri="t/index.html", url="t/")
    page = SimpleNamespace(markdown=markdown, file=where)
    config = {
        "markdown_extensions": ["toc", "pymdownx.snippets"],
        "mdx_configs": {"pymdownx.snippets": {"base_path": [str(tmp_path)]}},
        "use_directory_urls": True, "site_url": "https://example.invalid/", "docs_dir": "docs",
    }
    files = Files(SimpleNamespace(src_uri=x, dest_uri=x, url=x, inclusion="included") for x in ("t.en.md", "a.png"))
    return page, config, files


class Files(list):
    __hash__ = object.__hash__  # as MkDocs' Files: one object per build


PAGE = '# T\n\n```python\n--8<-- "t/01_a.py"\n```\n'


def test_the_key_follows_the_page_its_includes_and_the_files(tmp_path):
    key = render_cache._key(*fake(tmp_path, PAGE))
    assert key == render_cache._key(*fake(tmp_path, PAGE))
    assert key != render_cache._key(*fake(tmp_path, PAGE + "\nmore\n")), "the page's Markdown"
    assert key != render_cache._key(*fake(tmp_path, PAGE, snippet="print(2)\n")), "an included file"
    page, config, files = fake(tmp_path, PAGE)
    assert key != render_cache._key(page, config, Files(files[:1])), "the build's files (links resolve against them)"
    config["use_directory_urls"] = False
    assert key != render_cache._key(page, config, files), "the configuration"


def test_no_key_for_an_include_it_cannot_follow(tmp_path):
    assert render_cache._key(*fake(tmp_path, PAGE.replace("01_a.py", "02_missing.py"))) is None
    block = '```python\n--8<--\nt/01_a.py\n--8<--\n```\n'  # pymdownx.snippets' block form
    assert render_cache._key(*fake(tmp_path, block)) is None


def test_a_page_that_only_mentions_8_lt_is_kept(tmp_path):
    """The API index's table has `torch.int8</code>`: not a snippets marker."""
    assert render_cache._key(*fake(tmp_path, PAGE + "| <code>torch.int8</code> | [a](a.md) |\n")) is not None


def test_a_build_from_the_caches_is_the_site_that_rendered(site, tmp_path):
    """The session's build filled .cache/render/ and .cache/search/ (on a fresh clone) or
    read them; this one reads every page from them: the two sites are the same, file for
    file, search indexes included."""
    proc = build(tmp_path / "again")
    assert proc.returncode == 0, proc.stderr[-3000:]
    said = [x.split("render cache: ", 1)[1] for x in proc.stderr.splitlines() if "render cache: " in x]
    assert len(said) == len(sitemodel.languages()), proc.stderr[-3000:]
    assert all(x.endswith(" 0 rendered") for x in said), f"pages the render cache could not keep: {said}"
    compared = filecmp.dircmp(site, tmp_path / "again")
    differ = []

    def walk(c, where=""):
        differ.extend(f"{where}{x}" for x in c.left_only + c.right_only + c.diff_files + c.funny_files)
        for name, sub in c.subdirs.items():
            walk(sub, f"{where}{name}/")

    walk(compared)
    assert not differ, f"the build from the caches differs from the session's: {differ[:20]}"
