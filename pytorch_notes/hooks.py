"""The build's own steps, in the order they run: mkdocs.yml's one hook module.

Each language is one build (mkdocs.yml, mkdocs.<lang>.yml, both `hooks: [this file]`), and
every step below runs in every build, for its language. ProperDocs (MkDocs) calls these
functions at its documented events, after the plugins' own handlers of the same event
(search, mike, offline, git dates: plugins come before hooks); nothing here has a priority.

on_config         1. contract: the site's rules (model.problems); a broken one fails the
                     build, naming each file and line
                  2. language: this build's, and the pinned versions for "tested with"
                  3. addresses: where every language is (the selector's links,
                     extra.alternate), the site's address under `python -m pytorch_notes
                     serve`; offline: no selector, and the offline plugin's Web Worker shim
                     from the site; while mike builds (MIKE_DOCS_VERSION), its version selector
on_files          4. plots: what the `#: plot` snippets draw, in this language
                  5. notebooks: each page's notebook, executed (`notebook: true` pages: with
                     its figures)
                  6. the site's search worker, in front of Material's
on_page_markdown  7. markers: the API index, the offline bundle's link, the compatibility
                     table and the changes of every torch version
                  8. after each snippet block: its output (`notebook: true` pages), then its
                     compatibility strip; under the title: the page's torch range
on_page_content   9. the strips out of Markdown's <p>; the notebook links under the title;
                     the snippet blocks left out of the search index, their insides set
                     aside while Material's search plugin reads the page
on_page_context  10. `has_snippets`, for the template's "tested with" line
on_post_page     11. the code blocks' insides back; each snippet block's printed lines marked
                     as output
on_post_build    12. llms.txt, llms-full.txt and every page as Markdown
                 13. the search index Material wrote, written again as UTF-8 JSON

Each step is a plain function of the package; this module calls them in this order, each in
`step()`: with NOTES_TIMINGS=1 set, the build logs the seconds each step took (`make bench`).
"""

from __future__ import annotations

import json
import logging
import os
import posixpath
import time
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File

from pytorch_notes import api_index, compat, llmstxt, model, notebooks, offline, output_lines, plots, search

log = logging.getLogger("mkdocs.plugins.pytorch_notes")


@dataclass
class Build:
    """What one language's build knows beyond its configuration."""

    lang: model.Language
    version: str | None  # the mike version being built, if any
    record: dict = field(default_factory=dict)  # snippets/compat.json
    notebooks: dict[str, notebooks.PageNotebook] = field(default_factory=dict)  # page src_uri ->
    seconds: dict[str, float] = field(default_factory=dict)  # step -> time it took
    code: dict[str, list[str]] = field(default_factory=dict)  # page src_uri -> its code blocks' insides


build: Build  # set by on_config: a process builds one language at a time
_contract: dict[tuple, list[str]] = {}  # the files' state -> their problems


@contextmanager
def step(name: str):
    """One step of the build: timed, and its own failure (a broken rule, a plot without its
    glyphs, a notebook cell's error) fails the build with its message, which names the file,
    without a traceback of the build's code."""
    start = time.perf_counter()
    try:
        yield
    except (model.ModelError, notebooks.NotebookError, plots.PlotError) as err:
        raise PluginError(str(err)) from None
    finally:
        if "build" in globals():
            build.seconds[name] = build.seconds.get(name, 0.0) + time.perf_counter() - start


def contract_problems() -> list[str]:
    """model.problems(), again only when a page, a snippet or a configuration changed
    (`properdocs serve` builds again after every edit)."""
    files = [*model.page_paths(), *model.snippet_paths(), *(x.config_file for x in model.languages())]
    state = tuple((str(p), p.stat().st_mtime_ns) for p in files)
    if state not in _contract:
        model.load_config.cache_clear()
        model.languages.cache_clear()
        _contract.clear()
        _contract[state] = [x for kind in model.problems().values() for x in kind]
    return _contract[state]


def on_config(config):
    global build
    start = time.perf_counter()
    problems = contract_problems()  # 1
    if problems:
        raise PluginError("the site's contract is broken:\n  " + "\n  ".join(problems))
    lang = model.language_of_config(config.config_file_path)  # 2
    build = Build(lang, os.environ.get("MIKE_DOCS_VERSION") or None, model.load_record())
    build.seconds["contract"] = time.perf_counter() - start
    with step("language"):
        pins = model.pins()
        config.extra["pins"] = pins  # a page lists more with `tested_with_also: [diffusers, …]`
        config.extra["tested_with"] = {name: pins[name] for name in ("torch", "torchvision") if name in pins}
    with step("addresses"):  # 3
        served_at = os.environ.get("NOTES_SITE_URL")  # `python -m pytorch_notes serve`
        if served_at:
            config.site_url = lang.url(base=served_at)
        for entry in config.extra["alternate"]:
            other = model.language(entry["lang"])
            entry["link"] = posixpath.relpath(other.root(build.version), lang.root(build.version)) + "/"
            entry["url"] = other.url(build.version, base=served_at)  # absolute: the sitemap's hreflang
        if offline.enabled():  # one language per bundle: no selector leading out of it
            config.extra["alternate"] = []
            # Material's offline plugin (before this) asked for its Web Worker shim from
            # unpkg.com, which an offline reader cannot reach: the site serves a copy
            config.extra["polyfills"] = [offline.SHIM]
        if build.version:
            config.extra["version"] = {"provider": "mike", "alias": True}
    output_lines.forget()
    return config


def on_files(files, config):
    with step("plots"):  # 4
        for name, path in plots.plot_snippets().items():
            content = plots.render(path, name, build.lang.locale)
            files.append(File.generated(config, f"assets/plots/{name}", content=content))
    with step("notebooks"):  # 5
        for file in list(files.documentation_pages()):
            add_notebook(files, file, config)
    with step("search worker"):  # 6
        files.append(File.generated(config, search.WORKER, content=search.worker(config.theme.dirs)))
    return files


def add_notebook(files, file, config) -> None:
    """The page's notebook (and figures) next to it, when it shows snippets."""
    nb = notebooks.page_notebook(model.page_at(file.abs_src_path), build.lang, config.repo_url)
    if nb is None:
        return
    build.notebooks[file.src_uri] = nb
    folder = posixpath.dirname(file.dest_uri)  # training/ (or '' in an offline build)
    for name, content in nb.files.items():
        # its src_uri next to the page's, so the page links to it as `training.en.ipynb`
        generated = File.generated(config, posixpath.join(posixpath.dirname(file.src_uri), name), content=content)
        generated.dest_uri = posixpath.join(folder, name)
        files.append(generated)


def on_page_markdown(markdown, page, config, files):
    text = config.extra["text"]
    with step("markers"):  # 7
        markdown = api_index.replace_marker(markdown, build.lang.locale, text)
        markdown = offline.replace_marker(markdown, build.lang, text)
        markdown = compat.replace_markers(markdown, text, build.record)
    with step("after each snippet"):  # 8
        after = notebooks.outputs_after(markdown, build.notebooks.get(page.file.src_uri), text["output"])
        return compat.page_markdown(markdown, text, build.record, after)


def on_page_content(html, page, config, files):
    with step("page content"):  # 9
        html, build.code[page.file.src_uri] = search.without_code(compat.unwrap(html))
        nb = build.notebooks.get(page.file.src_uri)
        return notebooks.links_under_title(html, nb, config.extra["text"]) if nb else html


def on_page_context(context, page, config, nav):
    src = page.file.abs_src_path  # 10
    context["has_snippets"] = bool(src and model.page_at(src).includes())
    return context


def on_post_page(output, page, config):
    with step("output lines"):  # 11
        return output_lines.mark(search.with_code(output, build.code.pop(page.file.src_uri, [])))


def on_post_build(config):
    site = Path(config.site_dir)
    with step("llms.txt"):  # 12
        llmstxt.write(build.lang, site)
    with step("search index"):  # 13
        search.as_utf8(site / search.INDEX)
    if os.environ.get("NOTES_TIMINGS"):
        log.info("step seconds: " + json.dumps({k: round(v, 3) for k, v in build.seconds.items()}))
