"""`make bench`: speed and size figures from one run, each with its budget.

* the strict build of every language (python -m pytorch_notes build: one build per
  language, in parallel), cold (fresh copy of the project: no .cache/, no jieba cache) and
  warm (the same build again), and in a third build the seconds each language's build took
  and each of the project's own steps in it (pytorch_notes/hooks.py logs them with
  NOTES_TIMINGS=1); the rest is ProperDocs and the plugins;
* the snippet suite (`pytest tests/test_docs.py -k test_snippet`) next to its floor:
  `python -c "import torch"`, plus the snippets' other imports once, plus every snippet's
  own run time as the runner measures it (each forked from that one warm process);
* bytes a first visit transfers for a normal page (tensors/) and a notebook page
  (training/) of every language, measured in Chromium (no cache; gzip, as GitHub Pages
  serves it);
* the search index of each language: bytes and entries;
* the whole test suite: `make check`, what `make test` runs once .venv is set up.

Budgets: a page ≤ 300 KB on first load; a warm build ≤ 6 s; the snippet suite within
1.5x its floor; the whole suite ≤ 180 s.
Exit status 1 when a budget is exceeded.
"""

from __future__ import annotations

import datetime
import functools
import gzip
import io
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from pytorch_notes import model, runner, serve
from pytorch_notes.build import build as build_all
from support import CHROMIUM, ENV, chromium_args, copy_project, serve_site

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
    """Child mode: every snippet that can run here, by the runner (pytorch_notes.runner.run:
    each forked from this one warm process, a `#: process` one as its own program), after
    torch and the snippets' other imports; print JSON."""
    import torch  # noqa: F401  (imported before the clock starts: the floor counts it apart)

    paths = [str(s.path) for s in model.snippets() if not s.missing_requirement()]
    start = time.perf_counter()
    runner._warm(paths)  # what run() imports before its first fork, timed apart
    warm = time.perf_counter() - start
    results = runner.run(paths)
    ids = {str(s.path): s.id for s in model.snippets()}
    times = {ids[p]: r["seconds"] for p, r in results.items()}
    failed = [f"{ids[p]}: {r['error']}" for p, r in results.items() if r["code"] != 0]
    print(json.dumps({"warm": warm, "times": times, "failed": failed}))


class GzipHandler(serve.SiteHandler):
    """Serves text files gzip-compressed when the browser accepts it, as GitHub Pages does."""

    TEXT = frozenset({".html", ".css", ".js", ".json", ".svg", ".xml", ".txt", ".ipynb"})

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


def page_weights(site: Path) -> dict[str, tuple[int, int]]:
    """(bytes transferred, requests) of a first visit of each page of PAGES in every
    language, in Chromium with a fresh profile (nothing cached)."""
    from playwright.sync_api import sync_playwright

    served = serve_site(site, handler_class=lambda roots, extra: functools.partial(
        GzipHandler, roots=roots, extra=extra, quiet=True))
    out = {}
    with sync_playwright() as p:
        for lang in model.languages():
            for rel in PAGES:
                context = p.chromium.launch_persistent_context(
                    tempfile.mkdtemp(), executable_path=CHROMIUM, headless=True, args=chromium_args(served.port))
                page = context.new_page()
                finished = []
                page.on("requestfinished", lambda request, finished=finished: finished.append(request))
                page.goto(served.url(lang, rel), wait_until="load")
                page.wait_for_load_state("networkidle")
                sent = 0
                for request in finished:
                    sizes, headers = request.sizes(), request.response().all_headers()
                    # Chromium reports no body size for a worker's own script: use Content-Length.
                    sent += sizes["responseHeadersSize"] + (
                        sizes["responseBodySize"] or int(headers.get("content-length", 0))
                    )
                out[f"{lang.locale}/{rel}"] = (sent, len(finished))
                context.close()
    served.close()
    return out


def step_seconds(log: str) -> dict[str, float]:
    """The step times a build logged (NOTES_TIMINGS=1)."""
    found = [json.loads(x.split("step seconds: ", 1)[1]) for x in log.splitlines() if "step seconds: " in x]
    return found[-1] if found else {}


def main() -> int:
    env = {**os.environ, **ENV}
    work = Path(tempfile.mkdtemp(prefix="bench-"))
    project = work / "project"
    copy_project(project)  # the working tree as git sees it
    env["TMPDIR"] = str(work / "tmp")  # jieba keeps its dictionary cache in TMPDIR: fresh = cold
    Path(env["TMPDIR"]).mkdir()
    build = [sys.executable, "-m", "pytorch_notes", "build", "--site-dir"]
    cold = timed([*build, str(work / "site-cold")], project, env)
    warm = timed([*build, str(work / "site")], project, env)
    site = work / "site"
    steps = {b.lang.locale: (b.seconds, step_seconds(b.log))  # the copy's build (cwd)
             for b in build_all(work / "site-steps", env={**env, "NOTES_TIMINGS": "1"}, cwd=project)}

    suite_cmd = ["-m", "pytest", "-q", "tests/test_docs.py", "-k", "test_snippet"]
    suite = timed([sys.executable, *suite_cmd], project, env, fatal=False)
    import_torch = min(timed([sys.executable, "-c", "import torch"], project, env) for _ in range(3))
    out = subprocess.run([sys.executable, __file__, "--snippet-times"], cwd=project, env=env, capture_output=True,
                         text=True, check=True).stdout
    snippets = json.loads(out.strip().splitlines()[-1])
    floor = import_torch + snippets["warm"] + sum(snippets["times"].values())

    weights = page_weights(site)
    indexes = {}
    for lang in model.languages():
        path = site / lang.locale / "search" / "search_index.json"
        indexes[lang.locale] = (path.stat().st_size, len(json.loads(path.read_text(encoding="utf-8"))["docs"]))
    # what `make test` runs once its set-up is done, on this venv
    tests = timed(["make", "--no-print-directory", "check", f"VENV={Path(sys.executable).parents[1]}"], project, env,
                  fatal=False)
    shutil.rmtree(work, ignore_errors=True)

    mem = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    print(
        f"PyTorch Notes bench, {datetime.date.today()}: {os.cpu_count()} cores, {mem:.0f} GiB, "
        f"Python {platform.python_version()}, {platform.machine()}, torch {model.pins()['torch']}"
    )
    langs = "+".join(model.locales())
    print(f"build, strict, {langs:<11} cold {cold:6.1f} s    warm {warm:6.1f} s  (one build per language, in parallel)")
    for locale, (total, own) in steps.items():
        rest = total - sum(own.values())
        print(f"  {locale}: {total:.1f} s; the project's steps (pytorch_notes/hooks.py) "
              + ", ".join(f"{k} {v:.2f}" for k, v in sorted(own.items(), key=lambda x: -x[1]) if v >= 0.005)
              + f"; the rest, {rest:.1f} s, is ProperDocs and the plugins (Markdown, highlighting, search, templates)")
    print(
        f"snippet suite              {suite:6.1f} s    floor {floor:.1f} s = import torch {import_torch:.1f} s"
        f" + the snippets' other imports {snippets['warm']:.1f} s"
        f" + {len(snippets['times'])} snippets {floor - import_torch - snippets['warm']:.1f} s"
    )
    for name in snippets["failed"]:
        print(f"  (snippet failed when timed: {name})")
    slowest = sorted(snippets["times"].items(), key=lambda x: -x[1])[:5]
    print("  slowest snippets: " + ", ".join(f"{k} {v:.1f} s" for k, v in slowest))
    for rel, (sent, count) in weights.items():
        print(f"first load /{rel:<17} {sent / 1024:6.0f} KB transferred (gzip, as GitHub Pages serves it), "
              f"{count} requests")
    for lang, (size, entries) in indexes.items():
        print(f"search index {lang:<13} {size / 1024:6.0f} KB, {entries} entries")
    print(f"whole test suite (make check)   {tests:6.1f} s")

    budgets = [(f"/{rel} first load <= 300 KB", sent <= PAGE_BUDGET, f"{sent / 1024:.0f} KB")
               for rel, (sent, _) in weights.items()]
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
    else:
        sys.exit(main())
