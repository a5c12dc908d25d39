"""The API index page, generated from the snippets at build time.

Every `torch` / `torchvision` / `diffusers` / `accelerate` / `safetensors` API a snippet
uses is found by reading the snippet's syntax tree (imports and aliases expanded, a
little type tracking for methods), checked against the installed package, and listed
with the page sections that show it. The page's Markdown holds the marker
``<!-- api-index -->``; this hook replaces it. mkdocstrings and friends document a
package's own API, not the calls made by example files, hence a hook.
"""

from __future__ import annotations

import ast
import importlib
import inspect
import re
from collections import defaultdict
from functools import lru_cache
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SNIPPETS, DOCS = ROOT / "snippets", ROOT / "docs"
PACKAGES = ("torch", "torchvision", "diffusers", "accelerate", "safetensors")
MARKER = "<!-- api-index -->"
INCLUDE_RE = re.compile(r"""^[ \t]*-{1,3}8<-{1,3}[ \t]+["']([^"'\n]+)["']""", re.M)
HEADING_RE = re.compile(r"^(#{1,6})\s+(.*?)\s*\{\s*#([\w-]+)\s*\}\s*$", re.M)
TEXT = {
    "en": ("API", "Shown in", "Docs", "API index: {n} APIs used by {s} snippets."),
    "zh": ("API", "出现在", "文档", "API 索引：{s} 个代码片段共用到 {n} 个 API。"),
}


@lru_cache(maxsize=None)
def resolve(dotted: str):
    """The object at a dotted path, or None."""
    parts = dotted.split(".")
    for cut in range(len(parts), 0, -1):
        try:
            obj = importlib.import_module(".".join(parts[:cut]))
        except Exception:
            continue
        try:
            for attr in parts[cut:]:
                obj = getattr(obj, attr)
        except AttributeError:
            return None
        return obj
    return None


def _dotted(node: ast.AST) -> str | None:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        base = _dotted(node.value)
        return f"{base}.{node.attr}" if base else None
    return None


def apis_in(source: str) -> set[str]:
    """Fully qualified public APIs a snippet refers to."""
    tree = ast.parse(source)
    alias: dict[str, str] = {}  # local name -> dotted path
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for a in node.names:
                alias[(a.asname or a.name).split(".")[0]] = a.asname and a.name or a.name.split(".")[0]
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            for a in node.names:
                alias[a.asname or a.name] = f"{node.module}.{a.name}"
    # Variables bound to an instance of a known class: x = torch.nn.Linear(...)
    types: dict[str, type] = {}
    subclasses: dict[str, type] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.ClassDef):
            for base in node.bases:
                obj = resolve(expand(_dotted(base), alias) or "")
                if inspect.isclass(obj):
                    subclasses[node.name] = obj
        if isinstance(node, ast.Assign) and isinstance(node.value, ast.Call):
            name = _dotted(node.value.func)
            cls = subclasses.get(name or "") or resolve(expand(name, alias) or "")
            if inspect.isclass(cls):
                for target in node.targets:
                    if isinstance(target, ast.Name):
                        types[target.id] = cls
    found: set[str] = set()
    import torch

    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute | ast.Name) and not isinstance(getattr(node, "ctx", None), ast.Store):
            full = expand(_dotted(node), alias)
            if full and full.split(".")[0] in PACKAGES and not inspect.ismodule(resolve(full) or torch):
                found.add(full)
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            owner = _dotted(node.func.value)
            method = node.func.attr
            if owner in alias or method.startswith("_"):
                continue
            cls = types.get(owner or "")
            for klass in ([cls] if cls else []) + [torch.Tensor]:
                defining = next((k for k in klass.__mro__ if method in vars(k)), None)
                if defining is not None and defining.__module__.split(".")[0] in PACKAGES:
                    found.add(f"{public_name(defining)}.{method}")
                    break
    return {api for api in found if resolve(api) is not None}


def expand(dotted: str | None, alias: dict[str, str]) -> str | None:
    if not dotted:
        return None
    head, _, rest = dotted.partition(".")
    if head not in alias:
        return None
    return f"{alias[head]}.{rest}" if rest else alias[head]


def public_name(cls: type) -> str:
    if cls.__name__ == "TensorBase":
        return "torch.Tensor"
    for module in ("torch", "torch.nn", "torch.optim", "torch.utils.data"):
        if getattr(resolve(module), cls.__name__, None) is cls:
            return f"{module}.{cls.__name__}"
    return f"{cls.__module__}.{cls.__qualname__}"


def docs_url(api: str) -> str:
    top = api.split(".")[0]
    import torch

    if isinstance(resolve(api), torch.dtype):
        return "https://docs.pytorch.org/docs/stable/tensor_attributes.html#torch-dtype"
    parent = api.rpartition(".")[0]
    if inspect.isclass(resolve(parent)) and parent != "torch.Tensor":
        page = "docs/stable" if top == "torch" else "vision/stable"
        return f"https://docs.pytorch.org/{page}/generated/{parent}.html#{api}"  # a method
    if top == "torch":
        return f"https://docs.pytorch.org/docs/stable/generated/{api}.html"
    if top == "torchvision":
        return f"https://docs.pytorch.org/vision/stable/generated/{api}.html"
    return {
        "diffusers": "https://huggingface.co/docs/diffusers/index",
        "accelerate": "https://huggingface.co/docs/accelerate/package_reference/accelerator",
        "safetensors": "https://huggingface.co/docs/safetensors/api/torch",
    }[top]


def where_shown(lang: str) -> dict[str, list[tuple[str, str, str]]]:
    """snippet -> [(page file, anchor, heading text)] for the pages of one language."""
    shown = defaultdict(list)
    for page in sorted(DOCS.glob(f"*.{lang}.md")):
        text = page.read_text(encoding="utf-8")
        title = re.search(r"^#\s+(.*?)\s*(\{.*\})?\s*$", text, re.M)
        for m in INCLUDE_RE.finditer(text):
            heads = [h for h in HEADING_RE.finditer(text, 0, m.start())]
            head = heads[-1] if heads else None
            label = f"{title.group(1) if title else page.stem} › {head.group(2)}" if head else page.stem
            link = page.name.replace(f".{lang}.md", ".md")
            shown[m.group(1)].append((link, head.group(3) if head else "", label))
    return shown


def table(lang: str) -> str:
    uses: dict[str, set[str]] = defaultdict(set)
    snippets = sorted(SNIPPETS.rglob("*.py"))
    for path in snippets:
        for api in apis_in(path.read_text(encoding="utf-8")):
            uses[api].add(path.relative_to(SNIPPETS).as_posix())
    shown = where_shown(lang)
    api_h, shown_h, docs_h, summary = TEXT[lang]
    rows = [summary.format(n=len(uses), s=len(snippets)), "", f"| {api_h} | {shown_h} | {docs_h} |", "| --- | --- | --- |"]
    for api in sorted(uses, key=str.lower):
        places = {}
        for snippet in sorted(uses[api]):
            for link, anchor, label in shown.get(snippet, []):
                places[f"{link}#{anchor}" if anchor else link] = label
        links = ", ".join(f"[{label}]({href})" for href, label in places.items())
        title = f"{api} 官方文档" if lang == "zh" else f"{api}: official docs"  # the icon's accessible name
        rows.append(f'| `{api}` | {links} | [:octicons-link-external-16:]({docs_url(api)} "{title}") |')
    return "\n".join(rows)


def on_page_markdown(markdown, page, **kwargs):
    if MARKER not in markdown:
        return markdown
    lang = "zh" if page.file.src_uri.endswith(".zh.md") else "en"
    return markdown.replace(MARKER, f'<div class="api-index" markdown>\n\n{table(lang)}\n\n</div>')
