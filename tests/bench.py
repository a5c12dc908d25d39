"""`make bench`: speed and size figures from one run, each with its budget.

* strict build of both languages, cold (fresh copy of the project: no .cache/, no jieba
  cache) and warm (the same build again);
* the snippet suite (`pytest tests/test_docs.py -k test_snippet`) next to its floor:
  `python -c "import torch"` plus every snippet's own run time, measured in one process;
* bytes a first visit transfers for a normal page (tensors/) and a notebook page
  (training/), measured in Chromium (no cache; served here without compression);
* the search index of each language: bytes and entries.

Budgets: a page ≤ 300 KB on first load; the snippet suite within 2x its floor.
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

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))
PAGE_BUDGET = 300 * 1024
SUITE_BUDGET = 2.0
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
        print(f"note: {' '.join(map(str, cmd[2:]))} failed ({' '.join(tail)}); its time still counts")
    return took


def snippet_times() -> None:
    """Child mode: run every snippet in this one process (torch already imported); print JSON."""
    import torch  # noqa: F401  (imported before the clock starts: the floor counts it apart)
    from test_docs import missing_requirement, snippet_files

    times, failed = {}, []
    for path in snippet_files():
        if missing_requirement(path):
            continue
        with tempfile.TemporaryDirectory() as cwd, contextlib.redirect_stdout(io.StringIO()):
            os.chdir(cwd)
            start = time.perf_counter()
            try:
                runpy.run_path(str(path), run_name="__main__")
            except BaseException as exc:  # noqa: BLE001  (reported, not fatal for a benchmark)
                failed.append(f"{path.name}: {exc!r}")
            times[path.relative_to(ROOT).as_posix()] = time.perf_counter() - start
            os.chdir(ROOT)
    print(json.dumps({"times": times, "failed": failed}))


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
    from conftest import CHROMIUM, CHROMIUM_ARGS  # the browser the tests use
    from playwright.sync_api import sync_playwright
    from test_versions import mount, site_path

    prefix = site_path()
    root = mount(site, Path(tempfile.mkdtemp()))  # served where GitHub Pages serves it
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
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "HF_HUB_OFFLINE": "1", "PYTHONDONTWRITEBYTECODE": "1"}
    work = Path(tempfile.mkdtemp(prefix="bench-"))
    project = work / "project"
    from test_versions import copy_project  # the working tree as git sees it

    copy_project(project)
    env["TMPDIR"] = str(work / "tmp")  # jieba keeps its dictionary cache in TMPDIR: fresh = cold
    Path(env["TMPDIR"]).mkdir()
    build = [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir"]
    cold = timed([*build, str(work / "site-cold")], project, env)
    warm = timed([*build, str(work / "site")], project, env)
    site = work / "site"

    suite_cmd = ["-m", "pytest", "-q", "-p", "no:cacheprovider", "tests/test_docs.py", "-k", "test_snippet"]
    suite = timed([sys.executable, *suite_cmd], project, env, fatal=False)
    import_torch = min(timed([sys.executable, "-c", "import torch"], project, env) for _ in range(3))
    child = [sys.executable, __file__, "--snippet-times"]
    out = subprocess.run(child, cwd=project, env=env, capture_output=True, text=True, check=True).stdout
    snippets = json.loads(out.strip().splitlines()[-1])
    floor = import_torch + sum(snippets["times"].values())

    weights = {rel: page_weight(site, rel) for rel in PAGES}
    indexes = {}
    for lang, path in (
        ("en", site / "search" / "search_index.json"),
        ("zh", site / "zh" / "search" / "search_index.json"),
    ):
        indexes[lang] = (path.stat().st_size, len(json.loads(path.read_text(encoding="utf-8"))["docs"]))
    shutil.rmtree(work, ignore_errors=True)

    mem = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    print(
        f"PyTorch Notes bench, {datetime.date.today()}: {os.cpu_count()} cores, {mem:.0f} GiB, "
        f"Python {platform.python_version()}, {platform.machine()}"
    )
    print(f"build, strict, en+zh       cold {cold:6.1f} s    warm {warm:6.1f} s")
    print(
        f"snippet suite              {suite:6.1f} s    floor {floor:.1f} s = import torch {import_torch:.1f} s"
        f" + {len(snippets['times'])} snippets {floor - import_torch:.1f} s"
    )
    for name in snippets["failed"]:
        print(f"  (snippet failed when timed in-process: {name})")
    for rel, (sent, count, raw) in weights.items():
        print(
            f"first load /{rel:<14} {sent / 1024:6.0f} KB transferred (gzip, as GitHub Pages serves it),"
            f" {raw / 1024:.0f} KB uncompressed, {count} requests"
        )
    for lang, (size, entries) in indexes.items():
        print(f"search index {lang}            {size / 1024:6.0f} KB, {entries} entries")

    ok = True
    for rel, (sent, _, _) in weights.items():
        good = sent <= PAGE_BUDGET
        ok &= good
        print(f"budget: /{rel} first load <= 300 KB: {'OK' if good else 'OVER'} ({sent / 1024:.0f} KB)")
    good = suite <= SUITE_BUDGET * floor
    ok &= good
    print(f"budget: snippet suite <= 2x floor: {'OK' if good else 'OVER'} ({suite / floor:.2f}x)")
    return 0 if ok else 1


if __name__ == "__main__":
    if sys.argv[1:] == ["--snippet-times"]:
        snippet_times()
    else:
        sys.exit(main())
