"""Fixtures shared by the site tests: one strict build of every language, served on 127.0.0.1
as it is published, and a real browser (Debian's Chromium driven by Playwright; `make test`
installs Chromium)."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest

from pytorch_notes import build, model
from support import CHROMIUM, chromium_args, serve_site, shared_dir, without_search

if os.environ.get("PYTEST_XDIST_WORKER"):
    # `make test`: two workers on two cores, next to Chromium and the snippet batch. torch's
    # default of a thread per core made the snippets' threads contend (their suite's time
    # 83 -> 46 s with one); set before torch is imported, inherited by the batch. The
    # printed outputs are the same either way (every #> line checked both ways).
    os.environ.setdefault("OMP_NUM_THREADS", "1")


@pytest.fixture(scope="session")
def site(tmp_path_factory) -> Path:
    """Every language, built once per test session as the deploy publishes it (for mike, as
    version model.docs_version()) into site/<lang>/: what CI publishes is the site these
    tests checked. `make test` runs on two xdist workers: the first to need the site builds
    it under a lock in the folder they share, the other waits and reads the same result."""
    from filelock import FileLock

    dest = model.ROOT / "site"
    shared = shared_dir(tmp_path_factory)
    outcome = shared / "site-build.json"
    with FileLock(shared / "site-build.lock"):
        if not outcome.exists():
            shutil.rmtree(dest, ignore_errors=True)
            failed = [f"{b.lang.locale}: " + "\n".join(b.problems()) for b in build.build(dest, model.docs_version())
                      if b.code]
            outcome.write_text(json.dumps({"failed": failed}))
    failed = json.loads(outcome.read_text())["failed"]
    assert not failed, "strict build failed:\n" + "\n".join(failed)
    return dest


@pytest.fixture(scope="session")
def served(site):
    """The built site served where GitHub Pages serves it (support.Served: .url(lang, path))."""
    served = serve_site(site)
    yield served
    served.close()


@pytest.fixture(scope="session")
def browser_context(tmp_path_factory, served):
    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing: run `make test` (it installs Debian's chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        context = p.chromium.launch_persistent_context(
            str(tmp_path_factory.mktemp("chromium-profile")),
            executable_path=CHROMIUM,
            headless=True,
            args=chromium_args(served.port),
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
