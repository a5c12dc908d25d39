"""The offline bundle (`make offline`): each language's zip, unzipped and opened from file://
in Chromium, finds pages with its search, in its own language."""

from __future__ import annotations

import zipfile

import pytest

from pytorch_notes import build, model, offline

SEARCHES = {"en": ("permute", "tensors.html"), "zh": ("叶子张量", "autograd.html")}  # each term has one home


@pytest.fixture(scope="module")
def bundles(tmp_path_factory):
    sites = tmp_path_factory.mktemp("offline-sites")
    failed = [f"{b.lang.locale}: {b.log[-4000:]}" for b in build.build(sites, env={"OFFLINE": "true"}) if b.code]
    assert not failed, "offline build failed:\n" + "\n".join(failed)
    return offline.bundle(sites, tmp_path_factory.mktemp("dist"))


@pytest.mark.xdist_group("offline")  # one worker builds the bundles (module fixture), not each
@pytest.mark.parametrize("lang", model.languages(), ids=lambda x: x.locale)
def test_offline_bundle_searches_from_file_url(bundles, search_page, tmp_path, lang):
    page = search_page
    zip_path = next(z for z in bundles if z.name == offline.zip_name(lang.locale))
    with zipfile.ZipFile(zip_path) as z:
        z.extractall(tmp_path)
        names = z.namelist()
    top = tmp_path / zip_path.stem
    assert all(n.startswith(f"{zip_path.stem}/") for n in names) and f"{zip_path.stem}/index.html" in names
    query, expected = SEARCHES[lang.locale]
    errors = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto((top / "index.html").as_uri())
    assert page.url.startswith("file://")
    assert page.evaluate("document.documentElement.lang") == lang.locale
    page.keyboard.press("/")
    box = page.locator("input.md-search__input")
    box.fill(query)
    box.press("End")
    page.wait_for_selector(".md-search-result__item", timeout=20_000)
    hrefs = page.eval_on_selector_all(".md-search-result__list > li > a", "els => els.map(e => e.href)")
    results = [h.removeprefix(top.as_uri() + "/").split("#")[0].split("?")[0] for h in hrefs]
    assert results and results[0] == expected, f"{lang.locale}: {query!r} -> {results[:5]}"
    assert not errors, errors


@pytest.mark.parametrize("lang", model.languages(), ids=lambda x: x.locale)
def test_home_links_its_languages_bundle(site, lang):
    home = (site / lang.locale / "index.html").read_text(encoding="utf-8")
    assert f'"{model.deployed_url(lang)}downloads/{offline.zip_name(lang.locale)}"' in home
