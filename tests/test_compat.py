"""The compatibility record (snippets/compat.json) and how the site shows it.

* the record's logic (pytorch_notes/model.py): a result counts only for the code that ran
  (digest), the runner's result maps to passed / warned / failed, the page range;
* the built site: a strip under every code block of every page, in every language, and
  the range under the title of every page that shows snippets.
The agreement of the record with a real run of the pinned torch is tests/test_docs.py's
test_record (it reuses that module's runs).
"""

from __future__ import annotations

import re
from pathlib import Path

from pytorch_notes import model
from support import html_path

OK = {"code": 0, "stdout": "1\n", "stderr": "", "warnings": [], "error": ""}


def fake(tmp_path: Path, source: str = "print(1)\n#> 1\n") -> model.Snippet:
    path = model.SNIPPETS / "tensors" / "99_fake.py"
    return model.Snippet(path, source, [], None)


def test_status_mapping(tmp_path):
    s = fake(tmp_path)
    assert model.compat_status(OK, s)["status"] == "passed"
    twice = ["UserWarning: x is deprecated", "UserWarning: x is deprecated"]
    warned = model.compat_status({**OK, "warnings": twice}, s)
    assert warned == {"status": "warned", "message": "UserWarning: x is deprecated",
                      "warnings": ["UserWarning: x is deprecated"]}
    failed = model.compat_status({**OK, "code": 1, "error": "AttributeError: no attribute 'foo'"}, s)
    assert failed["status"] == "failed" and failed["message"] == "AttributeError: no attribute 'foo'"
    other = model.compat_status({**OK, "stdout": "RuntimeError: an older message\n"}, s)
    assert other == {"status": "differs", "message": "line 1: printed 'RuntimeError: an older message', its #> "
                     "says '1'", "warnings": []}
    on_cuda = fake(tmp_path, "print(t)\n#> tensor([1])\n")
    assert model.compat_status({**OK, "stdout": "tensor([1], device='cuda:0')\n"}, on_cuda)["status"] == "passed"


def test_a_result_counts_only_for_the_code_that_ran(tmp_path):
    record = {"runs": {}, "results": {}}
    old = fake(tmp_path)
    model.record_result(record, old, "2.13.0/cpu", OK, "2026-12-01")
    assert model.compat_cell(record, old, "2.13.0/cpu")["status"] == "passed"
    edited = fake(tmp_path, "print(2)\n#> 2\n")
    assert edited.digest != old.digest
    cell = model.compat_cell(record, edited, "2.13.0/cpu")
    assert cell["status"] == "not run" and cell["stale"]  # never the older code's "passed"
    assert model.compat_cell(record, old, "2.14.1/cpu") == {"status": "not run", "message": "",
                                                                 "warnings": [], "stale": False}


def test_record_keys_sort_by_version_and_device():
    keys = ["2.15.0/cuda", "2.11.0/cpu", "2.9.1/cpu", "2.15.0/cpu"]
    assert sorted(keys, key=model.version_key) == ["2.9.1/cpu", "2.11.0/cpu", "2.15.0/cpu", "2.15.0/cuda"]
    assert model.run_key("2.13.0+cpu", "cpu") == "2.13.0/cpu"


def test_works_with_needs_every_snippet_at_its_current_code(tmp_path):
    a, b = fake(tmp_path), fake(tmp_path, "print(3)\n#> 3\n")
    b.path = b.path.with_name("98_other.py")
    record = {"runs": {}, "results": {}}
    for key in ("2.13.0/cpu", "2.14.1/cpu", "2.15.0/cpu"):
        model.record_result(record, a, key, OK, "2026-12-01")
        model.record_result(record, b, key, {**OK, "stdout": "3\n"} if key != "2.13.0/cpu" else {**OK, "code": 1},
                            "2026-12-01")
    assert model.works_with(record, [a, b]) == ["2.14.1", "2.15.0"]
    edited = fake(tmp_path, "print(4)\n#> 4\n")
    assert model.works_with(record, [edited, b]) == []


def test_save_and_load_round_trip(tmp_path):
    record = {"runs": {"2.15.0/cpu": {"torch": "2.15.0"}}, "results": {}}
    snippet = model.snippets()[0]
    model.record_result(record, snippet, "2.15.0/cpu", OK, "2026-12-01")
    record["results"]["gone/01_deleted.py"] = {"2.15.0/cpu": {"digest": "x"}}
    model.save_record(record, tmp_path / "r.json")
    back = model.load_record(tmp_path / "r.json")
    assert back["runs"] == record["runs"]
    assert set(back["results"]) == {snippet.id}  # a deleted snippet's results go
    assert back["results"][snippet.id]["2.15.0/cpu"]["digest"] == snippet.digest


def words(locale: str) -> dict:
    """extra.text of a language (its configuration's)."""
    return model.language(locale).text


def test_a_strip_under_every_code_block_and_a_range_under_every_title(site):
    for page in model.pages():
        html = html_path(site, page).read_text(encoding="utf-8")
        found = list(re.finditer(r'<div class="compat-strip"[^>]*aria-label="[^"]*: ([^"]+)"', html))
        assert [m.group(1) for m in found] == [i.target for i in page.includes()], page.file
        last = 0
        for m in found:  # each strip follows its own code block (a notebook page's cells too)
            between = html[last : m.start()]
            assert "<pre" in between, f"{page.file}: strip {m.group(1)} without code"
            last = m.end()
        ranges = re.findall(r'<p class="compat-range"[^>]*>(.*?)</p>', html, re.S)
        if page.includes():
            text = words(page.lang)
            starts = [t.split("{")[0] for t in (text["compat_range"], text["compat_range_none"])]
            assert len(ranges) == 1 and ranges[0].startswith(tuple(starts)), f"{page.file}: range {ranges}"
        else:
            assert not ranges, page.file


def test_compat_page_lists_every_snippet_in_every_language(site):
    for page in model.pages():
        if page.name != "compat":
            continue
        html = html_path(site, page).read_text(encoding="utf-8")
        for snippet in model.snippets():
            assert f"<code>{snippet.id}</code>" in html, f"{page.file} lacks {snippet.id}"
