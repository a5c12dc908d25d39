"""llms.txt per language (/llms.txt, /zh/llms.txt), its full-text variant llms-full.txt, and
every page as Markdown (/tensors/index.md) with its snippets inlined, not `--8<--` lines.

Why a hook: the maintained plugin, mkdocs-llmstxt 0.5.1, cannot be installed with this
project's pins: it needs mdformat-tables 1.0.0, which needs mdformat < 0.8, which needs
markdown-it-py < 4 (requirements.txt pins 4.3.0). This writes the same files from the page
sources (llmstxt.org format: title, summary, sections of links), per language, after the
last i18n build.
"""

from __future__ import annotations

import re
from pathlib import Path

from mkdocs.plugins import event_priority
from notebooks import site_link as page_link

import sitemodel


def site_link(target: str, page: sitemodel.Page, base: str) -> str:
    """A relative link of a page as an absolute URL: pages by notebooks.site_link, files
    (assets/plots/x.svg) under the site root, as docs/ has them."""
    if ".md" in target or re.match(r"^[a-z][a-z0-9+.-]*:|^[#/]", target):
        return page_link(target, page, base)
    return base + target


def inlined(page: sitemodel.Page, base: str) -> str:
    """The page's Markdown with each snippet include replaced by the snippet's code, and its
    links to other pages as absolute URLs of the site (the file is read outside the site)."""
    def absolute(md: str) -> str:
        return sitemodel.rewrite_links(md, lambda target: site_link(target, page, base))

    text, out, last = page.body, [], 0
    for start, end, inc in sitemodel.include_blocks(text):
        code = (sitemodel.SNIPPETS / inc.target).read_text(encoding="utf-8").rstrip("\n")
        out += [absolute(text[last:start]), f"```python\n{code}\n```"]
        last = end
    title = "" if text.lstrip().startswith("# ") else f"# {page.meta['title']}\n\n"
    return title + "".join(out) + absolute(text[last:])


def nav_order() -> list[tuple[str, list[str]]]:
    """(section title, [page names]) in the order of mkdocs.yml's nav."""
    sections = []
    for entry in sitemodel.mkdocs_config()["nav"]:
        (title, value), = entry.items()
        items = value if isinstance(value, list) else [{title: value}]
        sections.append((title, [Path(next(iter(x.values()))).stem for x in items]))
    return sections


@event_priority(-200)  # after mkdocs-static-i18n's merge (-100): the final pass only
def on_post_build(config, **kwargs):
    i18n = config.plugins.get("i18n")
    if i18n is not None and getattr(i18n, "building", False):
        return
    site = Path(config.site_dir)
    root = site.parent if site.name in sitemodel.locales() else site
    base = sitemodel.deployed_url(config["site_url"])
    for lang in sitemodel.languages():
        pages = {p.name: p for p in sitemodel.pages(lang.locale)}
        lines = [f"# {lang.setting('site_name')}", "", f"> {lang.setting('site_description')}", ""]
        full = []
        for title, names in nav_order():
            lines += [f"## {lang.nav_translations.get(title, title)}", ""]
            for name in names:
                page = pages[name]
                md = inlined(page, base)
                (root / page.url / "index.md").parent.mkdir(parents=True, exist_ok=True)
                (root / page.url / "index.md").write_text(md, encoding="utf-8")
                lines.append(f"- [{page.meta['title']}]({base}{page.url}index.md): {page.meta['description']}")
                full.append(md.strip())
            lines.append("")
        (root / lang.prefix / "llms.txt").write_text("\n".join(lines), encoding="utf-8")
        (root / lang.prefix / "llms-full.txt").write_text("\n\n".join(full) + "\n", encoding="utf-8")

