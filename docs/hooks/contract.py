"""The site's contract, checked by the build itself (docs/hooks/sitemodel.py holds the
rules): an unknown snippet directive, front matter key or page marker, a missing include,
an inline Python block, a page without its translation, a translation that drifted, or a
snippet no page shows fails `mkdocs build` and `mkdocs serve`, naming the file and line.
No plugin knows this site's rules, hence a hook.

It also puts the pinned versions (requirements.txt) into the build, for the "tested
with" line of every page that shows snippets (the model's includes; `has_snippets` in
the template context): the versions are read, never typed by hand.
"""

from __future__ import annotations

from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority

import sitemodel

_checked: dict[tuple, list[str]] = {}  # file state -> problems; the language builds share it


def _state() -> tuple:
    files = [*sitemodel.page_paths(), *sitemodel.snippet_paths(), sitemodel.MKDOCS_YML]
    return tuple((str(p), p.stat().st_mtime_ns) for p in files)


@event_priority(-150)  # after mkdocs-static-i18n (-100), which restores `extra` per language
def on_config(config, **kwargs):
    state = _state()
    if state not in _checked:
        sitemodel.mkdocs_config.cache_clear()
        sitemodel.languages.cache_clear()
        _checked.clear()
        _checked[state] = [x for kind in sitemodel.problems().values() for x in kind]
    if _checked[state]:
        raise PluginError("the site's contract is broken:\n  " + "\n  ".join(_checked[state]))
    pins = sitemodel.pins()
    config.extra["pins"] = pins  # a page lists more with `tested_with_also: [diffusers, …]`
    config.extra["tested_with"] = {name: pins[name] for name in ("torch", "torchvision") if name in pins}
    config.extra["default_locale"] = sitemodel.default_locale()
    return config


def on_page_context(context, page, config, **kwargs):
    src = page.file.abs_src_path
    context["has_snippets"] = bool(src and sitemodel.page_at(src).includes())
    return context
