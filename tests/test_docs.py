"""The docs <-> snippets harness.

* Every file under ``snippets/`` is linted (black + ruff) and run with pytest-examples;
  each ``#>`` comment is checked against what the snippet prints
  (``pytest tests --update-examples`` rewrites them).
* Every snippet also runs as ``python snippets/<topic>/<file>.py`` would: a fresh
  ``__main__`` in its own process, exit status 0 (forked from one warm interpreter, so
  ``import torch`` is paid once).
* The page contract: no inline Python block on a page, every snippet shown by a page,
  every page in both languages, both languages show the same snippets.

Run as a script (``python tests/test_docs.py FILE...``) this module is the standalone
runner used by ``test_standalone``.
"""

from __future__ import annotations

import json
import os
import re
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SNIPPETS = ROOT / "snippets"
DOCS = ROOT / "docs"
LANGS = ("en", "zh")

# "# requires: cuda" on a line of its own at the top of a snippet marks it GPU-only.
REQUIRES_RE = re.compile(r"^# requires: (\w+)\s*$", re.M)
# Output on CUDA / MPS differs from CPU only by this suffix in tensor reprs.
DEVICE_SUFFIX_RE = re.compile(r", device='(?:cuda|mps|xpu)(?::\d+)?'")
INCLUDE_RE = re.compile(r"""^[ \t]*-{1,3}8<-{1,3}[ \t]+["']([^"'\n]+)["'][ \t]*$""", re.M)
FENCE_RE = re.compile(
    r"^(?P<indent>[ \t]*)(?P<fence>`{3,}|~{3,})[ \t]*\{?[ \t]*\.?(?P<lang>[\w+-]*)[^\n]*\n"
    r"(?P<body>.*?)^(?P=indent)(?P=fence)[ \t]*$",
    re.S | re.M,
)
PYTHON_LANGS = {"python", "py", "python3", "py3", "pycon", "ipython", "ipython3"}


def rel(path: Path) -> str:
    return path.relative_to(ROOT).as_posix()


def snippet_files() -> list[Path]:
    return sorted(p for p in SNIPPETS.rglob("*.py") if "__pycache__" not in p.parts)


def requirements(path: Path) -> set[str]:
    return set(REQUIRES_RE.findall(path.read_text(encoding="utf-8")))


def missing_requirement(path: Path) -> str | None:
    """Why this snippet cannot run here, or None."""
    need = requirements(path)
    if "cuda" in need:
        import torch

        if not torch.cuda.is_available():
            return f"{rel(path)} needs CUDA and torch.cuda.is_available() is False here"
    return None


def normalise_output(text: str) -> str:
    return DEVICE_SUFFIX_RE.sub("", text)


def pages() -> list[Path]:
    return sorted(p for p in DOCS.rglob("*.md") if not {"hooks", "overrides"} & set(p.parts))


def page_lang(path: Path) -> tuple[str, str] | None:
    """('tensors.md', 'en') for docs/tensors.en.md; None for a page without a language."""
    m = re.match(r"^(.*)\.(\w\w)\.(md|ipynb)$", path.relative_to(DOCS).as_posix())
    return (f"{m.group(1)}.{m.group(3)}", m.group(2)) if m else None


def includes(page: Path) -> list[str]:
    return INCLUDE_RE.findall(page.read_text(encoding="utf-8"))


# ---------------------------------------------------------------------------
# Standalone runner (this file run as a script).
# ---------------------------------------------------------------------------


def _standalone(paths: list[str]) -> dict[str, dict]:
    """Run each snippet as its own ``__main__`` in a forked child; report exit codes."""
    import ast
    import importlib
    import runpy
    import traceback

    # Warm the parent with every top-level package the snippets import, so each child
    # starts as fast as a fork. Importing does no work on a device, so forking is safe.
    for path in paths:
        for node in ast.walk(ast.parse(Path(path).read_text(encoding="utf-8"))):
            names = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
                names = [node.module]
            for name in names:
                try:
                    importlib.import_module(name)
                except Exception:  # the child will report it
                    pass

    results = {}
    for path in paths:
        log = tempfile.NamedTemporaryFile("w+", suffix=".log", delete=False)
        pid = os.fork()
        if pid == 0:  # child: what `python <path>` in an empty directory would do
            code = 0
            try:
                os.chdir(tempfile.mkdtemp(prefix="snippet-"))
                os.dup2(log.fileno(), 1)
                os.dup2(log.fileno(), 2)
                sys.argv = [path]
                runpy.run_path(path, run_name="__main__")
            except SystemExit as exc:
                code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
            except BaseException:
                traceback.print_exc()
                code = 1
            sys.stdout.flush()
            sys.stderr.flush()
            os._exit(code)
        _, status = os.waitpid(pid, 0)
        log.seek(0)
        results[path] = {"code": os.waitstatus_to_exitcode(status), "output": log.read()[-3000:]}
        log.close()
        os.unlink(log.name)
    return results


if __name__ == "__main__":
    print(json.dumps(_standalone(sys.argv[1:])))
    sys.exit(0)


# ---------------------------------------------------------------------------
# Tests.
# ---------------------------------------------------------------------------

import pytest  # noqa: E402
from pytest_examples import CodeExample, EvalExample  # noqa: E402
from pytest_examples import run_code as _run_code  # noqa: E402

# pytest-examples formats a multi-line print of a non-str value with black, which
# mangles tensor reprs (it re-wraps "tensor([[...]])" as code). Keep them verbatim.
_run_code.Arg.format = lambda self, config: self.data



class SnippetExample(CodeExample):
    """A whole snippet file. pytest-examples treats a .py path as a docstring example and
    squeezes blank lines that black (and ruff's isort) want between imports and a def."""

    def in_py_file(self) -> bool:
        return False


SNIPPET_FILES = snippet_files()
SNIPPET_IDS = [p.relative_to(SNIPPETS).as_posix() for p in SNIPPET_FILES]


@pytest.fixture
def hermetic(tmp_path, monkeypatch):
    """Same state for every snippet: cwd in a temp dir, seeds, dtype, no network."""
    import random
    import socket

    import numpy as np
    import torch

    workdir = tmp_path / "cwd"
    workdir.mkdir()
    monkeypatch.chdir(workdir)
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    monkeypatch.setenv("HF_HOME", str(tmp_path / "hf-home"))

    real_connect = socket.socket.connect

    def guarded_connect(sock, address):
        if sock.family in (socket.AF_INET, socket.AF_INET6):
            raise OSError(f"snippets are hermetic: network access to {address!r} refused")
        return real_connect(sock, address)

    monkeypatch.setattr(socket.socket, "connect", guarded_connect)
    random.seed(0)
    np.random.seed(0)
    torch.manual_seed(0)
    torch.set_default_dtype(torch.float32)
    torch.set_grad_enabled(True)
    torch.set_printoptions(profile="default")
    torch.use_deterministic_algorithms(False)
    yield workdir
    if "accelerate" in sys.modules:  # Accelerate keeps one state per process
        from accelerate.state import AcceleratorState

        AcceleratorState._reset_state(True)
    torch.set_default_dtype(torch.float32)
    torch.set_grad_enabled(True)
    torch.set_printoptions(profile="default")


@pytest.mark.parametrize("path", SNIPPET_FILES, ids=SNIPPET_IDS)
def test_snippet(path: Path, eval_example: EvalExample, hermetic):
    """Lint, run and check the ``#>`` output of one snippet (warnings are errors)."""
    reason = missing_requirement(path)
    if reason:
        pytest.skip(reason)
    example = SnippetExample.create(path.read_text(encoding="utf-8"), path=path)
    eval_example.set_config(line_length=88, quotes="either", target_version="py311", isort=True, upgrade=True)
    eval_example.print_callback = normalise_output
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("error", DeprecationWarning)
        warnings.simplefilter("error", FutureWarning)
        if eval_example.update_examples:
            eval_example.format(example)
            eval_example.run_print_update(example)
        else:
            eval_example.lint(example)
            eval_example.run_print_check(example)


@pytest.fixture(scope="session")
def standalone_results(request):
    """Run, in one batch, the snippets whose test_standalone this session selected."""
    import subprocess

    selected = {
        item.callspec.params["path"]
        for item in request.session.items
        if item.originalname == "test_standalone"
    }
    runnable = [str(p) for p in SNIPPET_FILES if p in selected and not missing_requirement(p)]
    proc = subprocess.run(
        [sys.executable, __file__, *runnable],
        capture_output=True,
        text=True,
        env={**os.environ, "HF_HUB_OFFLINE": "1"},
        check=False,
    )
    assert proc.returncode == 0, f"standalone runner failed:\n{proc.stderr[-3000:]}"
    return json.loads(proc.stdout.strip().splitlines()[-1])


@pytest.mark.parametrize("path", SNIPPET_FILES, ids=SNIPPET_IDS)
def test_standalone(path: Path, standalone_results):
    """``python snippets/<topic>/<file>.py`` exits 0: the snippet is a complete program."""
    reason = missing_requirement(path)
    if reason:
        pytest.skip(reason)
    result = standalone_results[str(path)]
    assert result["code"] == 0, (
        f"{rel(path)} exited {result['code']} when run on its own:\n{result['output']}"
    )


# --- the page contract ------------------------------------------------------


def test_no_inline_python_blocks():
    """Every Python block on a page is an include of a file under snippets/."""
    bad = []
    for page in pages():
        text = page.read_text(encoding="utf-8")
        for m in FENCE_RE.finditer(text):
            if m.group("lang").lower() not in PYTHON_LANGS:
                continue
            body = [line for line in m.group("body").splitlines() if line.strip()]
            if not body or not all(INCLUDE_RE.match(line) for line in body):
                line_no = text.count("\n", 0, m.start()) + 1
                bad.append(f"{rel(page)}:{line_no}: inline ```{m.group('lang')} block")
    assert not bad, "pages with inline Python (move the code to snippets/):\n" + "\n".join(bad)


def test_includes_exist():
    missing = [
        f"{rel(page)}: includes missing snippets/{inc}"
        for page in pages()
        for inc in includes(page)
        if not (SNIPPETS / inc).is_file()
    ]
    assert not missing, "\n".join(missing)


def test_every_snippet_is_shown():
    shown = {inc for page in pages() for inc in includes(page)}
    orphans = [rel(p) for p in SNIPPET_FILES if p.relative_to(SNIPPETS).as_posix() not in shown]
    assert not orphans, "snippets no page shows:\n" + "\n".join(orphans)


def test_every_page_in_both_languages():
    by_page: dict[str, set[str]] = {}
    unsuffixed = []
    for path in [*pages(), *DOCS.rglob("*.ipynb")]:
        key = page_lang(path)
        if key is None:
            unsuffixed.append(rel(path))
            continue
        by_page.setdefault(key[0], set()).add(key[1])
    problems = [f"{rel(p)}: page without a .en/.zh suffix" for p in map(Path, unsuffixed)]
    for page, langs in sorted(by_page.items()):
        for lang in LANGS:
            if lang not in langs:
                stem, ext = page.rsplit(".", 1)
                have = ", ".join(f"docs/{stem}.{x}.{ext}" for x in sorted(langs))
                problems.append(f"docs/{stem}.{lang}.{ext} is missing (translation of {have})")
    assert not problems, "\n".join(problems)


def test_languages_show_same_snippets():
    problems = []
    for en in DOCS.rglob("*.en.md"):
        zh = en.with_name(en.name.replace(".en.md", ".zh.md"))
        if zh.exists() and includes(en) != includes(zh):
            problems.append(
                f"{rel(en)} and {rel(zh)} show different snippets:\n"
                f"  en: {includes(en)}\n  zh: {includes(zh)}"
            )
    assert not problems, "\n".join(problems)


def test_front_matter():
    """Each page has a title and a description (search results and <meta> use them)."""
    import yaml

    problems = []
    for page in pages():
        text = page.read_text(encoding="utf-8")
        m = re.match(r"\A---\n(.*?)\n---\n", text, re.S)
        meta = yaml.safe_load(m.group(1)) if m else None
        if not isinstance(meta, dict) or not meta.get("title") or not meta.get("description"):
            problems.append(f"{rel(page)}: front matter needs title and description")
        elif '"' in str(meta["description"]):
            # MkDocs writes it unescaped into <meta name="description" content="…">.
            problems.append(f"{rel(page)}: description contains a double quote")
    assert not problems, "\n".join(problems)
