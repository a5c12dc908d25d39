"""The built site: one strict build of every language, then checks on its files."""

from __future__ import annotations

import html
import json
import re
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urlparse

from pytorch_notes import model
from support import html_path

LOCAL_HOSTS = {"", "127.0.0.1", "localhost"}


def test_strict_build_of_every_language(site):
    missing = [str(html_path(site, page).relative_to(site)) for page in model.pages()
               if not html_path(site, page).exists()]
    assert not missing, f"pages missing from the build: {missing}"


class _Requests(HTMLParser):
    """Collect every URL the browser would fetch on load (not plain links)."""

    def __init__(self):
        super().__init__()
        self.urls: list[str] = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag in {"script", "img", "iframe", "source", "video", "audio", "embed"} and a.get("src"):
            self.urls.append(a["src"])
        if tag == "link" and a.get("href"):
            rel = set((a.get("rel") or "").split())
            fetched = {"stylesheet", "preload", "prefetch", "preconnect", "dns-prefetch", "icon", "manifest"}
            if rel & (fetched | {"modulepreload"}):
                self.urls.append(a["href"])
        if tag == "object" and a.get("data"):
            self.urls.append(a["data"])


def test_no_third_party_requests(site):
    offenders = []
    for page in sorted(site.rglob("*.html")):
        parser = _Requests()
        parser.feed(page.read_text(encoding="utf-8"))
        text = page.read_text(encoding="utf-8")
        urls = parser.urls + re.findall(r"@import\s+url\(['\"]?(https?://[^'\")]+)", text)
        for url in urls:
            host = urlparse(url).hostname or ""
            if url.startswith("//") or host not in LOCAL_HOSTS:
                offenders.append(f"{page.relative_to(site)}: {url}")
    for css in sorted(site.rglob("*.css")):
        for url in re.findall(r"url\(['\"]?((?:https?:)?//[^'\")]+)", css.read_text(encoding="utf-8")):
            offenders.append(f"{css.relative_to(site)}: {url}")
    assert not offenders, "third-party requests on page load:\n" + "\n".join(offenders[:50])


def test_search_index_per_language(site):
    """Each language's build has its own index (Material's search plugin, one build each)."""
    cjk = re.compile(r"[\u4e00-\u9fff]")
    pages = {lang.locale: {p.url for p in model.pages(lang.locale) if not (p.meta.get("search") or {}).get("exclude")}
             for lang in model.languages()}
    for lang in model.languages():
        index = json.loads((site / lang.locale / "search" / "search_index.json").read_text(encoding="utf-8"))
        assert index["docs"], f"{lang.locale}/search/search_index.json is empty"
        assert index["config"]["lang"] == [lang.locale]
        assert {d["location"].split("#")[0] for d in index["docs"]} == pages[lang.locale]
        if lang.locale in model.UNSPACED_LOCALES:
            assert all(cjk.search(d["title"] + d["text"]) for d in index["docs"] if d["location"] == "")
            # jieba segmented the text (zero-width spaces between words), and the separator
            # splits on them: without both, Chinese queries find nothing.
            assert any("\u200b" in d["text"] for d in index["docs"])
            assert "\\u200b" in index["config"]["separator"]
        else:
            assert not [d["title"] for d in index["docs"] if cjk.search(d["title"])], f"Chinese titles in {lang.locale}"


def code_lines(snippet: model.Snippet) -> list[str]:
    """A snippet's lines of code as a page shows them (its outputs out: model's
    without_outputs), without comments, whole or trailing."""
    lines = (line.strip() for line in snippet.without_outputs().splitlines())
    return [line.split("  #")[0] for line in lines if line and not line.startswith("#")]


def test_search_skips_code_and_reads_prose(site):
    """pytorch_notes/search.py: snippet blocks are left out of the index, their explanation is in it."""
    index = json.loads((site / "en" / "search" / "search_index.json").read_text(encoding="utf-8"))
    text = " ".join(d["text"] for d in index["docs"])
    assert "compat-strip" not in text
    pages = model.pages("en")
    prose = "\n".join(page.path.read_text(encoding="utf-8") for page in pages)
    indexed = []  # each snippet's longest line of code, unless some page's prose quotes it too
    for include in (include for page in pages for include in page.includes()):
        line = max(code_lines(model.snippet_at(model.SNIPPETS / include.target)), key=len)
        if line not in prose and html.escape(line, quote=False) in text:
            indexed.append(f"{include.target}: {line}")
    assert not indexed, indexed
    assert any(d["location"] == "tensors/#broadcasting" and "broadcast" in d["text"] for d in index["docs"])
    assert not any(d.get("tags") for d in index["docs"])


def test_tested_with_comes_from_the_pins(site):
    """The "tested with" line is on every page that shows snippets, and only there."""
    torch_pin = model.pins()["torch"]
    for page in model.pages():
        html = html_path(site, page).read_text(encoding="utf-8")
        if page.includes() and not page.meta.get("no_tested_with"):
            assert f'data-torch="{torch_pin}"' in html, f"{page.file} lacks 'tested with torch {torch_pin}'"
        else:
            assert 'class="tested-with"' not in html, f"{page.file} shows no snippet but says 'tested with'"


def test_every_page_names_its_translations_in_the_sitemap(site):
    """hreflang: each language's sitemap.xml lists, for every page, the same page in every
    language (docs/theme/sitemap.xml); the head's alternates are the languages' homes
    (Material's selector)."""
    version = model.built_version(site / model.default_locale())
    for lang in model.languages():
        sitemap = (site / lang.locale / "sitemap.xml").read_text(encoding="utf-8")
        for page in model.pages(lang.locale):
            loc = f"<loc>{lang.url(version)}{page.url}</loc>"
            assert loc in sitemap, f"{lang.locale}/sitemap.xml lacks {loc}"
            entry = sitemap[sitemap.index(loc):].split("</url>")[0]
            alternates = dict(re.findall(r'hreflang="([^"]+)" href="([^"]+)"', entry))
            assert alternates == {x.locale: f"{x.url(version)}{page.url}" for x in model.languages()}, entry
        home = (site / lang.locale / "index.html").read_text(encoding="utf-8")
        heads = dict(re.findall(r'<link rel="alternate" href="([^"]+)" hreflang="([^"]+)"', home))
        assert sorted(heads.values()) == sorted(model.locales()), heads


def config_block(template: str) -> str:
    """A template's `{% block config %}`, its lines stripped, without the "search" line."""
    block = re.search(r"{% block config %}(.*?){% endblock %}", template, re.S).group(1)
    return "\n".join(x.strip() for x in block.splitlines() if x.strip() and not x.strip().startswith('"search"'))


def test_the_config_block_is_materials_but_for_the_search_worker():
    """docs/theme/main.html copies Material's config block to name the site's search worker
    (pytorch_notes/search_worker.js): if Material's block changes, so must the copy."""
    import material

    theirs = (Path(material.__file__).parent / "templates" / "base.html").read_text(encoding="utf-8")
    ours = (model.ROOT / "docs" / "theme" / "main.html").read_text(encoding="utf-8")
    assert config_block(ours) == config_block(theirs), (
        "Material's {% block config %} (material/templates/base.html) changed: copy it into "
        "docs/theme/main.html again, with the site's search worker as its \"search\"")
    assert re.search(r'"search": "assets/javascripts/workers/search-notes\.js" \| url', ours)


def test_the_search_worker_runs_materials(site):
    """The published worker loads the installed Material's worker, which the build publishes too."""
    for lang in model.languages():
        worker = (site / lang.locale / "assets/javascripts/workers/search-notes.js").read_text(encoding="utf-8")
        name = re.search(r'importScripts\(new URL\("(search\.[0-9a-f]+\.min\.js)"', worker).group(1)
        assert (site / lang.locale / "assets/javascripts/workers" / name).is_file(), name
        assert "__MATERIAL_WORKER__" not in worker
