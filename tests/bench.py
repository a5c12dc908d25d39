"""`make bench`: speed and size figures from one run, each with its budget.

* strict build of every language, cold (fresh copy of the project: no .cache/, no jieba
  cache) and warm (the same build again), and what each hook and plugin adds to the warm
  build (their event handlers timed inside one in-process build);
* the snippet suite (`pytest tests/test_docs.py -k test_snippet`) next to its floor:
  `python -c "import torch"` plus every snippet's own run time, measured in one process;
* bytes a first visit transfers for a normal page (tensors/) and a notebook page
  (training/), measured in Chromium (no cache; served here without compression);
* the search index of each language: bytes and entries;
* the whole test suite: `make check`, what `make test` runs once .venv is set up.

Budgets: a page ≤ 300 KB on first load; a warm build ≤ 6 s; the snippet suite within
1.5x its floor; the whole suite ≤ 180 s.
Exit status 1 when a budget is exceeded.
"""

from __future__ import annotations

import contextlib
import datetime
import functools
import gzip
import http.server
import io
import json
import os
import platform
import runpy
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from urllib.parse import unquote, urlsplit

import sitemodel
import snippet_runner
from support import CHROMIUM, CHROMIUM_ARGS, ENV, ROOT, copy_project, mount

PAGE_BUDGET = 300 * 1024
WARM_BUDGET = 6.0
SUITE_BUDGET = 1.5
TESTS_BUDGET = 180.0
PAGES = ["tensors/", "training/"]


def timed(cmd: list[str], cwd: Path, env: dict | None = None, fatal: bool = True) -> float:
    """Wall time of a command; a failure ends the bench (fatal) or is printed."""
    start = time.perf_counter()
    proc = subprocess.run(cmd, cwd=cwd, env=env, capture_output=True, text=True, check=False)
    took = time.perf_counter() - start
    if proc.returncode != 0:
        tail = (proc.stdout + proc.stderr).strip().splitlines()[-1:]
        if fatal:
            sys.exit(f"{' '.join(map(str, cmd))} failed:\n{proc.stdout[-3000:]}{proc.stderr[-3000:]}")
        failed = [x for x in proc.stdout.splitlines() if x.startswith(("FAILED", "ERROR"))]
        print(f"note: {' '.join(map(str, cmd[1:]))} failed ({' '.join(tail)}); its time still counts")
        print("".join(f"  {x}\n" for x in failed), end="")
    return took


def snippet_times() -> None:
    """Child mode: run every snippet in this one process (torch already imported); print JSON."""
    import torch  # noqa: F401  (imported before the clock starts: the floor counts it apart)

    times, failed = {}, []
    for snippet in sitemodel.snippets():
        if snippet.missing_requirement():
            continue
        start = time.perf_counter()
        if snippet.process:  # its own program: its time is its floor
            if snippet_runner.run_process(snippet)["code"] != 0:
                failed.append(snippet.id)
        else:
            with tempfile.TemporaryDirectory() as cwd, contextlib.redirect_stdout(io.StringIO()):
                os.chdir(cwd)
                try:
                    runpy.run_path(str(snippet.path), run_name="__main__")
                except BaseException as exc:  # noqa: BLE001  (reported, not fatal for a benchmark)
                    failed.append(f"{snippet.id}: {exc!r}")
                os.chdir(ROOT)
        times[snippet.id] = time.perf_counter() - start
    print(json.dumps({"times": times, "failed": failed}))


def hook_times(site_dir: str) -> None:
    """Child mode: one in-process build with every hook's and plugin's event handlers timed."""
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    cfg = load_config("mkdocs.yml", site_dir=site_dir, strict=True)
    spent: dict[str, float] = {}
    inner: list[float] = [0.0]  # time of handlers running inside the current one

    def timed_handler(owner: str, method):
        # Exclusive time: mkdocs-static-i18n builds the other languages inside its own
        # on_post_build, so the handlers that run inside a handler count for themselves.
        @functools.wraps(method)
        def wrapper(*args, **kwargs):
            inner.append(0.0)
            start = time.perf_counter()
            try:
                return method(*args, **kwargs)
            finally:
                took = time.perf_counter() - start
                nested = inner.pop()
                spent[owner] = spent.get(owner, 0.0) + took - nested
                inner[-1] += took

        return wrapper

    owners = {id(p): name for name, p in cfg.plugins.items()}
    for event, methods in cfg.plugins.events.items():
        cfg.plugins.events[event] = [
            timed_handler(owners.get(id(getattr(m, "__self__", None)), getattr(m, "__module__", "?")), m)
            for m in methods
        ]
    start = time.perf_counter()
    cfg.plugins.on_startup(command="build", dirty=False)
    try:
        build(cfg)
    finally:
        cfg.plugins.on_shutdown()
    print(json.dumps({"total": time.perf_counter() - start, "spent": spent}))


class GzipHandler(http.server.SimpleHTTPRequestHandler):
    """Serves text files gzip-compressed when the browser accepts it, as GitHub Pages does."""

    TEXT = frozenset({".html", ".css", ".js", ".json", ".svg", ".xml", ".txt", ".ipynb"})

    def log_message(self, *args):
        pass

    def send_head(self):
        path = Path(self.translate_path(self.path))
        if path.is_dir() and self.path.split("?")[0].endswith("/"):
            path = path / "index.html"
        if (
            "gzip" not in self.headers.get("Accept-Encoding", "")
            or path.suffix not in self.TEXT
            or not path.is_file()
        ):
            return super().send_head()
        body = gzip.compress(path.read_bytes(), 6)
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(str(path)))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        return io.BytesIO(body)


def page_weight(site: Path, rel: str) -> tuple[int, int, int]:
    """(bytes transferred, requests, bytes uncompressed) of a first visit of `rel` in Chromium."""
    from playwright.sync_api import sync_playwright

    root, prefix = mount(site, Path(tempfile.mkdtemp()))  # served where GitHub Pages serves it
    httpd = http.server.ThreadingHTTPServer(
        ("127.0.0.1", 0), functools.partial(GzipHandler, directory=str(root))
    )
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{httpd.server_address[1]}{prefix}"
    sent = raw = 0
    with sync_playwright() as p:
        context = p.chromium.launch_persistent_context(  # a fresh profile: nothing cached
            tempfile.mkdtemp(), executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS
        )
        page = context.new_page()
        finished = []
        page.on("requestfinished", lambda request: finished.append(request))
        page.goto(base + rel, wait_until="load")
        page.wait_for_load_state("networkidle")
        for request in finished:
            sizes, headers = request.sizes(), request.response().all_headers()
            # Chromium reports no body size for a worker's own script: use Content-Length.
            sent += sizes["responseHeadersSize"] + (
                sizes["responseBodySize"] or int(headers.get("content-length", 0))
            )
            file = site / unquote(urlsplit(request.url).path).removeprefix(prefix)
            raw += (file / "index.html" if file.is_dir() else file).stat().st_size
        context.close()
    httpd.shutdown()
    return sent, len(finished), raw


def main() -> int:
    env = {**os.environ, **ENV}
    work = Path(tempfile.mkdtemp(prefix="bench-"))
    project = work / "project"
    copy_project(project)  # the working tree as git sees it
    env["TMPDIR"] = str(work / "tmp")  # jieba keeps its dictionary cache in TMPDIR: fresh = cold
    Path(env["TMPDIR"]).mkdir()
    build = [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir"]
    cold = timed([*build, str(work / "site-cold")], project, env)
    warm = timed([*build, str(work / "site")], project, env)
    site = work / "site"
    child = [sys.executable, __file__]
    out = subprocess.run([*child, "--hook-times", str(work / "site-hooks")], cwd=project, env=env,
                         capture_output=True, text=True, check=True).stdout
    hooks = json.loads(out.strip().splitlines()[-1])

    suite_cmd = ["-m", "pytest", "-q", "tests/test_docs.py", "-k", "test_snippet"]
    suite = timed([sys.executable, *suite_cmd], project, env, fatal=False)
    import_torch = min(timed([sys.executable, "-c", "import torch"], project, env) for _ in range(3))
    out = subprocess.run([*child, "--snippet-times"], cwd=project, env=env, capture_output=True, text=True,
                         check=True).stdout
    snippets = json.loads(out.strip().splitlines()[-1])
    floor = import_torch + sum(snippets["times"].values())

    weights = {rel: page_weight(site, rel) for rel in PAGES}
    indexes = {}
    for lang in sitemodel.languages():
        path = site / lang.prefix / "search" / "search_index.json"
        indexes[lang.locale] = (path.stat().st_size, len(json.loads(path.read_text(encoding="utf-8"))["docs"]))
    # what `make test` runs once its set-up is done, on this venv
    tests = timed(["make", "--no-print-directory", "check", f"VENV={Path(sys.executable).parents[1]}"], project, env,
                  fatal=False)
    shutil.rmtree(work, ignore_errors=True)

    mem = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    print(
        f"PyTorch Notes bench, {datetime.date.today()}: {os.cpu_count()} cores, {mem:.0f} GiB, "
        f"Python {platform.python_version()}, {platform.machine()}, torch {sitemodel.pins()['torch']}"
    )
    langs = "+".join(sitemodel.locales())
    print(f"build, strict, {langs:<11} cold {cold:6.1f} s    warm {warm:6.1f} s")
    print(f"  in-process warm build {hooks['total']:.1f} s; what each hook and plugin adds to it")
    rest = hooks["total"] - sum(hooks["spent"].values())
    print(f"  (its own event handlers, nested ones excluded; i18n's share is the other languages' builds; the rest,"
          f" {rest:.1f} s, is MkDocs itself: Markdown, highlighting, templates):")
    for name, took in sorted(hooks["spent"].items(), key=lambda x: -x[1]):
        print(f"    {name:<34} {took:6.2f} s")
    print(
        f"snippet suite              {suite:6.1f} s    floor {floor:.1f} s = import torch {import_torch:.1f} s"
        f" + {len(snippets['times'])} snippets {floor - import_torch:.1f} s"
    )
    for name in snippets["failed"]:
        print(f"  (snippet failed when timed in-process: {name})")
    slowest = sorted(snippets["times"].items(), key=lambda x: -x[1])[:5]
    print("  slowest snippets: " + ", ".join(f"{k} {v:.1f} s" for k, v in slowest))
    for rel, (sent, count, raw) in weights.items():
        print(
            f"first load /{rel:<14} {sent / 1024:6.0f} KB transferred (gzip, as GitHub Pages serves it),"
            f" {raw / 1024:.0f} KB uncompressed, {count} requests"
        )
    for lang, (size, entries) in indexes.items():
        print(f"search index {lang:<13} {size / 1024:6.0f} KB, {entries} entries")
    print(f"whole test suite (make check)   {tests:6.1f} s")

    budgets = [(f"/{rel} first load <= 300 KB", sent <= PAGE_BUDGET, f"{sent / 1024:.0f} KB")
               for rel, (sent, _, _) in weights.items()]
    budgets += [
        (f"warm build <= {WARM_BUDGET:.0f} s", warm <= WARM_BUDGET, f"{warm:.1f} s"),
        (f"snippet suite <= {SUITE_BUDGET}x floor", suite <= SUITE_BUDGET * floor, f"{suite / floor:.2f}x"),
        (f"whole test suite <= {TESTS_BUDGET:.0f} s", tests <= TESTS_BUDGET, f"{tests:.0f} s"),
    ]
    for what, good, value in budgets:
        print(f"budget: {what}: {'OK' if good else 'OVER'} ({value})")
    return 0 if all(good for _, good, _ in budgets) else 1


if __name__ == "__main__":
    if sys.argv[1:] == ["--snippet-times"]:
        snippet_times()
    elif sys.argv[1:2] == ["--hook-times"]:
        hook_times(sys.argv[2])
    else:
        sys.exit(main())
