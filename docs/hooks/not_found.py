"""A 404 page per language, and the default language's at the site root.

mkdocs-static-i18n builds each language with the same site_dir, and MkDocs writes the
theme's static templates (404.html, sitemap.xml) to <site_dir>/<name> in every build:
the last language built (not the default) overwrote the root 404.html, which GitHub
Pages serves for every missing URL. After each other language's build its 404.html is
moved to <language>/404.html and the default language's is put back. No plugin option
does this (mkdocs-static-i18n leaves theme templates alone).
"""

from __future__ import annotations

from pathlib import Path

_default_404: dict[str, bytes] = {}  # site_dir -> the default language's 404.html


def on_post_build(config, **kwargs):
    i18n = config.plugins.get("i18n")
    page = Path(config.site_dir) / "404.html"
    if i18n is None or not page.exists():
        return
    if i18n.current_language == i18n.default_language:
        _default_404[config.site_dir] = page.read_bytes()
    elif config.site_dir in _default_404:
        (page.parent / i18n.current_language / "404.html").write_bytes(page.read_bytes())
        page.write_bytes(_default_404[config.site_dir])
