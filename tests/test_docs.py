"""The docs <-> snippets harness (pydantic's tests/test_docs.py is the model).

* `test_snippet`: every file under ``snippets/`` is formatted as black formats it (through
  pytest-examples, which leaves the ``#>`` comments alone) and runs as ``python
  snippets/<topic>/<file>.py`` would: a fresh ``__main__`` of its own (pytorch_notes.runner,
  one batch for the whole session), exit status 0, no DeprecationWarning or FutureWarning,
  and what it prints is its ``#>`` comments, line for line (model.output_matches: the one
  meaning of "its output matches", also the record's and the notebooks'). ``make
  update-examples`` writes the comments from a run; read them before committing.
* `test_record`: the compatibility record (snippets/compat.json) has, for the pinned torch
  on the CPU, each snippet's current digest and the status this run found (`make record`,
  or `make matrix`, updates it).
* `test_contract`: the rules of pytorch_notes/model.py (directives, front matter, markers,
  includes, translations, configurations, orphans); each failure names a file and a line.
* `test_chinese_copy`: the Chinese pages' spacing and punctuation (AutoCorrect) and terms
  (one per concept, the glossary's), pytorch_notes/zh_style.py.
* `test_ruff`: one ruff configuration (pyproject.toml) over snippets, the package and tests.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from pytest_examples import CodeExample, EvalExample

from pytorch_notes import model, plots, runner, zh_style
from support import questions, shared_dir

PATHS = model.snippet_paths()
IDS = [p.relative_to(model.SNIPPETS).as_posix() for p in PATHS]
# One worker runs the batch (`make test`: two xdist workers, --dist loadgroup), so what the
# snippets import (torch.compile's modules, diffusers, torchvision) is imported once.
BATCH = pytest.mark.xdist_group("snippets")


class SnippetExample(CodeExample):
    """A whole snippet file. pytest-examples treats a .py path as a docstring example and
    squeezes blank lines that black (and ruff's isort) want between imports and a def."""

    def in_py_file(self) -> bool:
        return False


def snippet(path: Path) -> model.Snippet:
    try:
        return model.parse_snippet(path)
    except model.ModelError as err:
        pytest.fail(str(err), pytrace=False)


def runs_here(path: Path) -> model.Snippet:
    s = snippet(path)
    if s.missing_requirement():
        pytest.skip(s.missing_requirement())
    return s


@pytest.fixture(scope="session")
def batch(request, tmp_path_factory) -> dict[str, dict]:
    """Every snippet this session's tests select, run once by pytorch_notes.runner in a process
    of its own: each a forked child of one warm interpreter (a `#: process` one as its own
    program), with no network, in an empty folder; path -> result."""
    if os.environ.get("PYTEST_XDIST_WORKER"):
        # `--dist loadgroup` sends the whole "snippets" group to one worker. If grouping
        # breaks (pytest 9.2 did that: pytest-xdist#1386), each worker would run the batch
        # and nothing else would show it.
        try:
            (shared_dir(tmp_path_factory) / "snippet-batch").touch(exist_ok=False)
        except FileExistsError:
            pytest.fail("the snippet batch ran on a second xdist worker: --dist loadgroup is not "
                        "grouping the xdist_group('snippets') tests (pytest-xdist#1386)")
    selected = {item.callspec.params["path"] for item in request.session.items
                if item.originalname in ("test_snippet", "test_record")}
    runnable = [str(p) for p in PATHS if p in selected and not snippet(p).missing_requirement()]
    hf_home = tmp_path_factory.mktemp("hf-home")  # nothing cached by the machine's Hugging Face
    proc = subprocess.run(
        [sys.executable, "-m", "pytorch_notes.runner", *runnable],
        cwd=model.ROOT,
        capture_output=True,
        text=True,
        env={**os.environ, "HF_HUB_OFFLINE": "1", "HF_HOME": str(hf_home)},
        check=False,
    )
    assert proc.returncode == 0, f"the snippet runner failed:\n{proc.stderr[-3000:]}"
    return json.loads(proc.stdout.strip().splitlines()[-1])


def where_it_failed(s: model.Snippet, stderr: str) -> str:
    """'snippets/x/01.py:12: ValueError: …': the snippet's last line in the traceback, the error."""
    lines = re.findall(rf'File "{re.escape(str(s.path.resolve()))}", line (\d+)', stderr)
    error = runner._first_line(stderr)
    return f"{model.rel(s.path)}:{lines[-1] if lines else 1}: {error}"


@BATCH
@pytest.mark.parametrize("path", PATHS, ids=IDS)
def test_snippet(path: Path, eval_example: EvalExample, batch):
    """Formatted as black formats it, runs as a program, prints its #> comments, warns of no
    deprecation."""
    s = runs_here(path)
    eval_example.set_config(line_length=88, quotes="either", target_version="py311", upgrade=True)
    eval_example.lint_black(SnippetExample.create(s.source, path=path))  # ruff: test_ruff, once for all
    result = batch[str(path)]
    network = f" ({result['network']})" if "network" in result else ""
    assert result["code"] == 0, f"{where_it_failed(s, result['stderr'])}{network}\n{result['stderr'][-2000:]}"
    deprecated = [w for w in result["warnings"] if w.startswith(("DeprecationWarning", "FutureWarning"))]
    assert not deprecated, f"{model.rel(s.path)}: {deprecated[0]}"
    assert result["output_matches"], (
        f"{model.rel(s.path)}: {model.output_difference(s, result['stdout'])}\n"
        "(make update-examples writes its #> comments from a run: read them before committing)")


@BATCH
@pytest.mark.parametrize("path", PATHS, ids=IDS)
def test_record(path: Path, batch):
    """The compatibility record (snippets/compat.json) says, for the pinned torch on the CPU,
    what this run found: the snippet's current digest and the same status."""
    import torch

    s = runs_here(path)
    if torch.cuda.is_available():
        pytest.skip("the record's CUDA columns come from a GPU machine's own run (gpu.yml)")
    key = model.run_key(model.pins()["torch"], "cpu")
    now = model.compat_status(batch[str(path)], s)
    entry = model.load_record()["results"].get(s.id, {}).get(key)
    fix = "run `make record` (or `make matrix`) and commit snippets/compat.json"
    assert entry, f"snippets/compat.json has no result for {s.id} on torch {key}: {fix}"
    assert entry["digest"] == s.digest, (
        f"snippets/compat.json: {s.id} on torch {key} was recorded for other code (digest "
        f"{entry['digest']}, now {s.digest}): {fix}")
    assert entry["status"] == now["status"], (
        f"snippets/compat.json: {s.id} on torch {key} is recorded as {entry['status']!r}, this run: "
        f"{now['status']!r} {now['message']!r}: {fix}")


def test_a_snippet_run_has_no_network(tmp_path):
    """The runner's child refuses an IP connection (an audit hook on socket.connect): CI has no
    network but the package registries."""
    network = tmp_path / "01_network.py"
    network.write_text("import socket\n\nsocket.create_connection(('192.0.2.1', 80), timeout=1)\n", encoding="utf-8")
    proc = subprocess.run([sys.executable, "-m", "pytorch_notes.runner", str(network)], cwd=model.ROOT,
                          capture_output=True, text=True, check=True)
    refused = json.loads(proc.stdout.strip().splitlines()[-1])[str(network)]
    assert refused["code"] == 1 and "snippets are hermetic: network access" in refused["error"], refused


def test_a_failing_snippet_names_its_line(tmp_path):
    """A snippet that raises fails naming its file, the line that raised and the error."""
    path = tmp_path / "99_raises.py"
    path.write_text("def f():\n    raise ValueError('no')\n\n\nf()\n", encoding="utf-8")
    proc = subprocess.run([sys.executable, "-m", "pytorch_notes.runner", str(path)], cwd=model.ROOT,
                          capture_output=True, text=True, check=True)
    result = json.loads(proc.stdout.strip().splitlines()[-1])[str(path)]
    assert result["code"] == 1
    said = where_it_failed(model.parse_snippet(path), result["stderr"])
    assert said.endswith("99_raises.py:2: ValueError: no"), (said, result["stderr"])


@pytest.mark.parametrize("kind", ["snippets", "pages", "translations", "configurations", "orphans"])
def test_contract(kind):
    """The site's rules (model.problems): directives, front matter, markers, includes, inline
    code, hard-wrapped Chinese, translations that drift, the languages' configurations,
    snippets no page shows."""
    found = model.problems()[kind]
    assert not found, "\n".join(found)


CHINESE = [p for p in model.pages() if p.lang in model.UNSPACED_LOCALES]


@pytest.mark.parametrize("page", CHINESE, ids=[p.file for p in CHINESE])
def test_chinese_copy(page):
    """Spacing and punctuation as AutoCorrect has them (.autocorrectrc), the glossary's terms
    (pytorch_notes/zh_terms.yml), and the rules AutoCorrect lacks: each problem at its line."""
    found = zh_style.problems(page)
    assert not found, "\n".join(found)


def test_every_chinese_term_is_the_glossarys():
    """zh_terms.yml names the glossary's own terms: one place defines each word."""
    glossary = next(p for p in CHINESE if p.name == "glossary").prose()
    missing = [x["term"] for x in zh_style.terms() if x["term"] not in glossary]
    assert not missing, f"pytorch_notes/zh_terms.yml: terms docs/zh/glossary.md does not list: {missing}"


def test_the_glossarys_chinese_terms_are_words_of_the_search():
    """Each Chinese term of the glossary is a word of the search's jieba dictionary, so the
    index and a query cut it the same way: jieba alone cut 图中断 (graph break) as 图 + 中断
    on the page and the query into 图中 + 断, and the section titled 图中断 was not found."""
    words = zh_style.jieba_words()
    missing = [f"docs/zh/glossary.md:{line}: {word}" for word, line in zh_style.glossary_words() if word not in words]
    assert not missing, f"add to {zh_style.JIEBA_USER_DICT.name} (as `word 10 n`):\n" + "\n".join(missing)


def test_the_readers_questions_name_sections_of_their_pages():
    """tests/questions.tsv: each question names a page of its language and a heading id on it;
    every reference page has at least 12 questions, each language some (the browser types them)."""
    ids = {(p.lang, p.name): {h.id for h in p.headings() if h.id} | {""} for p in model.pages()}
    rows = questions()
    wrong = [f"tests/questions.tsv:{q.line}: {q.lang}/{q.page}#{q.anchor} is no section of the site"
             for q in rows if q.anchor not in ids.get((q.lang, q.page), set())]
    assert not wrong, "\n".join(wrong)
    counts = {}
    for q in rows:
        counts[q.page] = counts.get(q.page, 0) + 1
    reference = [p.name for p in model.pages(model.default_locale()) if p.includes() and p.name != "cheatsheets"]
    few = {page: counts.get(page, 0) for page in reference if counts.get(page, 0) < 12}
    assert not few, f"tests/questions.tsv: reference pages with fewer than 12 questions: {few}"
    assert len(rows) >= 200 and {q.lang for q in rows} == set(model.locales())


def test_ruff():
    """One ruff configuration (pyproject.toml) for everything the project writes."""
    ruff = Path(sys.executable).with_name("ruff")
    proc = subprocess.run(
        [ruff, "check", "--no-cache", "--output-format=concise", "."],
        cwd=model.ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_a_plot_missing_a_glyph_fails_naming_its_snippet(tmp_path):
    """pytorch_notes/plots.py: Matplotlib only logs a missing glyph and draws a box; the build fails,
    naming the snippet and the font to install. Chinese inside `$…$` is set in the math font,
    which has no Chinese (the bug it caught)."""
    path = tmp_path / "99_plot.py"
    path.write_text(
        'import matplotlib\nmatplotlib.use("Agg")\nimport matplotlib.pyplot as plt\n\n'
        'plt.rcParams["font.family"] = ["DejaVu Sans", "Noto Sans CJK SC"]\n'
        'plt.title("{}")\nplt.savefig("a.svg")\n'.format(r"信号 $\\sqrt{x}$"),
        encoding="utf-8",
    )
    with pytest.raises(plots.PlotError, match=r"99_plot.py \(zh\): the plot lacks glyphs: .*U\+4fe1.*fonts-noto-cjk"):
        plots.draw(path, "a.svg", "zh")
    # every glyph there (DejaVu has √; whether Noto's Chinese is found depends on what the
    # process drew before: Matplotlib caches font lookups)
    path.write_text(path.read_text(encoding="utf-8").replace(r"信号 $\\sqrt{x}$", "signal √x"), encoding="utf-8")
    assert plots.draw(path, "a.svg", "zh").startswith(b"<?xml")
