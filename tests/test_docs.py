"""The docs <-> snippets harness (pydantic's tests/test_docs.py is the model).

* `test_snippet`: every file under ``snippets/`` is linted (black, through
  pytest-examples) and run; what it prints is checked against its ``#>`` comments
  (``make update-examples`` rewrites them). A ``#: process`` snippet runs as its own
  ``python`` program (snippet_runner.run_process) and its stdout is checked against the
  ``#>`` block that ends it.
* `test_standalone`: every other snippet also runs as ``python snippets/<topic>/<file>.py``
  would (a fresh ``__main__`` in its own process): exit status 0, and the lines it prints
  are the ones its ``#>`` comments promise.
* `test_record`: the compatibility record (snippets/compat.json) has, for the pinned torch
  on the CPU, each snippet's current digest and the status this run found (the runs above
  are reused): `make record` (or `make matrix`) updates it.
* `test_contract`: the rules of docs/hooks/sitemodel.py (directives, front matter,
  markers, includes, translations, orphans); each failure names a file and a line.
* `test_ruff`: one ruff configuration (pyproject.toml) over snippets, hooks and tests.
"""

from __future__ import annotations

import inspect
import json
import os
import subprocess
import sys
import traceback
import warnings
from pathlib import Path

import pytest
from pytest_examples import CodeExample, EvalExample
from pytest_examples import run_code as _run_code

import sitemodel
import snippet_runner
from support import shared_dir

# pytest-examples formats a multi-line print of a non-str value with black, which
# mangles tensor reprs (it re-wraps "tensor([[...]])" as code). Keep them verbatim.
_run_code.Arg.format = lambda self, config: self.data


class _Frames:
    """pytest-examples' print() stand-in calls inspect.stack() for one frame, on every print.
    inspect.stack() reads the source of every frame of the stack, and its getmodule() scans
    sys.modules, thousands of modules once torch is imported (python/cpython#92041): about
    a third of the snippet suite's time went there. The same frames, without the source."""

    def __getattr__(self, name):
        return getattr(inspect, name)

    @staticmethod
    def stack(context: int = 1) -> list[inspect.FrameInfo]:
        frames, frame = [], sys._getframe(1)
        while frame is not None:
            code = frame.f_code
            frames.append(inspect.FrameInfo(frame, code.co_filename, frame.f_lineno, code.co_name, None, None))
            frame = frame.f_back
        return frames


_run_code.inspect = _Frames()


class SnippetExample(CodeExample):
    """A whole snippet file. pytest-examples treats a .py path as a docstring example and
    squeezes blank lines that black (and ruff's isort) want between imports and a def."""

    def in_py_file(self) -> bool:
        return False


PATHS = sitemodel.snippet_paths()


def is_process(path: Path) -> bool:
    """Whether the snippet says ``#: process`` (a malformed one fails in its own tests)."""
    try:
        return sitemodel.snippet_at(path).process
    except sitemodel.ModelError:
        return False


def params(paths: list[Path], group: str | None = None) -> list:
    """The snippets as parameters. `make test` runs on two xdist workers (--dist loadgroup):
    a ``#: process`` snippet's test_snippet and test_record share its one run on one
    worker (group "process"); the others, if `group`, go with that group."""
    out = []
    for path in paths:
        name = "process" if is_process(path) else group
        marks = [pytest.mark.xdist_group(name)] if name else []
        out.append(pytest.param(path, marks=marks, id=path.relative_to(sitemodel.SNIPPETS).as_posix()))
    return out


def snippet(path: Path) -> sitemodel.Snippet:
    try:
        return sitemodel.parse_snippet(path)
    except sitemodel.ModelError as err:
        pytest.fail(str(err), pytrace=False)


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
    monkeypatch.setattr(socket.socket, "connect", snippet_runner.refusing_network(socket.socket.connect))
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


PROCESS_RESULTS: dict[str, dict] = {}  # process snippets run by test_snippet, for test_record


def check_process(s: sitemodel.Snippet, update: bool) -> None:
    result = PROCESS_RESULTS[str(s.path)] = snippet_runner.run_process(s)
    where = sitemodel.rel(s.path)
    assert result["code"] == 0, f"{where} exited {result['code']} ({result['network']}):\n{result['stderr']}"
    if result["output_matches"]:
        return
    if update:  # rewrite the #> block that ends the file
        lines = s.source.rstrip("\n").splitlines()
        while lines and lines[-1].startswith("#>"):
            lines.pop()
        block = [f"#> {x}".rstrip() for x in result["printed"]]
        s.path.write_text("\n".join([*lines, *block]) + "\n", encoding="utf-8")
        return
    want, got = s.promised(ordered=True), result["printed"]
    first = next((i for i, (a, b) in enumerate(zip(want, got)) if a != b), min(len(want), len(got)))
    pytest.fail(
        f"{where}: printed line {first + 1} differs from its #> block:\n  want: "
        f"{(want[first:] or ['(nothing)'])[0]!r}\n  got:  {(got[first:] or ['(nothing)'])[0]!r}\n"
        "(make update-examples rewrites it; read it before committing)",
        pytrace=False,
    )


# One worker runs the in-process snippets, so torch.compile's modules, diffusers, torchvision
# and the rest are imported once (about 8 s), not on each worker.
@pytest.mark.parametrize("path", params(PATHS, group="in-process"))
def test_snippet(path: Path, eval_example: EvalExample, hermetic):
    """Lint, run and check the ``#>`` output of one snippet (warnings are errors)."""
    s = snippet(path)
    reason = s.missing_requirement()
    if reason:
        pytest.skip(reason)
    example = SnippetExample.create(s.source, path=path)
    eval_example.set_config(line_length=88, quotes="either", target_version="py311", upgrade=True)
    eval_example.print_callback = sitemodel.normalise_output
    if eval_example.update_examples:
        eval_example.format_black(example)
    else:
        eval_example.lint_black(example)  # ruff: test_ruff, once over the whole project
    if s.process:
        check_process(s, eval_example.update_examples)
        return
    failure = None
    with warnings.catch_warnings():
        warnings.simplefilter("error", DeprecationWarning)
        warnings.simplefilter("error", FutureWarning)
        try:
            if eval_example.update_examples:
                eval_example.run_print_update(example)
            else:
                eval_example.run_print_check(example)
        except Exception as exc:  # noqa: BLE001  (pytest.fail's Failed is no Exception)
            # pytest-examples re-points the traceback at the example with frames that
            # pytest 9's report cannot read (INTERNALERROR, the session ends): name the
            # snippet's line and the error, and fail outside this block (no chained traceback).
            line = next((n for frame, n in traceback.walk_tb(exc.__traceback__)
                         if frame.f_code.co_filename == str(path)), "?")
            failure = f"{sitemodel.rel(path)}:{line}: {type(exc).__name__}: {exc}"
    if failure:
        pytest.fail(failure, pytrace=False)


@pytest.fixture(scope="session")
def standalone_results(request, tmp_path_factory):
    """Run, in one batch, the snippets whose test_standalone this session selected."""
    if os.environ.get("PYTEST_XDIST_WORKER"):
        # `--dist loadgroup` sends the whole "standalone" group to one worker. If grouping
        # breaks (pytest 9.2 did that: pytest-xdist#1386), each worker would run the batch
        # and nothing else would show it.
        try:
            (shared_dir(tmp_path_factory) / "standalone-batch").touch(exist_ok=False)
        except FileExistsError:
            pytest.fail("the standalone batch ran on a second xdist worker: --dist loadgroup is not "
                        "grouping the xdist_group('standalone') tests (pytest-xdist#1386)")
    items = request.session.items
    selected = {item.callspec.params["path"] for item in items
                if item.originalname in ("test_standalone", "test_record")}
    runnable = [str(p) for p in STANDALONE if p in selected and not snippet(p).missing_requirement()]
    hf_home = tmp_path_factory.mktemp("hf-home")  # nothing cached by the machine's Hugging Face
    proc = subprocess.run(
        [sys.executable, snippet_runner.__file__, *runnable],
        capture_output=True,
        text=True,
        env={**os.environ, "HF_HUB_OFFLINE": "1", "HF_HOME": str(hf_home)},
        check=False,
    )
    assert proc.returncode == 0, f"standalone runner failed:\n{proc.stderr[-3000:]}"
    return json.loads(proc.stdout.strip().splitlines()[-1])


STANDALONE = [p for p in PATHS if not is_process(p)]


@pytest.mark.xdist_group("standalone")  # one worker runs the batch (standalone_results)
@pytest.mark.parametrize("path", STANDALONE, ids=[p.relative_to(sitemodel.SNIPPETS).as_posix() for p in STANDALONE])
def test_standalone(path: Path, standalone_results):
    """``python snippets/<topic>/<file>.py`` exits 0 and prints what it promises."""
    reason = snippet(path).missing_requirement()
    if reason:
        pytest.skip(reason)
    result = standalone_results[str(path)]
    where = sitemodel.rel(path)
    assert result["code"] == 0, f"{where} exited {result['code']} when run on its own:\n{result['stderr']}"
    assert result["output_matches"], f"{where} run on its own printed other lines than its #>:\n{result['stdout']}"


@pytest.mark.parametrize("path", params(PATHS, group="standalone"))  # it reads the standalone batch's results
def test_record(path: Path, request):
    """The compatibility record (snippets/compat.json) says, for the pinned torch on the CPU,
    what this run found: the snippet's current digest and the same status."""
    import torch

    s = snippet(path)
    if s.missing_requirement():
        pytest.skip(s.missing_requirement())
    if torch.cuda.is_available():
        pytest.skip("the record's CUDA columns come from a GPU machine's own run (gpu.yml)")
    key = sitemodel.run_key(sitemodel.pins()["torch"], "cpu")
    if s.process:
        result = PROCESS_RESULTS.get(str(path)) or snippet_runner.run_process(s)
    else:
        result = request.getfixturevalue("standalone_results")[str(path)]
    now = sitemodel.compat_status(result)
    entry = sitemodel.load_record()["results"].get(s.id, {}).get(key)
    fix = "run `make matrix` (or `make record`) and commit snippets/compat.json"
    assert entry, f"snippets/compat.json has no result for {s.id} on torch {key}: {fix}"
    assert entry["digest"] == s.digest, (
        f"snippets/compat.json: {s.id} on torch {key} was recorded for other code (digest "
        f"{entry['digest']}, now {s.digest}): {fix}")
    assert entry["status"] == now["status"], (
        f"snippets/compat.json: {s.id} on torch {key} is recorded as {entry['status']!r}, this run: "
        f"{now['status']!r} {now['message']!r}: {fix}")


def test_a_standalone_run_has_no_network(tmp_path):
    """snippet_runner's forked child refuses an IP connection (refusing_network,
    the in-process run's `hermetic` guard too): CI has no network but the package registries."""
    network = tmp_path / "01_network.py"
    network.write_text("import socket\n\nsocket.create_connection(('192.0.2.1', 80), timeout=1)\n", encoding="utf-8")
    proc = subprocess.run([sys.executable, snippet_runner.__file__, str(network)],
                          capture_output=True, text=True, check=True)
    refused = json.loads(proc.stdout.strip().splitlines()[-1])[str(network)]
    assert refused["code"] == 1 and "snippets are hermetic: network access" in refused["error"], refused


@pytest.mark.parametrize("kind", ["snippets", "pages", "translations", "orphans"])
def test_contract(kind):
    """The site's rules (sitemodel.problems): directives, front matter, markers, includes,
    inline code, hard-wrapped Chinese, translations that drift, snippets no page shows."""
    found = sitemodel.problems()[kind]
    assert not found, "\n".join(found)


def test_ruff():
    """One ruff configuration (pyproject.toml) for everything the project writes."""
    ruff = Path(sys.executable).with_name("ruff")
    proc = subprocess.run(
        [ruff, "check", "--no-cache", "--output-format=concise", "."],
        cwd=sitemodel.ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_a_plot_missing_a_glyph_fails_naming_its_snippet(tmp_path, monkeypatch):
    """docs/hooks/plots.py: Matplotlib only logs a missing glyph and draws a box; the build fails.
    Chinese inside `$…$` is set in the math font, which has no Chinese (the bug it caught)."""
    import plots

    monkeypatch.setattr(plots, "CACHE", tmp_path / "cache")
    path = tmp_path / "99_plot.py"
    path.write_text(
        'import matplotlib\nmatplotlib.use("Agg")\nimport matplotlib.pyplot as plt\n\n'
        'plt.rcParams["font.family"] = ["DejaVu Sans", "Noto Sans CJK SC"]\n'
        'plt.title("{}")\nplt.savefig("a.svg")\n'.format(r"信号 $\\sqrt{x}$"),
        encoding="utf-8",
    )
    with pytest.raises(RuntimeError, match=r"99_plot.py \(zh\): the plot lacks glyphs: .*U\+4fe1"):
        plots.render(path, "a.svg", "zh")
    # every glyph there (DejaVu has √; whether Noto's Chinese is found depends on what the
    # process drew before: Matplotlib caches font lookups)
    path.write_text(path.read_text(encoding="utf-8").replace(r"信号 $\\sqrt{x}$", "signal √x"), encoding="utf-8")
    assert plots.render(path, "a.svg", "zh").startswith(b"<?xml")
