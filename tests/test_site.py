"""The built site: one strict build of both languages, then checks on its files."""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from urllib.parse import urlparse

import sitemodel
from support import html_path

LOCAL_HOSTS = {"", "127.0.0.1", "localhost"}


def test_strict_build_of_every_language(site):
    missing = [str(html_path(site, page).relative_to(site)) for page in sitemodel.pages()
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
    """Each language's pages search their own index (docs/hooks/search_split.py)."""
    cjk = re.compile(r"[\u4e00-\u9fff]")
    for lang in sitemodel.languages():
        index = json.loads((site / lang.prefix / "search" / "search_index.json").read_text(encoding="utf-8"))
        assert index["docs"], f"{lang.prefix}search/search_index.json is empty"
        wrong = [d["location"] for d in index["docs"] if sitemodel.language_of_path(d["location"]) != lang.locale]
        assert not wrong, f"{lang.locale} index holds pages of another language: {wrong[:5]}"
        if lang.locale in sitemodel.UNSPACED_LOCALES:
            assert all(cjk.search(d["title"] + d["text"]) for d in index["docs"] if d["location"] == lang.prefix)
            # jieba segmented the text (zero-width spaces between words), and the separator
            # splits on them: without both, Chinese queries find nothing.
            assert any("\u200b" in d["text"] for d in index["docs"])
            assert "\\u200b" in index["config"]["separator"]
        else:
            assert not [d["title"] for d in index["docs"] if cjk.search(d["title"])], f"Chinese titles in {lang.locale}"


def test_search_reads_code_without_its_markup(site):
    """search_split.py hands Material's indexer each page without the Pygments tags in its code
    blocks: on every built page, the indexer's sections are the same with and without them."""
    from material.plugins.search.plugin import Parser
    from search_split import without_code_markup

    def sections(html: str) -> list[tuple[str, str, str | None]]:
        parser = Parser()
        parser.feed(html)
        parser.close()
        return [("".join(x.title), "".join(x.text), x.id) for x in parser.data]

    differ, code = [], 0
    for page in sitemodel.pages():
        html = html_path(site, page).read_text(encoding="utf-8")
        article = re.search(r"<article\b.*?</article>", html, re.S).group(0)
        light = without_code_markup(article)
        code += len(re.findall(r"<span\b", article)) - len(re.findall(r"<span\b", light))
        if sections(article) != sections(light):
            differ.append(page.src_uri)
    assert not differ, f"the search index would change on: {differ}"
    assert code > 10_000  # the markup left out was there
    index = json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))
    assert any("<pre><code>" in d["text"] and "torch.tensor(" in d["text"] for d in index["docs"])


def test_tested_with_comes_from_the_pins(site):
    """The "tested with" line is on every page that shows snippets, and only there."""
    torch_pin = sitemodel.pins()["torch"]
    for page in sitemodel.pages():
        html = html_path(site, page).read_text(encoding="utf-8")
        if page.includes() and not page.meta.get("no_tested_with"):
            assert f'data-torch="{torch_pin}"' in html, f"{page.src_uri} lacks 'tested with torch {torch_pin}'"
        else:
            assert 'class="tested-with"' not in html, f"{page.src_uri} shows no snippet but says 'tested with'"


def test_language_switcher_points_to_the_same_page(site):
    pages = sitemodel.pages()
    for page in pages:
        html = html_path(site, page).read_text(encoding="utf-8")
        for other in (p for p in pages if p.name == page.name and p.lang != page.lang):
            links = re.findall(rf'<a href="([^"]+)" hreflang="{other.lang}"', html)
            want = other.url.rstrip("/")
            assert links and all(link.rstrip("/").endswith(want) for link in links), (
                f"{page.src_uri}: switcher links to {other.lang}: {links}, want …/{other.url}"
            )
