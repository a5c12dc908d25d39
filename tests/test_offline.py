"""The offline bundle (`make offline`): each language's zip, unzipped and opened from file://
in Chromium, finds pages with its search, in its own language."""

from __future__ import annotations

import zipfile

import offline  # docs/hooks/offline.py (pyproject.toml puts docs/hooks on the path)
import pytest

import sitemodel
from support import build

SEARCHES = {"en": ("permute", "tensors.html"), "zh": ("梯度裁剪", "zh/optimizers.html")}


@pytest.fixture(scope="module")
def bundles(tmp_path_factory):
    site = tmp_path_factory.mktemp("offline-site")
    proc = build(site, env={"MIKE_DOCS_VERSION": "", "OFFLINE": "true"})
    assert proc.returncode == 0, "offline build failed:\n" + proc.stderr[-4000:]
    return offline.bundle(site, tmp_path_factory.mktemp("dist"))


@pytest.mark.xdist_group("offline")  # one worker builds the bundles (module fixture), not each
@pytest.mark.parametrize("lang", sitemodel.languages(), ids=lambda x: x.locale)
def test_offline_bundle_searches_from_file_url(bundles, search_page, tmp_path, lang):
    page = search_page
    zip_path = next(z for z in bundles if z.name.endswith(f"-{lang.locale}.zip"))
    with zipfile.ZipFile(zip_path) as z:
        z.extractall(tmp_path)
        names = z.namelist()
    top = tmp_path / zip_path.stem
    assert not [n for n in names if "/zh/" in n] if lang.default else all(
        "/" not in n.split("/", 1)[1] or n.split("/")[1] in {"assets", "search", lang.locale} for n in names)
    query, expected = SEARCHES[lang.locale]
    errors = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto((top / "index.html").as_uri())
    page.wait_for_url(f"**/{lang.prefix}index.html")
    assert page.url.startswith("file://")
    page.keyboard.press("/")
    box = page.locator("input.md-search__input")
    box.fill(query)
    box.press("End")
    page.wait_for_selector(".md-search-result__item", timeout=20_000)
    hrefs = page.eval_on_selector_all(".md-search-result__list > li > a", "els => els.map(e => e.href)")
    results = [h.removeprefix(top.as_uri() + "/").split("#")[0].split("?")[0] for h in hrefs]
    assert results and results[0] == expected, f"{lang.locale}: {query!r} -> {results[:5]}"
    assert all(sitemodel.language_of_path(r) == lang.locale for r in results), results
    assert not errors, errors


@pytest.mark.parametrize("lang", sitemodel.languages(), ids=lambda x: x.locale)
def test_home_links_its_languages_bundle(site, lang):
    home = (site / lang.prefix / "index.html").read_text(encoding="utf-8")
    assert f'/{sitemodel.docs_version()}/downloads/{offline.zip_name(lang.locale)}"' in home
