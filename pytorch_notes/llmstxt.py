"""llms.txt in each language (/llms.txt, /zh/llms.txt), its full-text variant llms-full.txt, and
every page as Markdown (/tensors/index.md) with its snippets inlined, not `--8<--` lines.

The maintained plugin, mkdocs-llmstxt 0.5.1, cannot be installed with this project's pins: it
needs mdformat-tables 1.0.0, which needs mdformat < 0.8, which needs markdown-it-py < 4
(requirements.txt pins 4.3.0). This writes the same files from the page sources (llmstxt.org
format: title, summary, sections of links) at the end of each language's build.
"""

from __future__ import annotations

import re
from pathlib import Path

from . import model
from .notebooks import site_link as page_link


def site_link(target: str, page: model.Page, base: str) -> str:
    """A relative link of a page as an absolute URL: pages by notebooks.site_link, files
    (assets/plots/x.svg) under the site root, as docs/ has them."""
    if ".md" in target or re.match(r"^[a-z][a-z0-9+.-]*:|^[#/]", target):
        return page_link(target, page, base)
    return base + target


def inlined(page: model.Page, base: str) -> str:
    """The page's Markdown with each snippet include replaced by the snippet's code, and its
    links to other pages as absolute URLs of the site (the file is read outside the site)."""
    def absolute(md: str) -> str:
        return model.rewrite_links(md, lambda target: site_link(target, page, base))

    text, out, last = page.body, [], 0
    for start, end, inc in model.include_blocks(text):
        code = (model.SNIPPETS / inc.target).read_text(encoding="utf-8").rstrip("\n")
        out += [absolute(text[last:start]), f"```python\n{code}\n```"]
        last = end
    title = "" if text.lstrip().startswith("# ") else f"# {page.meta['title']}\n\n"
    return title + "".join(out) + absolute(text[last:])


def nav_order(lang: model.Language) -> list[tuple[str, list[str]]]:
    """(section title, [page names]) in the order of the language's nav."""
    sections = []
    for entry in lang.nav:
        (title, value), = entry.items()
        items = value if isinstance(value, list) else [{title: value}]
        sections.append((title, [Path(next(iter(x.values()))).stem for x in items]))
    return sections


def write(lang: model.Language, site: Path) -> None:
    """llms.txt, llms-full.txt and each page's index.md of one language's built site."""
    base = model.deployed_url(lang)
    pages = {p.name: p for p in model.pages(lang.locale)}
    lines = [f"# {lang.setting('site_name')}", "", f"> {lang.setting('site_description')}", ""]
    full = []
    for title, names in nav_order(lang):
        lines += [f"## {title}", ""]
        for name in names:
            page = pages[name]
            md = inlined(page, base)
            (site / page.url / "index.md").parent.mkdir(parents=True, exist_ok=True)
            (site / page.url / "index.md").write_text(md, encoding="utf-8")
            lines.append(f"- [{page.meta['title']}]({base}{page.url}index.md): {page.meta['description']}")
            full.append(md.strip())
        lines.append("")
    (site / "llms.txt").write_text("\n".join(lines), encoding="utf-8")
    (site / "llms-full.txt").write_text("\n\n".join(full) + "\n", encoding="utf-8")
