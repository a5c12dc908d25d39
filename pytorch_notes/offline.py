"""The offline bundle: each language's site built for file:// (OFFLINE=true turns on Material's
offline plugin, mkdocs.yml), zipped as dist/pytorch-notes-<version>-<lang>.zip.

Material's offline plugin makes links work from file:// and inlines the search index into
search/search_index.js; its Web Worker shim (iframe-worker) is served by the site (SHIM,
in extra.polyfills, set by the build) instead of unpkg.com, which an offline reader cannot
reach.
Each bundle holds one language's site; a reader who wants both downloads both.

    python -m pytorch_notes offline SITES_DIR DIST_DIR

zips SITES_DIR/<lang>/ (an offline build of every language) into one zip per language.
"""

from __future__ import annotations

import os
import zipfile
from pathlib import Path

from . import model

# Material's author's shim (iframe-worker 1.0.4, MIT), a copy in docs/theme/: the offline
# plugin would load it from unpkg.com
SHIM = "assets/javascripts/iframe-worker.js"


def enabled() -> bool:
    return os.environ.get("OFFLINE", "").lower() in {"1", "true", "yes"}


def zip_name(locale: str) -> str:
    return f"pytorch-notes-{model.docs_version()}-{locale}.zip"


def replace_marker(markdown: str, lang: model.Language, text: dict) -> str:
    """<!-- md:offline-bundle -->: a link to the zip in the deployed version's downloads/
    (the deploy workflow puts the bundles there, next to the pages they were built from)."""
    label = text["offline_bundle"].format(name=zip_name(lang.locale))
    url = f"{model.deployed_url(lang)}downloads/{zip_name(lang.locale)}"
    return model.MARKER_RE.sub(lambda m: f"[{label}]({url})" if m["name"] == "offline-bundle" else m[0], markdown)


def bundle(sites: Path, dist: Path) -> list[Path]:
    """One zip per language: its built site under one top folder."""
    dist.mkdir(parents=True, exist_ok=True)
    out = []
    for lang in model.languages():
        site = sites / lang.locale
        zip_path = dist / zip_name(lang.locale)
        with zipfile.ZipFile(zip_path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
            for path in sorted(p for p in site.rglob("*") if p.is_file()):
                z.write(path, f"{zip_path.stem}/{path.relative_to(site).as_posix()}")
        out.append(zip_path)
    return out
