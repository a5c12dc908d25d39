"""The API index page, generated from the snippets at build time.

Every `torch` / `torchvision` / `diffusers` / `accelerate` / `safetensors` API a snippet
uses is found by reading the snippet's syntax tree (imports and aliases expanded, a
little type tracking for methods), checked against the installed package, and listed
with the page sections that show it, grouped by module (a heading each, so the page has
a table of contents) under a filter box (docs/theme/assets/extra.js). The page's Markdown
holds the marker ``<!-- md:api-index -->``, which the build replaces with it. mkdocstrings
and friends document a package's own API, not the calls made by example files.
"""

from __future__ import annotations

import ast
import importlib
import inspect
import json
from collections import defaultdict
from functools import cache
from pathlib import Path

from . import model
from .cache import Cache, key

PACKAGES = ("torch", "torchvision", "diffusers", "transformers", "accelerate", "safetensors")
# The documentation of each package the index names: torch's and torchvision's have a page per
# API; the others' are linked at their reference's start.
DOCS_HOME = {
    "diffusers": "https://huggingface.co/docs/diffusers/index",
    "transformers": "https://huggingface.co/docs/transformers/index",
    "accelerate": "https://huggingface.co/docs/accelerate/package_reference/accelerator",
    "safetensors": "https://huggingface.co/docs/safetensors/api/torch",
}
# Methods an object of another kind has too: a call of one on an owner whose type the snippet
# does not show (`line.split()`, `array.round()`) is not credited to torch.Tensor.
OTHER_KINDS = (str, bytes, list, dict, set, tuple)
INDEX = Cache("api-index", ".json")


@cache
def resolve(dotted: str):
    """The object at a dotted path, or None."""
    parts = dotted.split(".")
    for cut in range(len(parts), 0, -1):
        try:
            obj = importlib.import_module(".".join(parts[:cut]))
        except Exception:  # noqa: BLE001  (any import error: not that module)
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
    import numpy
    import torch

    # Variables bound to an instance of a known class (x = torch.nn.Linear(...)) or to a tensor
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
            made = subclasses.get(name or "") or resolve(expand(name, alias) or "")
            # a class makes its instance; one of torch's functions (torch.randn) makes a tensor
            cls = made if inspect.isclass(made) else torch.Tensor if _makes_tensor(made) else None
            if cls is not None:
                for target in node.targets:
                    if isinstance(target, ast.Name):
                        types[target.id] = cls
    found: set[str] = set()
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
            if cls:
                klasses = [cls]
            else:  # an owner of unknown type: a tensor, unless another kind has the method too
                klasses = [] if any(hasattr(k, method) for k in (*OTHER_KINDS, numpy.ndarray)) else [torch.Tensor]
            for klass in klasses:
                defining = next((k for k in klass.__mro__ if method in vars(k)), None)
                if defining is not None and defining.__module__.split(".")[0] in PACKAGES:
                    found.add(f"{public_name(defining)}.{method}")
                    break
    return {api for api in found if resolve(api) is not None}


def _makes_tensor(obj) -> bool:
    """One of torch's own functions (torch.randn, torch.tensor): what it returns is a tensor."""
    return callable(obj) and not inspect.isclass(obj) and (getattr(obj, "__module__", None) or "torch").startswith(
        "torch") and obj.__name__ in _torch_names()


@cache
def _torch_names() -> frozenset[str]:
    """dir(torch), once (it was listed again for every assignment of every snippet)."""
    import torch

    return frozenset(dir(torch))


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


def group_of(api: str) -> str:
    """The module an API is listed under: for torch and torchvision the longest prefix
    that is a module (the many Tensor methods get a group of their own), for the other
    packages the package."""
    parts = api.split(".")
    if parts[0] not in ("torch", "torchvision"):
        return parts[0]
    if api.startswith("torch.Tensor."):
        return "torch.Tensor"
    prefixes = (".".join(parts[:cut]) for cut in range(len(parts) - 1, 0, -1))
    return next((p for p in prefixes if inspect.ismodule(resolve(p))), parts[0])


def docs_url(api: str) -> str:
    top = api.split(".")[0]
    import torch

    if isinstance(resolve(api), torch.dtype):
        return "https://docs.pytorch.org/docs/stable/tensor_attributes.html#torch-dtype"
    if top in DOCS_HOME:
        return DOCS_HOME[top]
    page = "docs/stable" if top == "torch" else "vision/stable"
    parent = api.rpartition(".")[0]
    if inspect.isclass(resolve(parent)) and parent != "torch.Tensor":
        return f"https://docs.pytorch.org/{page}/generated/{parent}.html#{api}"  # a method
    return f"https://docs.pytorch.org/{page}/generated/{api}.html"


def where_shown(lang: str) -> dict[str, list[tuple[str, str, str]]]:
    """snippet -> [(page link, anchor, "Page › Section")] for the pages of one language."""
    shown = defaultdict(list)
    for page in model.pages(lang):
        heads = page.headings()
        title = heads[0].text if heads else page.name
        for inc in page.includes():
            head = page.section_of(inc.line)
            label = f"{title} › {head.text}" if head else title
            shown[inc.target].append((page.link, head.id if head else "", label))
    return shown


def uses() -> tuple[dict[str, list], int]:
    """api -> ([snippets that use it], docs URL, group), and the number of snippets.

    Finding the APIs imports torch, torchvision and diffusers (seconds): the result is
    kept in the build cache under a hash of every snippet, the pins and this file, so a
    build with no snippet changed imports none of them."""
    paths = model.snippet_paths()
    inputs = [Path(__file__).read_text(encoding="utf-8"), model.REQUIREMENTS.read_text(encoding="utf-8"),
              *((p.relative_to(model.SNIPPETS).as_posix(), p.read_text(encoding="utf-8")) for p in paths)]

    def find() -> bytes:
        found: dict[str, set[str]] = defaultdict(set)
        for path in paths:
            for api in apis_in(path.read_text(encoding="utf-8")):
                found[api].add(path.relative_to(model.SNIPPETS).as_posix())
        listed = {api: [sorted(s), docs_url(api), group_of(api)] for api, s in found.items()}
        return json.dumps(listed).encode()

    return json.loads(INDEX.get_or_make("api-index", key(*inputs), find)), len(paths)


def table(lang: str, text: dict) -> str:
    used, count = uses()
    shown = where_shown(lang)
    groups: dict[str, list[str]] = defaultdict(list)
    for api in sorted(used, key=str.lower):
        groups[used[api][2]].append(api)
    out = [text["api_index_summary"].format(n=len(used), s=count), ""]
    out += [
        '<div class="api-filter">',
        f'<label>{text["api_index_filter"]} <input type="search" autocomplete="off" spellcheck="false"></label>',
        "</div>",
        "",
    ]
    for group in sorted(groups, key=lambda g: (PACKAGES.index(g.split(".")[0]), g.lower())):
        out += ['<div class="api-group" markdown>', "", f"## `{group}` {{ #{group.replace('.', '-').lower()} }}", ""]
        out += ["| " + " | ".join(text["api_index_columns"]) + " |", "| --- | --- | --- |"]
        for api in groups[group]:
            places = {}
            snippets, url, _ = used[api]
            for snippet in snippets:
                for link, anchor, label in shown.get(snippet, []):
                    places[f"{link}#{anchor}" if anchor else link] = label
            links = ", ".join(f"[{label}]({href})" for href, label in places.items())
            title = text["official_docs"].format(name=api)  # the icon's accessible name
            name = ".<wbr>".join(api.split("."))  # breaks only after a dot
            out.append(f'| <code>{name}</code> | {links} | [:octicons-link-external-16:]({url} "{title}") |')
        out += ["", "</div>", ""]
    return "\n".join(out)


def replace_marker(markdown: str, lang: str, text: dict) -> str:
    """<!-- md:api-index -->: the index, with the page sections of language `lang`."""
    html = f'<div class="api-index" markdown>\n\n{table(lang, text)}\n\n</div>'
    return model.MARKER_RE.sub(lambda m: html if m.group("name") == "api-index" else m.group(0), markdown)
