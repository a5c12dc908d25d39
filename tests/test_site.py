"""The built site: one strict build of both languages, then checks on its files."""

from __future__ import annotations

import json
import re
import sys
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urlparse

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "docs"
sys.path.insert(0, str(ROOT / "docs" / "hooks"))
from tested_with import read_pins  # noqa: E402  (docs/hooks/tested_with.py)

LOCAL_HOSTS = {"", "127.0.0.1", "localhost"}


def page_stems() -> list[str]:
    return sorted(p.name[: -len(".en.md")] for p in DOCS.glob("*.en.md"))


def html_path(site: Path, stem: str, lang: str) -> Path:
    base = site if lang == "en" else site / lang
    return base / "index.html" if stem == "index" else base / stem / "index.html"


def test_strict_build_of_both_languages(site):
    missing = [
        str(html_path(site, stem, lang).relative_to(site))
        for stem in page_stems()
        for lang in ("en", "zh")
        if not html_path(site, stem, lang).exists()
    ]
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
            if rel & {"stylesheet", "preload", "prefetch", "preconnect", "dns-prefetch", "icon", "manifest", "modulepreload"}:
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
    en = json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))
    zh = json.loads((site / "zh" / "search" / "search_index.json").read_text(encoding="utf-8"))
    cjk = re.compile(r"[\u4e00-\u9fff]")
    assert en["docs"] and zh["docs"]
    assert not [d["location"] for d in en["docs"] if d["location"].startswith("zh/")]
    assert all(d["location"].startswith("zh/") for d in zh["docs"]), "zh index holds non-zh pages"
    assert not [d["title"] for d in en["docs"] if cjk.search(d["title"])], "Chinese titles in the English index"
    assert all(cjk.search(d["title"] + d["text"]) for d in zh["docs"] if d["location"] == "zh/"), "zh home not Chinese"
    # jieba segmented the Chinese text (zero-width spaces between words), and the
    # separator splits on them: without both, Chinese queries find nothing.
    assert any("\u200b" in d["text"] for d in zh["docs"])
    assert "\\u200b" in zh["config"]["separator"]


def test_tested_with_comes_from_the_pins(site):
    torch_pin = read_pins()["torch"]
    for stem in page_stems():
        for lang in ("en", "zh"):
            html = html_path(site, stem, lang).read_text(encoding="utf-8")
            assert f'data-torch="{torch_pin}"' in html, f"{stem} ({lang}) lacks 'tested with torch {torch_pin}'"


def test_language_switcher_points_to_the_same_page(site):
    for stem in page_stems():
        html = html_path(site, stem, "en").read_text(encoding="utf-8")
        target = "zh/" if stem == "index" else f"zh/{stem}/"
        links = re.findall(r'<a href="([^"]+)" hreflang="zh"', html)
        assert links and all(link.rstrip("/").endswith(target.rstrip("/")) for link in links), (
            f"{stem}: switcher links {links}"
        )
