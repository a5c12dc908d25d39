"""Unit tests of the site's model (pytorch_notes/model.py): each parser on small inputs,
including the edge cases that used to slip through."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from pytorch_notes import model
from pytorch_notes.model import ModelError, parse_page, parse_snippet

SNIPPET = model.SNIPPETS / "topic" / "01_x.py"  # never read: sources are given


def snip(source: str) -> model.Snippet:
    return parse_snippet(SNIPPET, textwrap.dedent(source).lstrip("\n"))


def page(tmp_path: Path, text: str, name: str = "en/topic.md") -> model.Page:
    """A page as docs/<lang>/<name>.md has it (in a throwaway docs folder)."""
    path = tmp_path / name
    path.parent.mkdir(parents=True, exist_ok=True)
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
    assert s.promised() == ["1", "", *table, "2", *table]


def test_output_matches_line_for_line_in_order():
    """THE meaning of "its output matches": the printed lines are the #> lines, in order;
    trailing blanks and the device suffix aside."""
    s = snip("print(1)\n#> 1\nprint(2)\n#> 2\n")
    assert model.output_matches(s, "1\n2\n")
    assert model.output_matches(s, "1   \n2\n")
    assert not model.output_matches(s, "2\n1\n")  # the same lines in another order
    assert not model.output_matches(s, "1 2\n")  # the same words on other lines
    assert not model.output_matches(s, "1\n2\n3\n")
    assert "line 2: printed '3', its #> says '2'" in model.output_difference(s, "1\n3\n")
    t = snip("print(t)\n#> tensor([1.])\n")
    assert model.output_matches(t, "tensor([1.], device='cuda:0')\n")


def test_with_outputs_writes_what_each_print_printed():
    s = snip('''
        import torch

        print("a", 1)
        #> old
        for i in range(2):
            print(i)
        print(torch.arange(40).reshape(2, 20))
        print("done")
        ''')
    prints = [(3, "a 1"), (6, "0"), (6, "1"), (7, str(torch_like())), (8, "done")]
    new = model.with_outputs(s, prints)
    assert new == textwrap.dedent('''
        import torch

        print("a", 1)
        #> a 1
        for i in range(2):
            print(i)
            #> 0
            #> 1
        print(torch.arange(40).reshape(2, 20))
        """
        tensor([[ 0,  1],
                [ 2,  3]])
        """
        print("done")
        #> done
        ''').lstrip("\n")
    assert model.output_matches(model.Snippet(s.path, new, [], None), "a 1\n0\n1\n" + torch_like() + "\ndone\n")


def torch_like() -> str:
    return "tensor([[ 0,  1],\n        [ 2,  3]])"


def test_with_outputs_refuses_prints_out_of_order():
    """Two prints in one loop: its #> lines could not be its output in order."""
    s = snip("for i in range(2):\n    print(i)\n    print(-i)\n")
    with pytest.raises(ModelError) as err:
        model.with_outputs(s, [(2, "0"), (3, "0"), (2, "1"), (3, "-1")])
    assert err.value.line == 2 and "print once per pass" in err.value.message


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
    assert model.normalise_output("tensor([1.], device='cuda:0')") == "tensor([1.])"
    assert model.normalise_output("tensor([1.], device='mps')") == "tensor([1.])"
    assert model.normalise_output("device(type='cuda')") == "device(type='cuda')"


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
    found = model.page_problems(p, snippet_ids={"topic/01_a.py"})
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


def test_links_resolve_to_the_pages_of_its_language(tmp_path):
    """One resolution of a prose link for the search tags, the notebooks and the site: each
    language's site has the same pages, so a link is the same path in every language."""
    en, zh = page(tmp_path, "# T\n"), page(tmp_path, "# T\n", "zh/topic.md")
    assert en.lang == "en" and zh.lang == "zh" and en.name == zh.name == "topic"
    assert en.url_of("tensors.md#item") == zh.url_of("tensors.md#item") == "tensors/#item"
    assert zh.url_of("index.md") == ""
    assert zh.url_of("#here") == "topic/#here"
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
    found = model.page_problems(p, set())
    assert any("en/topic.md:4: unknown front matter key 'notebok'" in x for x in found), found
    assert any("en/topic.md:6: unknown marker <!-- md:api-indx -->" in x for x in found), found
    assert any("en/topic.md:8: marker without `md:`" in x for x in found), found


def test_meta_types_are_checked(tmp_path):
    p = page(tmp_path, """
        ---
        title: T
        description: D.
        notebook: "yes"
        tested_with_also: [not-a-pinned-package]
        ---
    """)
    found = model.page_problems(p, set())
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
    """, name="zh/topic.md")
    assert p.hard_wraps() == [6]
    assert any("zh/topic.md:6: hard-wrapped line" in x for x in model.page_problems(p, set()))


def test_translation_drift_names_the_page(tmp_path):
    head = "---\ntitle: T\ndescription: D.\n---\n"
    en = page(tmp_path, head + "## A { #a }\n\n## B { #b }\n\n!!! pitfall \"P\"\n    x\n\n[x](data.md#y)\n")
    zh = page(tmp_path, head + "## 乙 { #b }\n\n## 甲 { #a }\n\n[x](data.md#z)\n", name="zh/topic.md")
    found = model.translation_problems({"en": en, "zh": zh})
    assert any("zh/topic.md:1: heading ids differ" in x and "'b' vs 'a'" in x for x in found), found
    assert any("zh/topic.md:1: admonitions differ" in x for x in found), found
    assert any("zh/topic.md:1: internal link targets differ" in x and "data.md#z" in x for x in found), found


def test_own_language_files_count_as_the_same_link(tmp_path):
    head = "---\ntitle: T\ndescription: D.\n---\n"
    en = page(tmp_path, head + "[nb](training.en.ipynb)\n")
    zh = page(tmp_path, head + "[nb](training.zh.ipynb)\n", name="zh/topic.md")
    assert model.translation_problems({"en": en, "zh": zh}) == []


# --- languages and the real site -----------------------------------------------------


def test_languages_come_from_the_selector_and_their_configurations():
    langs = model.languages()
    assert langs[0].default and langs[0].config_file == model.MKDOCS_YML and langs[0].deploy_prefix == ""
    for lang in langs[1:]:
        assert lang.config_file == model.ROOT / f"mkdocs.{lang.locale}.yml" and lang.deploy_prefix == lang.locale
        assert lang.root("2.15") == f"{langs[0].root()}{lang.locale}/2.15/"
        assert lang.text != langs[0].text and lang.setting("site_name") != langs[0].setting("site_name")
        assert model.language_of_config(lang.config_file) == lang
    assert model.problems()["configurations"] == []


def configs_in(tmp_path, monkeypatch, edit) -> None:
    """The model reading the site's configurations as copied to tmp_path, after `edit(folder)`."""
    for name in ("mkdocs.yml", "mkdocs.zh.yml"):
        (tmp_path / name).write_text((model.ROOT / name).read_text(encoding="utf-8"), encoding="utf-8")
    edit(tmp_path)
    monkeypatch.setattr(model, "ROOT", tmp_path)
    monkeypatch.setattr(model, "MKDOCS_YML", tmp_path / "mkdocs.yml")
    model.load_config.cache_clear()
    model.languages.cache_clear()


@pytest.fixture
def forget_configs():
    yield
    model.load_config.cache_clear()
    model.languages.cache_clear()


def test_a_third_language_is_one_configuration_and_its_pages(tmp_path, monkeypatch, forget_configs):
    """Adding a language: its entry in the selector, mkdocs.<lang>.yml, docs/<lang>/."""
    def add_ja(folder):
        base = (folder / "mkdocs.yml").read_text(encoding="utf-8")
        (folder / "mkdocs.yml").write_text(base.replace("    - name: 简体中文\n", "    - name: 日本語\n      lang: ja\n"
                                                        "    - name: 简体中文\n", 1), encoding="utf-8")
        zh = (folder / "mkdocs.zh.yml").read_text(encoding="utf-8")
        (folder / "mkdocs.ja.yml").write_text(zh.replace("zh", "ja"), encoding="utf-8")

    configs_in(tmp_path, monkeypatch, add_ja)
    assert model.locales() == ("en", "ja", "zh")
    ja = model.language("ja")
    assert ja.url() == model.languages()[0].site_url + "ja/" and ja.text["list_separator"] == "、"
    assert model.config_problems() == []


def test_a_configuration_that_drifts_is_named(tmp_path, monkeypatch, forget_configs):
    def drift(folder):
        zh = (folder / "mkdocs.zh.yml").read_text(encoding="utf-8")
        zh = zh.replace("docs_dir: docs/zh", "docs_dir: docs/cn").replace("      - 术语表: glossary.md\n", "")
        (folder / "mkdocs.zh.yml").write_text(zh, encoding="utf-8")

    configs_in(tmp_path, monkeypatch, drift)
    found = model.config_problems()
    assert "mkdocs.zh.yml:1: docs_dir is 'docs/cn', not 'docs/zh'" in found, found
    assert any(x.startswith("mkdocs.zh.yml:1: its nav lists other pages than mkdocs.yml's") for x in found), found


def test_docs_version_comes_from_the_torch_pin():
    major, minor = model.pins()["torch"].split(".")[:2]
    assert model.docs_version() == f"{major}.{minor}"


def test_the_contributing_guide_documents_every_directive_meta_key_and_marker():
    guide = (model.ROOT / ".github" / "CONTRIBUTING.md").read_text(encoding="utf-8")
    examples = [d.example for d in model.DIRECTIVES.values()] + [m.example for m in model.META_KEYS.values()]
    examples += [example for _, example in model.MARKERS.values()]
    missing = [x for x in examples if f"`{x}`" not in guide]
    assert not missing, f".github/CONTRIBUTING.md does not show: {missing}"


def test_offline_bundle_marker_is_known(tmp_path):
    p = page(tmp_path, "---\ntitle: X\ndescription: Y.\n---\n\n<!-- md:offline-bundle -->\n")
    assert p.markers() == [("offline-bundle", 6)]
    assert "offline-bundle" in model.MARKERS


def test_deployed_url_names_the_language_and_the_version():
    """What notebooks, llms.txt and the offline link point at: the deployed version's URL."""
    version = model.docs_version()
    en, zh = model.language("en"), model.language("zh")
    assert model.deployed_url(en) == f"{en.site_url}{version}/"
    assert model.deployed_url(zh) == f"{en.site_url}zh/{version}/"
