"""Which torch versions each snippet runs on, shown where the snippet is.

The record, snippets/compat.json (`make matrix`, `make record`, a GPU machine; see
pytorch_notes/model.py), holds for each snippet and each "<torch version>/<device>" the
last result and the digest of the code that ran. The build shows it:

* under every code block (``` + --8<-- include) a one-line strip: each version and
  device, marked ✓ passed / ! warned / ✗ failed / – not run, the warning or error text in
  a <details> that opens on click. A result whose digest is not the snippet's current one
  reads "not run": it was for other code;
* under each page's title, the torch range on which every snippet of the page, as it is
  now, passed on the CPU;
* the markers ``<!-- md:compat-table -->`` and ``<!-- md:compat-changes -->`` (the
  Compatibility page): the table snippets × versions, and every error and warning text.

Words come from extra.text (each language's configuration). Nothing here costs time (one
JSON file read per build), so nothing is cached. No plugin reads a record like this.
"""

from __future__ import annotations

import html
import re
import textwrap

from . import model

SYMBOL = {"passed": "✓", "warned": "!", "differs": "≠", "failed": "✗", "not run": "–"}


def _columns(record: dict) -> list[str]:
    """CPU columns of every version recorded; CUDA ones where a GPU ran (else one 'not run')."""
    cols = model.record_columns(record)
    have = {_short(c.partition("/")[0]) for c in cols if c.endswith("/cpu")}
    cols += [f"{m}/cpu" for m in model.torch_releases() if m not in have]
    cols.sort(key=model.version_key)
    if not any(c.endswith("/cuda") for c in cols):
        cols.append("*/cuda")
    return cols


def _short(version: str) -> str:
    return ".".join(version.split(".")[:2])


def _label(key: str, words: dict) -> str:
    version, _, device = key.partition("/")
    dev = words["compat_devices"][device]
    return dev if version == "*" else f"{_short(version)} {dev}"


def _cell(record: dict, snippet: model.Snippet, key: str, words: dict, label: bool = True) -> str:
    """One result: symbol, the version (or device), the status word for screen readers and
    the tooltip; a warning's or an error's text in a <details> that opens on click."""
    version, _, device = key.partition("/")
    cell = {"status": "not run", "message": ""} if version == "*" else model.compat_cell(record, snippet, key)
    if device == "cpu" and "cuda" in snippet.requires and cell["status"] == "not run":
        note = words["compat_needs_cuda"]
    elif cell.get("stale"):
        note = words["compat_stale"]
    elif version == "*":
        note = words["compat_no_gpu"]
    else:
        note = ""
    status = cell["status"]
    word = words["compat_status"][status]
    run = words["compat_devices"][device] if version == "*" else words["compat_on"].format(
        version=version, device=words["compat_devices"][device])
    title = html.escape(" ".join(x for x in (run + ":" if run else "", word, note) if x), quote=True)
    shown = (words["compat_devices"][device] if version == "*" else _short(version)) if label else ""
    inner = (f'<span aria-hidden="true">{SYMBOL[status]}</span>{" " + html.escape(shown) if shown else ""}'
             f'<span class="compat-word"> {html.escape(word)}</span>')
    cls = f'compat-cell compat-{status.replace(" ", "-")}'
    texts = [cell.get("message") or "", *[w for w in cell.get("warnings") or [] if w != cell.get("message")]]
    texts = [t for t in texts if t]
    if texts and status in ("warned", "differs", "failed"):
        # a table cell's HTML is one line of the Markdown table: a message's lines as <br>
        body = "".join(f"<code>{html.escape(t).replace(chr(10), '<br>')}</code>" for t in texts)
        return f'<details class="{cls}"><summary title="{title}">{inner}</summary>{body}</details>'
    return f'<span class="{cls}" title="{title}">{inner}</span>'


def strip(record: dict, snippet: model.Snippet, words: dict) -> str:
    """'Ran on  CPU ✓ 2.11 ✓ 2.12 … · CUDA – not run' for one snippet."""
    cells, device = [], None
    for key in _columns(record):
        version, _, dev = key.partition("/")
        if dev != device and version != "*":
            cells.append(f'<span class="compat-device">{html.escape(words["compat_devices"][dev])}</span>')
        device = dev
        cells.append(_cell(record, snippet, key, words))
    cells = "".join(cells)
    label = html.escape(words["compat_strip_label"])
    return (f'<div class="compat-strip" role="group" aria-label="{label}: {html.escape(snippet.id)}" '
            'data-search-exclude>'
            f'<span class="compat-title">{label}</span>{cells}</div>')


def works_range(record: dict, page_snippets: list[model.Snippet]) -> str | None:
    """'2.12–2.15': the versions, around the pinned one, where every snippet passed on CPU."""
    ok = set(model.works_with(record, page_snippets))
    cpu = [k.partition("/")[0] for k in _columns(record) if k.endswith("/cpu")]  # a version not run breaks the range
    pin = next((v for v in cpu if _short(v) == model.docs_version()), None)
    if pin not in ok:
        return None
    i = j = cpu.index(pin)
    while i > 0 and cpu[i - 1] in ok:
        i -= 1
    while j < len(cpu) - 1 and cpu[j + 1] in ok:
        j += 1
    return _short(cpu[i]) + ("" if i == j else "–" + _short(cpu[j]))


def _snippet(target: str) -> model.Snippet:
    return model.snippet_at(model.SNIPPETS / target)


def page_markdown(markdown: str, words: dict, record: dict, after: list[str]) -> str:
    """After each include block, `after[i]` (its notebook output, if any), then its strip; the
    range under the title."""
    blocks = model.include_blocks(markdown)
    out, last, shown = [], 0, []
    for (start, end, inc), extra in zip(blocks, after, strict=True):
        line_start = markdown.rfind("\n", 0, start) + 1
        indent = re.match(r"[ \t]*", markdown[line_start:]).group(0)
        snippet = _snippet(inc.target)
        shown.append(snippet)
        # the notebook's output and the strip at the block's indent (inside an admonition too)
        out += [markdown[last:end], textwrap.indent(extra, indent), f"\n\n{indent}{strip(record, snippet, words)}\n"]
        last = end
    out.append(markdown[last:])
    markdown = "".join(out)
    if shown:
        found = works_range(record, shown)
        line = (words["compat_range"].format(range=found) if found
                else words["compat_range_none"].format(pin=model.docs_version()))
        attributes = "{: .compat-range data-search-exclude }"
        markdown = re.sub(r"^(# [^\n]*)$", lambda m: f"{m.group(1)}\n\n{line}\n{attributes}", markdown, count=1,
                          flags=re.M)
    return markdown


def table(words: dict, record: dict) -> str:
    """Markdown table: one row per snippet (linked to its section), one column per run."""
    where = {}
    for page in model.pages(model.default_locale()):
        for inc in page.includes():
            head = page.section_of(inc.line)
            where.setdefault(inc.target, page.link + (f"#{head.id}" if head else ""))
    cols = _columns(record)
    head = [words["compat_snippet"], *(_label(k, words) for k in cols)]
    rows = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for snippet in model.snippets():
        link = f"[`{snippet.id}`]({where[snippet.id]})" if snippet.id in where else f"`{snippet.id}`"
        cells = [_cell(record, snippet, k, words, label=False).replace("|", "&#124;") for k in cols]
        rows.append("| " + " | ".join([link, *cells]) + " |")
    # its own scrolling box: a phone scrolls the table, never the page
    # not searched: a search for a snippet's name or a status has no reader; "What changed"
    # below holds every message, searchable
    return '<div class="compat-table" data-search-exclude markdown>\n\n' + "\n".join(rows) + "\n\n</div>"


def changes(words: dict, record: dict) -> str:
    """Every error and warning text, verbatim, by torch version and device."""
    out = []
    for key in model.record_columns(record):
        version, _, device = key.partition("/")
        items = []
        for snippet in model.snippets():
            cell = model.compat_cell(record, snippet, key)
            if cell["status"] not in ("warned", "differs", "failed"):
                continue
            texts = list(dict.fromkeys(t for t in [cell.get("message"), *(cell.get("warnings") or [])] if t))
            body = "\n\n".join(f"    ```text\n{textwrap.indent(t, '    ')}\n    ```" for t in texts)
            items.append(f"- `{snippet.id}`: {words['compat_status'][cell['status']]}\n\n{body}\n")
        if items:
            anchor = "changes-" + re.sub(r"\W+", "-", key)
            run = words["compat_on"].format(version=version, device=words["compat_devices"][device])
            out.append(f"### {run} {{ #{anchor} }}\n\n" + "\n".join(items))
    return "\n".join(out) or words["compat_changes_none"]


def unwrap(html_text: str) -> str:
    """Markdown wraps a strip inside a list, tab or admonition in <p>: unwrap it."""
    return re.sub(r'<p>(<div class="compat-strip"[^\n]*?</div>)\s*(</p>)?',
                  lambda m: m.group(1) + ("" if m.group(2) else "<p>"), html_text)


def replace_markers(markdown: str, words: dict, record: dict) -> str:
    """<!-- md:compat-table --> and <!-- md:compat-changes --> (the Compatibility page)."""
    makers = {"compat-table": table, "compat-changes": changes}
    return model.MARKER_RE.sub(
        lambda m: makers[m.group("name")](words, record) if m.group("name") in makers else m.group(0), markdown)
