"""Material fetches sitemap.xml next to each <link rel="alternate" hreflang> of a page
(to stay on the same page when the language is switched). mkdocs-static-i18n points
those links at the page's own translation (../zh/tensors/), so every page asked for
zh/tensors/sitemap.xml and tensors/sitemap.xml: two 404s and two console errors per page.
The <link> tags go; the language selector links stay, and the hreflang alternates stay in
sitemap.xml."""

from __future__ import annotations

import re

ALTERNATE = re.compile(r'[ \t]*<link rel="alternate" href="[^"]*" hreflang="[^"]*">\n?')


def on_post_page(output, page, config, **kwargs):
    return ALTERNATE.sub("", output)
