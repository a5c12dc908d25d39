"""What the build publishes beyond the pages: each page's notebook in its language (executed
by the build, pytorch_notes/notebooks.py), its download and Colab links, the last-updated
date from git (mkdocs-git-revision-date-localized-plugin) and llms.txt."""

from __future__ import annotations

import datetime as dt
import re
import subprocess
from urllib.parse import urlsplit

import nbformat
import pytest
from babel.dates import format_date

from pytorch_notes import model
from pytorch_notes.notebooks import runs_in_kernel
from support import html_path

ROOT = model.ROOT
NOTEBOOK_PAGES = [p for p in model.pages() if p.includes()]


def notebook_of(site, page):
    return html_path(site, page).parent / f"{page.name}.{page.lang}.ipynb"


@pytest.mark.parametrize("page", NOTEBOOK_PAGES, ids=[p.src_uri for p in NOTEBOOK_PAGES])
def test_page_notebook_has_the_snippets_as_executed_cells(site, page):
    nb = nbformat.read(notebook_of(site, page), as_version=4)
    nbformat.validate(nb)
    code = [c for c in nb.cells if c.cell_type == "code"]
    snippets = [model.parse_snippet(model.SNIPPETS / i.target) for i in page.includes()]
    assert len(code) == len(snippets), f"{page.file}: {len(code)} code cells for {len(snippets)} snippets"
    shared = bool(page.meta.get("notebook"))
    for cell, snippet in zip(code, snippets, strict=True):
        want = snippet.cell_source() if shared else snippet.without_outputs()
        assert cell.source.strip() == model.DIRECTIVE_RE.sub("", want).strip(), snippet.id
        if not runs_in_kernel(snippet):  # CUDA here, or a program that starts processes
            assert not cell.outputs, f"{snippet.id}: a cell that cannot run here has outputs"
            continue
        printed = "".join(o.text for o in cell.outputs if o.output_type == "stream" and o.name == "stdout")
        assert model.output_matches(snippet, printed), f"{snippet.id}: {model.output_difference(snippet, printed)}"
    text = "\n".join(c.source for c in nb.cells if c.cell_type == "markdown")
    for heading in page.headings():
        assert heading.text in text, f"{page.file}: heading {heading.text!r} missing from the notebook"
    assert ".md" not in " ".join(re.findall(r"\]\(([^)]*)\)", text)), "page links left relative"


@pytest.mark.parametrize("page", NOTEBOOK_PAGES, ids=[p.src_uri for p in NOTEBOOK_PAGES])
def test_download_comes_first_then_colab(site, page):
    html = html_path(site, page).read_text(encoding="utf-8")
    m = re.search(r'<p class="notebook-links">(.*?)</p>', html)
    assert m, f"{page.file}: no notebook links"
    hrefs = re.findall(r'href="([^"]+)"', m.group(1))
    name = f"{page.name}.{page.lang}.ipynb"
    owner_repo = urlsplit(model.mkdocs_config()["repo_url"]).path.strip("/")
    lang = model.language(page.lang)
    where = "/".join(x for x in (lang.deploy_prefix, model.docs_version()) if x)
    colab = f"https://colab.research.google.com/github/{owner_repo}/blob/gh-pages/{where}/{page.url}{name}"
    assert hrefs == [name, colab], f"{page.file}: {hrefs}"
    assert f'download="{name}"' in m.group(1)


def test_notebook_page_shows_site_blocks(site):
    for page in (p for p in NOTEBOOK_PAGES if p.meta.get("notebook")):
        html = html_path(site, page).read_text(encoding="utf-8")
        assert "jp-" not in html and "notebook.css" not in html, f"{page.file}: JupyterLab markup left"
        assert html.count("notebook-output") >= len(page.includes()) - 1
        tags = [t for t in re.findall(r"<img\b[^>]*>", html) if re.search(r'src="[^"]+\.svg"', t)]
        assert tags, f"{page.file}: no figure"
        images = [(re.search(r'alt="([^"]*)"', t)[1], re.search(r'src="([^"]+)"', t)[1]) for t in tags]
        assert all('loading="lazy"' in t for t in tags), tags  # fetched when scrolled to
        for alt, src in images:
            assert len(alt) > 20 and "No description" not in alt, (src, alt)
            assert (html_path(site, page).parent / src).read_text(encoding="utf-8").lstrip().startswith("<?xml")


def git_date(path) -> dt.date:
    """The page's last change: renames (a page moved to docs/<lang>/) are no change of its text."""
    out = subprocess.run(["git", "log", "-1", "--follow", "--diff-filter=r", "--format=%at", "--", str(path)], cwd=ROOT,
                         capture_output=True, text=True, check=True).stdout.strip()
    return dt.datetime.fromtimestamp(int(out), dt.UTC).date()


def test_last_updated_is_the_pages_last_commit_in_its_language(site):
    shallow = subprocess.run(["git", "rev-parse", "--is-shallow-repository"], cwd=ROOT,
                             capture_output=True, text=True, check=True).stdout.strip()
    assert shallow == "false", "shallow clone: every page's date would be its last fetched commit's (fetch-depth: 0)"
    for page in model.pages():
        html = html_path(site, page).read_text(encoding="utf-8")
        shown = re.search(r'git-revision-date-localized-plugin-date"[^>]*>([^<]+)<', html)
        assert shown, f"{page.file}: no last-updated date"
        want = git_date(page.path)
        assert shown.group(1) == format_date(want, "long", locale=page.lang), (page.file, shown.group(1), want)


@pytest.mark.parametrize("lang", model.languages(), ids=lambda x: x.locale)
def test_llms_txt_lists_every_page_of_its_language(site, lang):
    index = (site / lang.locale / "llms.txt").read_text(encoding="utf-8")
    full = (site / lang.locale / "llms-full.txt").read_text(encoding="utf-8")
    assert index.startswith(f"# {lang.setting('site_name')}\n\n> {lang.setting('site_description')}\n"), index[:200]
    for page in model.pages(lang.locale):
        assert f"{model.deployed_url(lang)}{page.url}index.md)" in index, f"{lang.locale} llms.txt lacks {page.file}"
        md = (site / lang.locale / page.url / "index.md").read_text(encoding="utf-8")
        assert "--8<--" not in md, page.file
        assert page.headings()[0].text in md, page.file
        for inc in page.includes():
            code = (model.SNIPPETS / inc.target).read_text(encoding="utf-8").strip()
            assert code in md and code in full, f"{page.file}: {inc.target} not inlined"
    assert "--8<--" not in full
