"""The offline bundle: the site built for file:// (OFFLINE=true turns on Material's offline
plugin, mkdocs.yml), zipped per language as dist/pytorch-notes-<version>-<lang>.zip.

Why a hook: Material's offline plugin makes links work from file:// and inlines the search
index into search/search_index.js, but it loads its Web Worker shim (iframe-worker) from
unpkg.com, which an offline reader cannot reach. on_config gives it a copy served by the
site, docs/assets/javascripts/iframe-worker.js (iframe-worker 1.0.4, MIT, by Material's
author), before the plugin looks for one. search_split.py writes each language's inlined
index, and docs/overrides/main.html points a language's pages at it.

`python docs/hooks/offline.py SITE_DIR DIST_DIR` zips an offline build, one zip per language:
the language's pages and the shared assets; the other languages' pages are left out.
"""

from __future__ import annotations

import os
import sys
import zipfile
from pathlib import Path

from mkdocs.plugins import event_priority

import sitemodel

SHIM = "assets/javascripts/iframe-worker.js"


def enabled() -> bool:
    return os.environ.get("OFFLINE", "").lower() in {"1", "true", "yes"}


@event_priority(100)  # before Material's offline plugin adds its unpkg.com URL
def on_config(config, **kwargs):
    if enabled():
        config.extra["polyfills"] = [SHIM]
    return config


def zip_name(locale: str) -> str:
    return f"pytorch-notes-{sitemodel.docs_version()}-{locale}.zip"


def on_page_markdown(markdown, page, config, **kwargs):
    """<!-- md:offline-bundle -->: a link to the zip in the deployed version's downloads/
    (the deploy workflow puts the bundles there, next to the pages they were built from)."""
    if "md:offline-bundle" not in markdown:
        return markdown
    base = sitemodel.deployed_url(config["site_url"])
    locale = sitemodel.language_of_path(page.url)
    text = config.extra["text"]["offline_bundle"].format(name=zip_name(locale))
    return sitemodel.MARKER_RE.sub(lambda m: f"[{text}]({base}downloads/{zip_name(locale)})"
                                   if m["name"] == "offline-bundle" else m[0], markdown)


def bundle(site: Path, dist: Path) -> list[Path]:
    """One zip per language: its pages (default language: the top level; others: <lang>/),
    the assets and search index they share; a redirect at the top to the language's home."""
    dist.mkdir(parents=True, exist_ok=True)
    others = {lang.prefix.rstrip("/") for lang in sitemodel.languages() if lang.prefix}
    out = []
    for lang in sitemodel.languages():
        zip_path = dist / zip_name(lang.locale)
        top = zip_path.stem
        with zipfile.ZipFile(zip_path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
            for path in sorted(site.rglob("*")):
                rel = path.relative_to(site).as_posix()
                head = rel.split("/", 1)[0]
                if path.is_dir():
                    continue
                if lang.prefix:  # another language: its folder, and the assets everyone shares
                    if head not in {lang.locale, "assets", "search"}:
                        continue
                elif head in others:
                    continue
                z.write(path, f"{top}/{rel}")
            if lang.prefix:
                z.writestr(f"{top}/index.html", f'<!doctype html><meta charset="utf-8"><meta http-equiv="refresh" '
                                                f'content="0; url={lang.prefix}index.html"><a href="{lang.prefix}'
                                                f'index.html">{lang.name}</a>')
        out.append(zip_path)
    return out


if __name__ == "__main__":
    for made in bundle(Path(sys.argv[1]), Path(sys.argv[2])):
        print(f"{made}: {made.stat().st_size / 1e6:.1f} MB")
