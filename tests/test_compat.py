"""The compatibility record (snippets/compat.json) and how the site shows it.

* the record's logic (docs/hooks/sitemodel.py): a result counts only for the code that ran
  (digest), the runner's result maps to passed / warned / failed, the page range;
* the built site: a strip under every code block of every page, in every language, and
  the range under the title of every page that shows snippets.
The agreement of the record with a real run of the pinned torch is tests/test_docs.py's
test_record (it reuses that module's runs).
"""

from __future__ import annotations

import re
from pathlib import Path

import sitemodel
from support import html_path

OK = {"code": 0, "stdout": "", "stderr": "", "warnings": [], "output_matches": True, "error": ""}


def fake(tmp_path: Path, source: str = "print(1)\n#> 1\n") -> sitemodel.Snippet:
    path = sitemodel.SNIPPETS / "tensors" / "99_fake.py"
    return sitemodel.Snippet(path, source, [], None)


def test_status_mapping():
    assert sitemodel.compat_status(OK)["status"] == "passed"
    twice = ["UserWarning: x is deprecated", "UserWarning: x is deprecated"]
    warned = sitemodel.compat_status({**OK, "warnings": twice})
    assert warned == {"status": "warned", "message": "UserWarning: x is deprecated",
                      "warnings": ["UserWarning: x is deprecated"]}
    failed = sitemodel.compat_status({**OK, "code": 1, "error": "AttributeError: no attribute 'foo'"})
    assert failed["status"] == "failed" and failed["message"] == "AttributeError: no attribute 'foo'"
    other = sitemodel.compat_status({**OK, "output_matches": False, "stdout": "tensor([1], device='cuda:0')\n"})
    assert other["status"] == "failed" and "tensor([1])" in other["message"]  # device suffix ignored


def test_a_result_counts_only_for_the_code_that_ran(tmp_path):
    record = {"runs": {}, "results": {}}
    old = fake(tmp_path)
    sitemodel.record_result(record, old, "2.13.0/cpu", OK, "2026-12-01")
    assert sitemodel.compat_cell(record, old, "2.13.0/cpu")["status"] == "passed"
    edited = fake(tmp_path, "print(2)\n#> 2\n")
    assert edited.digest != old.digest
    cell = sitemodel.compat_cell(record, edited, "2.13.0/cpu")
    assert cell["status"] == "not run" and cell["stale"]  # never the older code's "passed"
    assert sitemodel.compat_cell(record, old, "2.14.1/cpu") == {"status": "not run", "message": "",
                                                                 "warnings": [], "stale": False}


def test_record_keys_sort_by_version_and_device():
    keys = ["2.15.0/cuda", "2.11.0/cpu", "2.9.1/cpu", "2.15.0/cpu"]
    assert sorted(keys, key=sitemodel.version_key) == ["2.9.1/cpu", "2.11.0/cpu", "2.15.0/cpu", "2.15.0/cuda"]
    assert sitemodel.run_key("2.13.0+cpu", "cpu") == "2.13.0/cpu"


def test_works_with_needs_every_snippet_at_its_current_code(tmp_path):
    a, b = fake(tmp_path), fake(tmp_path, "print(3)\n#> 3\n")
    b.path = b.path.with_name("98_other.py")
    record = {"runs": {}, "results": {}}
    for key in ("2.13.0/cpu", "2.14.1/cpu", "2.15.0/cpu"):
        sitemodel.record_result(record, a, key, OK, "2026-12-01")
        sitemodel.record_result(record, b, key, OK if key != "2.13.0/cpu" else {**OK, "code": 1}, "2026-12-01")
    assert sitemodel.works_with(record, [a, b]) == ["2.14.1", "2.15.0"]
    edited = fake(tmp_path, "print(4)\n#> 4\n")
    assert sitemodel.works_with(record, [edited, b]) == []


def test_save_and_load_round_trip(tmp_path):
    record = {"runs": {"2.15.0/cpu": {"torch": "2.15.0"}}, "results": {}}
    snippet = sitemodel.snippets()[0]
    sitemodel.record_result(record, snippet, "2.15.0/cpu", OK, "2026-12-01")
    record["results"]["gone/01_deleted.py"] = {"2.15.0/cpu": {"digest": "x"}}
    sitemodel.save_record(record, tmp_path / "r.json")
    back = sitemodel.load_record(tmp_path / "r.json")
    assert back["runs"] == record["runs"]
    assert set(back["results"]) == {snippet.id}  # a deleted snippet's results go
    assert back["results"][snippet.id]["2.15.0/cpu"]["digest"] == snippet.digest


def test_the_record_has_a_result_for_every_snippet_on_the_pinned_cpu():
    key = sitemodel.run_key(sitemodel.pins()["torch"], "cpu")
    record = sitemodel.load_record()
    missing = [s.id for s in sitemodel.snippets() if "cuda" not in s.requires
               and sitemodel.compat_cell(record, s, key)["status"] == "not run"]
    assert not missing, f"snippets/compat.json lacks {key} for {missing}: run `make record` (or `make matrix`)"


def words(locale: str) -> dict:
    """extra.text of a language: the default's at the top level, others' in their i18n entry."""
    return next(lang.text for lang in sitemodel.languages() if lang.locale == locale)


def test_a_strip_under_every_code_block_and_a_range_under_every_title(site):
    for page in sitemodel.pages():
        html = html_path(site, page).read_text(encoding="utf-8")
        found = list(re.finditer(r'<div class="compat-strip"[^>]*aria-label="[^"]*: ([^"]+)"', html))
        assert [m.group(1) for m in found] == [i.target for i in page.includes()], page.src_uri
        last = 0
        for m in found:  # each strip follows its own code block (a notebook page's cells too)
            between = html[last : m.start()]
            assert "<pre" in between or "jp-CodeCell" in between, f"{page.src_uri}: strip {m.group(1)} without code"
            last = m.end()
        ranges = re.findall(r'<p class="compat-range">(.*?)</p>', html, re.S)
        if page.includes():
            text = words(page.lang)
            starts = [t.split("{")[0] for t in (text["compat_range"], text["compat_range_none"])]
            assert len(ranges) == 1 and ranges[0].startswith(tuple(starts)), f"{page.src_uri}: range {ranges}"
        else:
            assert not ranges, page.src_uri


def test_compat_page_lists_every_snippet_in_every_language(site):
    for page in sitemodel.pages():
        if page.name != "compat":
            continue
        html = html_path(site, page).read_text(encoding="utf-8")
        for snippet in sitemodel.snippets():
            assert f"<code>{snippet.id}</code>" in html, f"{page.src_uri} lacks {snippet.id}"
