"""One search index per language.

mkdocs-static-i18n merges the search entries of every language into the root index
(site/search/search_index.json), so English and Chinese results mix. This splits it:
each language's index keeps only its own pages, and docs/overrides/main.html points
the pages of a language at its index. No plugin or theme option does this.
"""

from __future__ import annotations

import json
from pathlib import Path

from mkdocs.plugins import event_priority


@event_priority(-200)  # after mkdocs-static-i18n's own post_build (-100), which merges
def on_post_build(config, **kwargs):
    # Runs after every language build; only the final pass (i18n no longer
    # building) has the merged entries.
    i18n = config.plugins.get("i18n")
    if i18n is None or getattr(i18n, "building", False):
        return
    site = Path(config.site_dir)
    root = site.parent if site.name in {lang.locale for lang in i18n.config.languages} else site
    index_path = root / "search" / "search_index.json"
    if not index_path.exists():
        return
    index = json.loads(index_path.read_text(encoding="utf-8"))
    default = next(lang.locale for lang in i18n.config.languages if lang.default)
    for lang in i18n.config.languages:
        prefix = "" if lang.locale == default else f"{lang.locale}/"
        others = [f"{x.locale}/" for x in i18n.config.languages if x.locale != default]
        keep = [
            doc
            for doc in index["docs"]
            if (doc["location"].startswith(prefix) if prefix
                else not doc["location"].startswith(tuple(others)))
        ]
        out = root / prefix / "search" / "search_index.json"
        out.parent.mkdir(parents=True, exist_ok=True)
        # Locations stay relative to the site root: Material resolves them against its
        # `base`, which is the site root on every language's pages.
        data = json.dumps(dict(index, docs=keep), ensure_ascii=False, separators=(",", ":"))
        out.write_text(data, encoding="utf-8")
        if config.plugins.get("material/offline") and config.plugins["material/offline"].config.enabled:
            # from file:// Material reads the index from a script (search_index.js), not JSON
            out.with_suffix(".js").write_text(f"var __index = {data}", encoding="utf-8")
