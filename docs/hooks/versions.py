"""Versioned deploys with mike (README, "Versions, CI and budgets").

Only while `mike deploy` builds (it sets MIKE_DOCS_VERSION):

* Material's version selector (extra.version.provider: mike), on every language's
  pages. The selector fetches ../versions.json from Material's `base`, which is the
  site root on every page (mkdocs-static-i18n builds the languages into one site, so
  /2.14/zh/tensors/ has base ../..): /2.14/../versions.json, the file mike writes. A
  plain build (make serve, the tests) has no versions.json anywhere, so it gets no
  selector rather than a 404 and a console error on every page.
* site_url keeps its trailing slash: mike sets it to "<site_url><version>", and
  mkdocs-static-i18n's sitemap joins page URLs onto it ("…/2.14zh/api/"). Every language
  build runs on_config again (and mike joins the version again): the first value is kept.
"""

from __future__ import annotations

import os

from mkdocs.plugins import event_priority

_site_url: dict[str, str] = {}


@event_priority(-150)  # after mkdocs-static-i18n (-100), which restores `extra` per language
def on_config(config, **kwargs):
    version = os.environ.get("MIKE_DOCS_VERSION")
    if not version:
        return config
    if config.site_url:
        config.site_url = _site_url.setdefault(version, config.site_url.rstrip("/") + "/")
    config.extra["version"] = {"provider": "mike", "alias": True}
    return config
