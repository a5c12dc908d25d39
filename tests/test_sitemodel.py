"""Unit tests of the site's model (docs/hooks/sitemodel.py): each parser on small inputs,
including the edge cases that used to slip through."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

import sitemodel
from sitemodel import ModelError, parse_page, parse_snippet

SNIPPET = sitemodel.SNIPPETS / "topic" / "01_x.py"  # never read: sources are given


def snip(source: str) -> sitemodel.Snippet:
    return parse_snippet(SNIPPET, textwrap.dedent(source).lstrip("\n"))


def page(tmp_path: Path, text: str, name: str = "topic.en.md") -> sitemodel.Page:
    path = tmp_path / name
    path.write_text(textwrap.dedent(text).lstrip("\n"), encoding="utf-8")
    return parse_page(path)


# --- snippets ----------------------------------------------------------------------


def test_directives_are_parsed():
    s = snip("""
        #: requires cuda
        #: process
        #: timeout 60
        import torch
    """)
    assert s.requires == {"cuda"} and s.process and s.timeout == 60 and s.plot is None


@pytest.mark.parametrize(
    ("source", "line", "message"),
    [
        ("#: requries cuda\n", 1, "unknown directive 'requries'"),
        ("import torch\n#: plot a.svg\n", 2, "must stand at the top"),
        ("#: plot a.png\n", 1, "bad argument 'a.png'"),
        ("#: requires tpu\n", 1, "bad argument 'tpu'"),
        ("#: process now\n", 1, "takes no argument"),
        ("#: timeout 5\nx = 1\n", 1, "only applies to a `#: process` snippet"),
        ("#: setup\nx = 1\n", 1, "never closed"),
        ("x = 1\n#: end setup\n", 2, "without `#: setup`"),
        ("# requires: cuda\n", 1, "old directive syntax"),
        ("# --- setup: what the cells above made ---\n", 1, "old directive syntax"),
        ("#: plot a.svg\n#: plot b.svg\n", 2, "given twice"),
    ],
)
def test_bad_directives_name_the_line(source, line, message):
    with pytest.raises(ModelError) as err:
        parse_snippet(SNIPPET, source)
    assert err.value.line == line and message in err.value.message
    assert str(err.value).startswith(f"snippets/topic/01_x.py:{line}: ")


def test_a_plain_comment_is_no_directive():
    assert snip("# requires a GPU: see the Devices page\nprint(1)\n#> 1\n").directives == []


def test_promised_output_single_lines_blocks_and_empty_lines():
    s = snip('''
        print(1)
        #> 1
        print("")
        #>
        print(t)
        """
        tensor([[1, 2],
                [3, 4]])
        """
        def f():
            print(2)
            #> 2
            print(t)
            """
            tensor([[1, 2],
                    [3, 4]])
            """
    ''')
    table = ["tensor([[1, 2],", "        [3, 4]])"]
    assert s.promised(ordered=True) == ["1", "", *table, "2", *table]
    assert s.promised() == sorted(s.promised(ordered=True))


def test_cell_source_drops_setup_directives_and_outputs():
    s = snip('''
        #: setup
        # what the cells above made
        x = 1
        #: end setup

        print(x)
        #> 1
        print([x, x])
        """
        [1,
         1]
        """
    ''')
    assert s.setup is not None
    assert s.cell_source() == "print(x)\nprint([x, x])\n"


def test_device_suffix_is_normalised():
    assert sitemodel.normalise_output("tensor([1.], device='cuda:0')") == "tensor([1.])"
    assert sitemodel.normalise_output("tensor([1.], device='mps')") == "tensor([1.])"
    assert sitemodel.normalise_output("device(type='cuda')") == "device(type='cuda')"


# --- pages -------------------------------------------------------------------------


def test_includes_in_either_quote_style_and_indented_fences(tmp_path):
    p = page(tmp_path, '''
        ---
        title: T
        description: D.
        ---
        ```python
        --8<-- "topic/01_a.py"
        ```

        ??? success "Answer"

            ```python
            --8<-- 'topic/02_b.py'
            ```

        ```text
        --8<-- "topic/03_not_python.txt"
        ```
    ''')
    assert [(i.target, i.quote) for i in p.includes()] == [("topic/01_a.py", '"'), ("topic/02_b.py", "'")]
    assert [i.line for i in p.includes()] == [6, 12]


def test_inline_python_and_missing_include_are_problems(tmp_path):
    p = page(tmp_path, '''
        ---
        title: T
        description: D.
        ---
        ```python
        --8<-- "topic/01_a.py"
        print("and one more line")
        ```

        ```py
        --8<-- "topic/99_missing.py"
        ```
    ''')
    found = sitemodel.page_problems(p, snippet_ids={"topic/01_a.py"})
    assert any(":5: inline ```python block" in x for x in found), found
    assert any(":11: includes snippets/topic/99_missing.py, which does not exist" in x for x in found), found


def test_headings_ids_admonitions_links_and_markers(tmp_path):
    p = page(tmp_path, '''
        ---
        title: T
        description: D.
        ---
        # Title { #top }

        ## Views { #views }

        ```bash
        # not a heading
        ```

        !!! pitfall "The notes say `x`"
            See [creation](tensors.md#create) and [the docs](https://example.org/) and `[no](link.md)`.

        !!! note

        <!-- md:api-index -->
    ''')
    assert [(h.level, h.text, h.id, h.line) for h in p.headings()] == [(1, "Title", "top", 5), (2, "Views", "views", 7)]
    assert [(a.kind, a.title) for a in p.admonitions()] == [("pitfall", "The notes say `x`"), ("note", None)]
    assert p.links() == [("tensors.md#create", 14)]
    assert p.markers() == [("api-index", 18)]
    assert p.section_of(14).id == "views"


def test_links_resolve_to_site_urls_in_the_pages_language(tmp_path):
    """One resolution of a prose link for the search tags, the notebooks and the site."""
    en, zh = page(tmp_path, "# T\n", "topic.en.md"), page(tmp_path, "# T\n", "topic.zh.md")
    assert en.url_of("tensors.md#item") == "tensors/#item"
    assert zh.url_of("tensors.md#item") == "zh/tensors/#item"
    assert zh.url_of("index.md") == "zh/" and en.url_of("index.md") == ""
    assert zh.url_of("#here") == "zh/topic/#here"
    assert [en.url_of(x) for x in ("https://pytorch.org/docs/", "assets/a.png", "mailto:a@b.c")] == [None] * 3


def test_unknown_meta_key_and_marker_name_the_line(tmp_path):
    p = page(tmp_path, """
        ---
        title: T
        description: D.
        notebok: true
        ---
        <!-- md:api-indx -->

        <!-- api-index -->
    """)
    found = sitemodel.page_problems(p, set())
    assert any("topic.en.md:4: unknown front matter key 'notebok'" in x for x in found), found
    assert any("topic.en.md:6: unknown marker <!-- md:api-indx -->" in x for x in found), found
    assert any("topic.en.md:8: marker without `md:`" in x for x in found), found


def test_meta_types_are_checked(tmp_path):
    p = page(tmp_path, """
        ---
        title: T
        description: D.
        notebook: "yes"
        tested_with_also: [not-a-pinned-package]
        ---
    """)
    found = sitemodel.page_problems(p, set())
    assert any(":4: 'notebook' should be a bool" in x for x in found), found
    assert any(":5: tested_with_also: 'not-a-pinned-package' is not pinned" in x for x in found), found


def test_hard_wrapped_chinese_is_found_but_not_lists_tables_or_code(tmp_path):
    p = page(tmp_path, """
        ---
        title: T
        description: D.
        ---
        这是一段被折行的
        中文段落。

        - 列表项一
        - 列表项二

        | 表头 | 表头 |
        | --- | --- |

        ```text
        代码里的
        换行
        ```

        !!! note "说明"
            一整段不折行的说明。
    """, name="topic.zh.md")
    assert p.hard_wraps() == [6]
    assert any("topic.zh.md:6: hard-wrapped line" in x for x in sitemodel.page_problems(p, set()))


def test_translation_drift_names_the_page(tmp_path):
    head = "---\ntitle: T\ndescription: D.\n---\n"
    en = page(tmp_path, head + "## A { #a }\n\n## B { #b }\n\n!!! pitfall \"P\"\n    x\n\n[x](data.md#y)\n")
    zh = page(tmp_path, head + "## 乙 { #b }\n\n## 甲 { #a }\n\n[x](data.md#z)\n", name="topic.zh.md")
    found = sitemodel.translation_problems({"en": en, "zh": zh})
    assert any("topic.zh.md:1: heading ids differ" in x and "'b' vs 'a'" in x for x in found), found
    assert any("topic.zh.md:1: admonitions differ" in x for x in found), found
    assert any("topic.zh.md:1: internal link targets differ" in x and "data.md#z" in x for x in found), found


def test_own_language_files_count_as_the_same_link(tmp_path):
    head = "---\ntitle: T\ndescription: D.\n---\n"
    en = page(tmp_path, head + "[nb](training.en.ipynb)\n")
    zh = page(tmp_path, head + "[nb](training.zh.ipynb)\n", name="topic.zh.md")
    assert sitemodel.translation_problems({"en": en, "zh": zh}) == []


# --- languages and the real site -----------------------------------------------------


def test_languages_come_from_mkdocs_yml():
    langs = sitemodel.languages()
    assert langs[0].default and langs[0].prefix == ""
    assert all(x.prefix == f"{x.locale}/" for x in langs[1:])
    assert sitemodel.language_of_path(f"{langs[-1].prefix}tensors/") == langs[-1].locale
    assert sitemodel.language_of_path("tensors/") == langs[0].locale


def test_a_third_language_is_one_config_edit(tmp_path, monkeypatch):
    config = sitemodel.MKDOCS_YML.read_text(encoding="utf-8").replace(
        "        - locale: zh\n",
        "        - locale: ja\n          name: 日本語\n          build: true\n        - locale: zh\n",
        1,
    )
    (tmp_path / "mkdocs.yml").write_text(config, encoding="utf-8")
    monkeypatch.setattr(sitemodel, "MKDOCS_YML", tmp_path / "mkdocs.yml")
    sitemodel.mkdocs_config.cache_clear()
    sitemodel.languages.cache_clear()
    try:
        assert sitemodel.locales() == ("en", "ja", "zh")
        missing = sitemodel.problems()["translations"]
        assert "docs/tensors.ja.md:1: missing: the translation of docs/tensors.en.md, docs/tensors.zh.md" in missing
    finally:
        sitemodel.mkdocs_config.cache_clear()
        sitemodel.languages.cache_clear()


def test_docs_version_comes_from_the_torch_pin():
    major, minor = sitemodel.pins()["torch"].split(".")[:2]
    assert sitemodel.docs_version() == f"{major}.{minor}"


def test_readme_documents_every_directive_meta_key_and_marker():
    readme = (sitemodel.ROOT / "README.md").read_text(encoding="utf-8")
    examples = [d.example for d in sitemodel.DIRECTIVES.values()] + [m.example for m in sitemodel.META_KEYS.values()]
    examples += [example for _, example in sitemodel.MARKERS.values()]
    missing = [x for x in examples if f"`{x}`" not in readme]
    assert not missing, f"README.md does not show: {missing}"


def test_cheat_sheet_rows_name_the_section_that_explains_them(tmp_path):
    p = page(tmp_path, """
        ---
        title: T
        description: D.
        ---
        ## Cheat-sheet { #cheat-sheet }

        | API | What it does | Section | Docs |
        | --- | --- | --- | --- |
        | `nn.BatchNorm1d(C)`, `nn.Dropout(p)` | normalise | [BatchNorm](#normalization) | [x](https://example.org/#a) |
        | `x.to(device)` | too short a name | [Devices](devices.md#to-device) | |
        | `DataLoader(ds)` | batches | [Data](data.md#dataloader) | |
        | `torch.tensor(x)` | a common word | [Create](tensors.md#create) | |
        | `clip_grad_norm_(p, 1.0)` | underscored | [Clip](training.md#clip) | |

        ## Next { #next }

        | `Other(x)` | not in the cheat-sheet | [x](#y) | |
    """)
    assert p.cheat_sheet() == [
        ("BatchNorm1d", "#normalization"), ("DataLoader", "data.md#dataloader"), ("clip_grad_norm_", "training.md#clip")
    ]


def test_glossary_rows(tmp_path):
    p = page(tmp_path, """
        ---
        title: T
        description: D.
        ---
        | English | 中文 | Where |
        | --- | --- | --- |
        | scalar / vector (1-D) | 标量 / 向量（一维） | [Tensors](tensors.md#what-is-a-tensor) |
        | `DataLoader` | 数据加载器 | [Data](data.md#dataloader) |
    """, name="glossary.zh.md")
    assert p.glossary() == [
        (["scalar", "vector", "标量", "向量"], "tensors.md#what-is-a-tensor"),
        (["DataLoader", "数据加载器"], "data.md#dataloader"),
    ]


def test_offline_bundle_marker_is_known(tmp_path):
    path = tmp_path / "docs" / "x.en.md"
    path.parent.mkdir()
    path.write_text("---\ntitle: X\ndescription: Y.\n---\n\n<!-- md:offline-bundle -->\n", encoding="utf-8")
    page = sitemodel.parse_page(path)
    assert page.markers() == [("offline-bundle", 6)]
    assert "offline-bundle" in sitemodel.MARKERS


def test_deployed_url_has_the_version_once(monkeypatch):
    """What notebooks, llms.txt and the offline link point at: the deployed version's URL."""
    version = sitemodel.docs_version()
    monkeypatch.delenv("MIKE_DOCS_VERSION", raising=False)
    assert sitemodel.deployed_url("https://x.io/p/") == f"https://x.io/p/{version}/"
    assert sitemodel.deployed_url(f"https://x.io/p/{version}/") == f"https://x.io/p/{version}/"
    monkeypatch.setenv("MIKE_DOCS_VERSION", "latest")  # mike's build: site_url has it already
    assert sitemodel.deployed_url("https://x.io/p/latest/") == "https://x.io/p/latest/"
