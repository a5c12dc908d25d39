"""Fixtures shared by the site tests: one strict build, served on 127.0.0.1, and a real
browser (Debian's Chromium driven by Playwright; `make test` installs Chromium)."""

from __future__ import annotations

import functools
import http.server
import json
import os
import shutil
import threading
from pathlib import Path

import pytest

import sitemodel
from support import CHROMIUM, CHROMIUM_ARGS, build, mount, shared_dir, without_search

if os.environ.get("PYTEST_XDIST_WORKER"):
    # `make test`: two workers on two cores, next to Chromium and the standalone batch.
    # torch's default of a thread per core made the snippets' threads contend (their
    # suite's time 83 -> 46 s with one); set before torch is imported, inherited by the
    # batch. The printed outputs are the same either way (every #> line checked both ways).
    os.environ.setdefault("OMP_NUM_THREADS", "1")


@pytest.fixture(scope="session")
def site(tmp_path_factory) -> Path:
    """The site, built once per test session with `mkdocs build --strict`. `make test`
    runs on two xdist workers: the first to need the site builds it under a lock in the
    folder they share, the other waits and reads the same result (built or failed)."""
    from filelock import FileLock

    dest = sitemodel.ROOT / "site"  # what CI publishes: the site these tests checked
    shared = shared_dir(tmp_path_factory)
    outcome = shared / "site-build.json"
    with FileLock(shared / "site-build.lock"):
        if not outcome.exists():
            shutil.rmtree(dest, ignore_errors=True)
            proc = build(dest)
            problems = [line for line in proc.stderr.splitlines() if "WARNING" in line or "ERROR" in line]
            outcome.write_text(json.dumps({"code": proc.returncode, "problems": problems or [proc.stderr[-4000:]]}))
    result = json.loads(outcome.read_text())
    assert result["code"] == 0, "strict build failed:\n" + "\n".join(result["problems"])
    return dest


@pytest.fixture(scope="session")
def server(site, tmp_path_factory):
    """Base URL of the built site served on 127.0.0.1 where GitHub Pages serves it
    (http://127.0.0.1:PORT/pytorch-notes/<version>/, versions.json beside it)."""
    root, path = mount(site, tmp_path_factory.mktemp("www"))
    handler = functools.partial(QuietHandler, directory=str(root))
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}{path}"
    httpd.shutdown()


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


@pytest.fixture(scope="session")
def browser_context(tmp_path_factory):
    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing: run `make test` (it installs Debian's chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        context = p.chromium.launch_persistent_context(
            str(tmp_path_factory.mktemp("chromium-profile")),
            executable_path=CHROMIUM,
            headless=True,
            args=CHROMIUM_ARGS,
            permissions=["clipboard-read", "clipboard-write"],
        )
        yield context
        context.close()


@pytest.fixture
def page(browser_context):
    """A tab whose pages load without Material's search worker (support.without_search)."""
    page = without_search(browser_context.new_page())
    yield page
    page.close()


@pytest.fixture
def search_page(browser_context):
    """A tab whose pages load as a reader's do, search worker and index included."""
    page = browser_context.new_page()
    yield page
    page.close()
