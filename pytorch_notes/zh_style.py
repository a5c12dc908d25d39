"""The Chinese pages' copy rules, checked by `make test` (tests/test_docs.py::test_chinese_copy):

* spacing and punctuation: AutoCorrect (autocorrect-py, a maintained linter of Chinese
  copy), with the project's settings in .autocorrectrc: whatever it would change is a problem;
* one Chinese term per concept: the variants that zh_terms.yml lists for a glossary term;
* what AutoCorrect has no rule for: no space between Chinese and bold (**张量**是), an
  ellipsis written …… (not ... or a lone …), a numeric range written with an en dash (2–4,
  as the site's generated text writes it; not ~ or ～).

Code (fenced blocks, inline code) is left out of the last two. Each problem names the file
and line.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from . import model

TERMS = Path(__file__).with_name("zh_terms.yml")
GLOSSARY = model.ROOT / "docs" / "zh" / "glossary.md"
JIEBA_USER_DICT = Path(__file__).with_name("jieba_user_dict.txt")  # mkdocs.zh.yml: search.jieba_dict_user
AUTOCORRECT_CONFIG = model.ROOT / ".autocorrectrc"
HAN = "\u4e00-\u9fff"
RULES = [  # (pattern over the prose, what is wrong)
    (re.compile(rf"(?<=\S)\*\* [{HAN}]|[{HAN}，。：；、（）] \*\*(?=\S)"), "no space between Chinese and bold (**…**)"),
    (re.compile(r"(?<!\.)\.\.\.(?!\.)|(?<!…)…(?!…)"), "an ellipsis is ……"),
    (re.compile(r"\d\s*[~～]\s*\d"), "a range is written with an en dash: 2–4"),
]


@cache
def terms() -> list[dict]:
    import yaml

    return yaml.safe_load(TERMS.read_text(encoding="utf-8"))


def glossary_words() -> list[tuple[str, int]]:
    """The Chinese glossary's terms that are Chinese words (its second column, before a gloss
    in brackets; 损坏的 / 不完整的文件 is two), each with its line in docs/zh/glossary.md."""
    out, body = [], False  # body: in a table, after its header and separator rows
    for number, line in enumerate(GLOSSARY.read_text(encoding="utf-8").splitlines(), 1):
        cells = [c.strip() for c in line.strip().strip("|").split("|")] if line.startswith("|") else []
        if len(cells) < 3 or not body:
            body = bool(cells) and set("".join(cells)) <= set("-: ")
            continue
        for word in re.split(r"\s*[/、]\s*", re.split(r"[（(]", cells[1])[0]):
            if re.fullmatch(rf"[{HAN}]+", word):
                out.append((word, number))
    return out


def jieba_words() -> set[str]:
    """The words of the search's jieba user dictionary."""
    return {line.split()[0] for line in JIEBA_USER_DICT.read_text(encoding="utf-8").splitlines() if line.strip()}


def _without_code(text: str) -> str:
    """The prose: fenced blocks blanked and inline code as x's, line numbers kept."""
    text = model.FENCE_RE.sub(lambda m: "\n" * m.group(0).count("\n"), text)
    return re.sub(r"`[^`\n]*`", lambda m: "x" * len(m.group(0)), text)


def problems(page: model.Page) -> list[str]:
    import autocorrect_py

    autocorrect_py.load_config(AUTOCORRECT_CONFIG.read_text(encoding="utf-8"))
    out = [f"{page.file}:{x.line}: AutoCorrect: {x.old.strip()!r} -> {x.new.strip()!r}"
           for x in autocorrect_py.lint_for(page.text, "markdown").lines]
    prose = _without_code(page.text)
    for entry in terms():
        for avoid in entry["avoid"]:
            for m in re.finditer(avoid, prose):
                out.append(f"{page.file}:{model.line_of(prose, m.start())}: {m.group(0)!r}: the glossary's word "
                           f"for {entry['en']} is {entry['term']} ({model.rel(TERMS)})")
    for pattern, what in RULES:
        for m in pattern.finditer(prose):
            out.append(f"{page.file}:{model.line_of(prose, m.start())}: {what}: {m.group(0)!r}")
    return sorted(out, key=lambda x: int(x.split(":")[1]))
