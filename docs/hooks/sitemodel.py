"""The site's model: every syntax of the project is defined here, once.

Hooks (mkdocs.yml), tests, `make bench`, `make matrix` and the workflows read the site
through this module and nothing else:

* languages: the i18n section of mkdocs.yml (`languages()`), never a hard-coded list;
* snippets: ``snippets/<topic>/NN_<what>.py``, their directives (``#: name [argument]``),
  the output they promise (``#>`` lines and ``\"\"\"`` blocks) and the device suffix that
  output may differ by;
* pages: ``docs/<topic>.<lang>.md``, their front matter keys, markers
  (``<!-- md:name -->``), includes, fenced blocks, headings, admonitions and links;
* the contract between them (`problems()`): each broken rule is one ``file:line: what``.

Only the standard library at import time (PyYAML when mkdocs.yml or front matter is
read), so the snippet runner can use it under any Python that has torch.
Run as a script: ``python docs/hooks/sitemodel.py version`` prints the docs version
(torch major.minor of the pin); ``... check`` prints every problem and exits 1 if any.
"""

from __future__ import annotations

import hashlib
import os
import posixpath
import re
import sys
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DOCS = ROOT / "docs"
SNIPPETS = ROOT / "snippets"
MKDOCS_YML = ROOT / "mkdocs.yml"
REQUIREMENTS = ROOT / "requirements.txt"
NOT_PAGES = ("hooks", "overrides")  # folders of docs/ that are build inputs, not pages


class ModelError(Exception):
    """A problem in one file, at one line."""

    def __init__(self, path: Path, line: int, message: str):
        self.path, self.line, self.message = path, line, message
        super().__init__(f"{rel(path)}:{line}: {message}")


def write_whole(path: Path, data: bytes) -> None:
    """Write a build cache's file whole or not at all: another build may read it meanwhile."""
    import tempfile

    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent)
    with os.fdopen(fd, "wb") as out:
        out.write(data)
    os.replace(tmp, path)


def rel(path: Path) -> str:
    try:
        return Path(path).resolve().relative_to(ROOT).as_posix()
    except ValueError:
        return str(path)


def line_of(text: str, offset: int) -> int:
    return text.count("\n", 0, offset) + 1


# ---------------------------------------------------------------------------
# Languages and pins
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Language:
    locale: str
    name: str
    default: bool
    nav_translations: dict = field(default_factory=dict, compare=False, hash=False)
    entry: dict = field(default_factory=dict, compare=False, hash=False)  # its i18n entry

    @property
    def prefix(self) -> str:
        """Where the language's pages live in the site: '' for the default, 'zh/' else."""
        return "" if self.default else f"{self.locale}/"

    def setting(self, key: str):
        """A site setting in this language (site_name, site_description): its i18n entry's, else the top level's."""
        return self.entry.get(key) or mkdocs_config().get(key)

    @property
    def text(self) -> dict:
        """The site's own words (extra.text) in this language: the top level's, with the
        language's i18n entry's over them."""
        return {**mkdocs_config()["extra"]["text"], **((self.entry.get("extra") or {}).get("text") or {})}


def _yaml_loader():
    import yaml

    class Loader(yaml.SafeLoader):
        """mkdocs.yml with its !relative, !ENV and !!python tags read as plain None."""

    Loader.add_multi_constructor("!", lambda loader, suffix, node: None)
    Loader.add_multi_constructor("tag:yaml.org,2002:python/", lambda loader, suffix, node: None)
    return Loader


@cache
def mkdocs_config() -> dict:
    import yaml

    return yaml.load(MKDOCS_YML.read_text(encoding="utf-8"), Loader=_yaml_loader())


@cache
def languages() -> tuple[Language, ...]:
    """The site's languages, default first, from the i18n plugin in mkdocs.yml."""
    for plugin in mkdocs_config()["plugins"]:
        if isinstance(plugin, dict) and "i18n" in plugin:
            langs = [
                Language(x["locale"], x["name"], bool(x.get("default")), x.get("nav_translations") or {}, x)
                for x in plugin["i18n"]["languages"]
                if x.get("build", True)
            ]
            return tuple(sorted(langs, key=lambda lang: not lang.default))
    raise ModelError(MKDOCS_YML, 1, "no i18n plugin with languages")


def locales() -> tuple[str, ...]:
    return tuple(lang.locale for lang in languages())


def default_locale() -> str:
    return languages()[0].locale


def language_of_path(url: str) -> str:
    """The locale of a site path such as 'zh/tensors/' (default for unprefixed paths)."""
    head = url.lstrip("/").split("/", 1)[0]
    return head if head in locales() and head != default_locale() else default_locale()


def site_url() -> str:
    return mkdocs_config().get("site_url") or "/"


def site_path() -> str:
    """Where the site lives on its host: '/pytorch-notes/' for a project site, else '/'."""
    from urllib.parse import urlsplit

    return urlsplit(site_url()).path or "/"


@cache
def pins(path: Path = REQUIREMENTS) -> dict[str, str]:
    """Exact pins of requirements.txt (``name==version``), names normalised (PEP 503)."""
    found = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        m = re.match(r"^([A-Za-z0-9_.\-]+)==([^\s;#]+)", line.strip())
        if m:
            found[re.sub(r"[-_.]+", "-", m.group(1)).lower()] = m.group(2)
    return found


@cache
def installed(dist: str) -> str:
    """The version of an installed distribution (what a cache key of executed code holds):
    read once a process, as importlib.metadata scans every installed package for it."""
    from importlib.metadata import version

    return version(dist)


def docs_version() -> str:
    """The mike version: '2.15' for torch==2.15.0 (or 2.15.0+cpu)."""
    major, minor = re.match(r"(\d+)\.(\d+)", pins()["torch"]).groups()
    return f"{major}.{minor}"


def deployed_url(site_url: str) -> str:
    """The absolute URL of the deployed version this build belongs to (…/pytorch-notes/2.15/),
    for what is read outside the site (notebooks, llms.txt, the offline bundle's link): a mike
    build's site_url already ends with its version (the mike plugin adds it); a plain build's
    gets the docs version added."""
    base = site_url or "/"
    if os.environ.get("MIKE_DOCS_VERSION") is None and not base.rstrip("/").endswith(docs_version()):
        base = base + docs_version() + "/"
    return base


def built_version(site_dir: Path) -> str | None:
    """The mike version a built site was made for (MIKE_DOCS_VERSION at build time), or None:
    its sitemap's first URL is <site_url><version>/…"""
    sitemap = (Path(site_dir) / "sitemap.xml").read_text(encoding="utf-8")
    m = re.search(r"<loc>([^<]+)</loc>", sitemap)
    rest = m.group(1).removeprefix(site_url().rstrip("/") + "/") if m else ""
    head = rest.split("/", 1)[0]
    return head if re.fullmatch(r"\d+\.\d+", head) else None


# ---------------------------------------------------------------------------
# Snippets
# ---------------------------------------------------------------------------

# A directive is a whole line `#: name` or `#: name argument` (black leaves `#:` alone).
DIRECTIVE_RE = re.compile(r"^#:[ \t]*(?P<name>[\w-]*)(?:[ \t]+(?P<arg>[^\n]*?))?[ \t]*$", re.M)
# The grammar before this module: caught so that an old spelling fails instead of
# silently doing nothing.
OLD_DIRECTIVE_RE = re.compile(r"^#[ \t]*(?:(requires|plot|timeout|process):|---[ \t]*(?:end[ \t]+)?setup\b)", re.M)
# What a snippet promises to print (pytest-examples' syntax): `#> line` comments and a
# triple-quoted block on its own lines after a print.
OUTPUT_RE = re.compile(
    r"^[ \t]*#>(?: (?P<one>[^\n]*)|(?P<empty>))$"
    r"|^(?P<i>[ \t]*)(?P<q>'''|\"\"\")\n(?P<block>.*?)^(?P=i)(?P=q)[ \t]*$",
    re.M | re.S,
)
OUTPUT_LINES_RE = re.compile(r"^[ \t]*#>[^\n]*\n|^([ \t]*)('''|\"\"\")\n.*?^\1\2[ \t]*\n", re.M | re.S)
# Printed output on CUDA / MPS / XPU differs from the CPU's only by this suffix.
DEVICE_SUFFIX_RE = re.compile(r", device='(?:cuda|mps|xpu)(?::\d+)?'")
REQUIREMENTS_KNOWN = {"cuda": "torch.cuda.is_available()"}


@dataclass(frozen=True)
class DirectiveSpec:
    summary: str
    example: str
    arg: str | None = None  # a regex the argument must match, None for no argument
    header: bool = True  # must stand before the first line of code


DIRECTIVES = {
    "requires": DirectiveSpec("runs only where the requirement holds; skipped, with the reason printed, elsewhere",
                              "#: requires cuda", arg="|".join(REQUIREMENTS_KNOWN)),
    "plot": DirectiveSpec("the build runs it once per language (NOTES_LANG=<locale>) and publishes the file "
                          "it saves as <language root>assets/plots/<name>",
                          "#: plot lr_schedules.svg", arg=r"[\w.-]+\.svg"),
    "process": DirectiveSpec("run as its own `python` program (it starts processes): stdout is checked "
                             "against the #> block that ends the file", "#: process"),
    "timeout": DirectiveSpec("seconds a `process` snippet may run before it is killed (default 180)",
                             "#: timeout 120", arg=r"\d+"),
    "setup": DirectiveSpec("opens a block that re-creates what earlier cells of a notebook page made; "
                           "the notebook cell leaves it out", "#: setup", header=False),
    "end": DirectiveSpec("closes the setup block", "#: end setup", arg="setup", header=False),
}
PROCESS_TIMEOUT = 180


@dataclass(frozen=True)
class Directive:
    name: str
    arg: str | None
    line: int


@dataclass
class Snippet:
    path: Path
    source: str
    directives: list[Directive]
    setup: tuple[int, int] | None  # character offsets of the setup block (markers included)

    @property
    def id(self) -> str:
        """'tensors/02_create.py': how pages include it and tests name it."""
        return self.path.relative_to(SNIPPETS).as_posix()

    @property
    def topic(self) -> str:
        return self.path.parent.name

    def directive(self, name: str) -> Directive | None:
        return next((d for d in self.directives if d.name == name), None)

    @property
    def requires(self) -> set[str]:
        return {d.arg for d in self.directives if d.name == "requires"}

    @property
    def plot(self) -> str | None:
        d = self.directive("plot")
        return d.arg if d else None

    @property
    def process(self) -> bool:
        return self.directive("process") is not None

    @property
    def timeout(self) -> int:
        d = self.directive("timeout")
        return int(d.arg) if d else PROCESS_TIMEOUT

    @property
    def digest(self) -> str:
        """Content hash: a recorded result belongs to exactly this code."""
        return hashlib.sha256(self.source.encode()).hexdigest()[:16]

    def promised(self, ordered: bool = False) -> list[str]:
        """The lines its #> comments and output blocks say it prints (sorted unless `ordered`)."""
        lines = []
        for m in OUTPUT_RE.finditer(self.source):
            if m.group("q"):  # the block is indented as the print is
                indent = m.group("i")
                lines += [x.removeprefix(indent).rstrip() for x in m.group("block").splitlines()]
            else:
                lines.append((m.group("one") or "").rstrip())
        return lines if ordered else sorted(lines)

    def without_outputs(self) -> str:
        return OUTPUT_LINES_RE.sub("", self.source)

    def cell_source(self, keep_setup: bool = False) -> str:
        """The code of its notebook cell: no directives, no output comments, and no setup
        block unless `keep_setup` (a cell that runs alone needs it)."""
        code = self.source
        if self.setup and not keep_setup:
            code = code[: self.setup[0]] + code[self.setup[1] :]
        code = DIRECTIVE_RE.sub("", code)
        return OUTPUT_LINES_RE.sub("", code.lstrip("\n")).strip() + "\n"

    def missing_requirement(self) -> str | None:
        """Why it cannot run here, or None."""
        if "cuda" in self.requires:
            import torch

            if not torch.cuda.is_available():
                return f"{rel(self.path)} needs CUDA and torch.cuda.is_available() is False here"
        return None


def normalise_output(text: str) -> str:
    return DEVICE_SUFFIX_RE.sub("", text)


def parse_snippet(path: Path, source: str | None = None) -> Snippet:
    """A snippet and its directives; raises ModelError at the first bad line."""
    source = path.read_text(encoding="utf-8") if source is None else source
    old = OLD_DIRECTIVE_RE.search(source)
    if old:
        raise ModelError(path, line_of(source, old.start()),
                         f"old directive syntax {old.group(0)!r}: directives are written `#: name [argument]`")
    directives: list[Directive] = []
    first_code = next((i for i, x in enumerate(source.splitlines(), 1) if x.strip() and not x.startswith("#")), 10**9)
    setup_start = setup = None
    for m in DIRECTIVE_RE.finditer(source):
        line, name, arg = line_of(source, m.start()), m.group("name"), m.group("arg")
        spec = DIRECTIVES.get(name)
        if spec is None:
            raise ModelError(path, line, f"unknown directive {name!r} (known: {', '.join(DIRECTIVES)})")
        if spec.arg is None and arg:
            raise ModelError(path, line, f"directive {name!r} takes no argument, got {arg!r}")
        if spec.arg is not None and not re.fullmatch(spec.arg, arg or ""):
            raise ModelError(path, line, f"directive {name!r}: bad argument {arg!r} (e.g. `{spec.example}`)")
        if spec.header and line > first_code:
            raise ModelError(path, line, f"directive {name!r} must stand at the top, before the code")
        if spec.header and any(d.name == name for d in directives) and name != "requires":
            raise ModelError(path, line, f"directive {name!r} given twice")
        if name == "setup":
            if setup_start is not None or setup:
                raise ModelError(path, line, "a second setup block")
            setup_start = m.start()
        elif name == "end":
            if setup_start is None:
                raise ModelError(path, line, "`#: end setup` without `#: setup`")
            end = m.end() + (1 if source[m.end() : m.end() + 1] == "\n" else 0)
            setup, setup_start = (setup_start, end), None
        directives.append(Directive(name, arg, line))
    if setup_start is not None:
        raise ModelError(path, line_of(source, setup_start), "`#: setup` is never closed by `#: end setup`")
    names = {d.name for d in directives}
    if "timeout" in names and "process" not in names:
        raise ModelError(path, next(d.line for d in directives if d.name == "timeout"),
                         "`#: timeout` only applies to a `#: process` snippet")
    return Snippet(path, source, directives, setup)


def snippet_paths() -> list[Path]:
    return sorted(p for p in SNIPPETS.rglob("*.py") if "__pycache__" not in p.parts)


def snippets() -> list[Snippet]:
    """Every snippet; raises ModelError on the first malformed one."""
    return [snippet_at(p) for p in snippet_paths()]


# ---------------------------------------------------------------------------
# The compatibility record (snippets/compat.json)
# ---------------------------------------------------------------------------

# What `make matrix` / `make record` / a GPU machine wrote: for each snippet and each
# "<torch version>/<device>", the last result, with the digest of the code that ran.
# A result counts only for that exact code: once the snippet changes it reads "not run".
COMPAT_RECORD = SNIPPETS / "compat.json"
STATUSES = ("passed", "warned", "failed", "not run")
DEVICES = ("cpu", "cuda")
# The torch minors `make matrix` runs besides the pin (docs/hooks/matrix.py PAIRS): each is a
# CPU column on the site, "not run" until the record has it.
MATRIX_MINORS = ("2.11", "2.12", "2.13", "2.14")


def run_key(torch_version: str, device: str) -> str:
    """'2.13.0/cpu': one column of the record (a local suffix such as +cpu is dropped)."""
    return f"{torch_version.split('+')[0]}/{device}"


def compat_status(result: dict, promised: list[str] | None = None) -> dict:
    """A runner result -> the record's entry (without digest/date): passed (exit 0 and the
    #> lines printed), warned (that, and a warning), failed (with the error's first line, or
    the lines it printed instead of those its #> comments promise)."""
    warnings_seen = list(dict.fromkeys(result.get("warnings") or []))
    if result["code"] != 0:
        message = result.get("error") or f"exited {result['code']}"
        return {"status": "failed", "message": message, "warnings": warnings_seen}
    if not result.get("output_matches"):
        printed = [normalise_output(x).rstrip() for x in (result.get("stdout") or "").splitlines()]
        extra = [x for x in printed if promised is None or x not in promised]
        missing = [x for x in promised or [] if x not in printed]
        message = "printed " + " | ".join(extra)[:300] + (f" (its #> comments say {' | '.join(missing)[:300]})"
                                                          if missing else "")
        return {"status": "failed", "message": message, "warnings": warnings_seen}
    if warnings_seen:
        return {"status": "warned", "message": warnings_seen[0], "warnings": warnings_seen}
    return {"status": "passed", "message": "", "warnings": []}


def load_record(path: Path = COMPAT_RECORD) -> dict:
    """{"runs": {key: {...}}, "results": {snippet id: {key: entry}}}; empty if absent."""
    import json

    if not Path(path).exists():
        return {"runs": {}, "results": {}}
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    return {"runs": data.get("runs", {}), "results": data.get("results", {})}


def save_record(record: dict, path: Path = COMPAT_RECORD) -> None:
    """Sorted, one entry per line group (diffs stay readable); drops snippets that are gone."""
    import json

    ids = {p.relative_to(SNIPPETS).as_posix() for p in snippet_paths()}
    results = {k: dict(sorted(v.items(), key=lambda kv: version_key(kv[0])))
               for k, v in sorted(record["results"].items()) if k in ids}
    runs = dict(sorted(record["runs"].items(), key=lambda kv: version_key(kv[0])))
    one = lambda x: json.dumps(x, ensure_ascii=False, sort_keys=True)
    block = lambda d, inner: "{" + ",".join(f"\n{inner}{json.dumps(k)}: {v}" for k, v in d.items()) + "}"
    text = block({
        "about": json.dumps("written by `make matrix` / `make record` (docs/hooks/snippet_runner.py --record); "
                            "a result counts only while its digest is the snippet's"),
        "runs": block({k: one(v) for k, v in runs.items()}, "  "),
        "results": block({s: block({k: one(e) for k, e in v.items()}, "   ") for s, v in results.items()}, "  "),
    }, " ")
    Path(path).write_text(text + "\n", encoding="utf-8")


def version_key(key: str) -> tuple:
    """Sort '2.9.0/cpu' before '2.11.0/cpu', cpu before cuda."""
    version, _, device = key.partition("/")
    nums = tuple(int(x) for x in re.findall(r"\d+", version))
    return (DEVICES.index(device) if device in DEVICES else 9, nums)


def record_result(record: dict, snippet: Snippet, key: str, result: dict, date: str) -> None:
    """Store one run: the runner's result for `snippet` under `key` ('2.13.0/cpu')."""
    version, _, device = key.partition("/")
    entry = {"digest": snippet.digest, "torch": version, "device": device, "date": date,
             **compat_status(result, snippet.promised())}
    record["results"].setdefault(snippet.id, {})[key] = entry


def compat_cell(record: dict, snippet: Snippet, key: str) -> dict:
    """What the site shows for one snippet and one column: the recorded entry while it is for
    this exact code (digest), else {"status": "not run"} (never an older code's "passed")."""
    entry = record["results"].get(snippet.id, {}).get(key)
    if entry and entry.get("digest") == snippet.digest:
        return entry
    return {"status": "not run", "message": "", "warnings": [], "stale": bool(entry)}


def record_columns(record: dict) -> list[str]:
    """Every '<version>/<device>' the record has a run for, cpu first, versions ascending."""
    keys = set(record["runs"]) | {k for v in record["results"].values() for k in v}
    return sorted(keys, key=version_key)


def works_with(record: dict, page_snippets: list[Snippet], device: str = "cpu") -> list[str]:
    """The torch versions (ascending) on which every snippet of a page passed or warned on
    `device` at its current code; snippets that cannot run there (`#: requires cuda` on the
    CPU) do not count."""
    runnable = [s for s in page_snippets if device == "cuda" or "cuda" not in s.requires]
    out = []
    for key in record_columns(record):
        version, _, dev = key.partition("/")
        if dev == device and runnable and all(
                compat_cell(record, s, key)["status"] in ("passed", "warned") for s in runnable):
            out.append(version)
    return out


# ---------------------------------------------------------------------------
# Pages
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class MetaSpec:
    summary: str
    example: str
    type: type | tuple[type, ...]


META_KEYS = {
    "title": MetaSpec("the page title (tab, search results)", "title: Tensors", str),
    "description": MetaSpec("one sentence for <meta name=description> and search; no double quote",
                            "description: Creating, shaping and moving tensors.", str),
    "search": MetaSpec("Material's search options for the page", "search: {exclude: true}", dict),
    "hide": MetaSpec("Material: parts of the layout to hide", "hide: [toc]", list),
    "notebook": MetaSpec("the page's snippets also run, in order, as one Jupyter notebook",
                         "notebook: true", bool),
    "tested_with_also": MetaSpec("more pinned packages named in the page's 'tested with' line",
                                 "tested_with_also: [diffusers, transformers]", list),
    "no_tested_with": MetaSpec("no 'tested with' line (a page without snippets)", "no_tested_with: true", bool),
}
# Page markers: an HTML comment `<!-- md:name -->` on its own line, replaced by a hook.
MARKER_RE = re.compile(r"^[ \t]*<!--[ \t]*md:(?P<name>[\w-]*)(?P<rest>[^\n]*?)-->[ \t]*$", re.M)
MARKERS = {"api-index": ("the API index table, generated from the snippets (docs/hooks/api_index.py)",
                         "<!-- md:api-index -->"),
           "offline-bundle": ("the link to the language's offline bundle, the zip the deploy publishes "
                              "(docs/hooks/offline.py)", "<!-- md:offline-bundle -->"),
           "compat-table": ("the table snippets × torch versions and devices, from snippets/compat.json "
                            "(docs/hooks/compat.py)", "<!-- md:compat-table -->"),
           "compat-changes": ("every error and warning a torch version printed for the site's code, verbatim "
                              "(docs/hooks/compat.py)", "<!-- md:compat-changes -->")}
FRONT_MATTER_RE = re.compile(r"\A---[ \t]*\n(?P<yaml>.*?\n)?---[ \t]*(?:\n|\Z)", re.S)
FENCE_RE = re.compile(
    r"^(?P<indent>[ \t]*)(?P<fence>`{3,}|~{3,})[ \t]*\{?[ \t]*\.?(?P<lang>[\w+-]*)[^\n]*\n"
    r"(?P<body>.*?)^(?P=indent)(?P=fence)[ \t]*$",
    re.S | re.M,
)
# pymdownx.snippets' marker, in any of its forms (an include line, a block's --8<-- line),
# and the include line this site writes: --8<-- "file" (either quote; 1+ dashes each side).
SNIPPETS_MARK_RE = re.compile(r"-+8<-+")
INCLUDE_LINE_RE = re.compile(r"""^[ \t]*-+8<-+[ \t]+(?P<q>["'])(?P<target>[^"'\n]+)(?P=q)[ \t]*$""")
HEADING_RE = re.compile(
    r"^(?P<hashes>#{1,6})[ \t]+(?P<text>.*?)(?:[ \t]*\{[ \t]*#(?P<id>[\w-]+)[^}\n]*\})?[ \t]*$", re.M
)
ADMONITION_RE = re.compile(
    r"^(?P<indent>[ \t]*)(?P<mark>!!!|\?\?\?\+?)[ \t]+(?P<kind>[\w-]+)(?:[ \t]+\"(?P<title>[^\"\n]*)\")?[ \t]*$",
    re.M,
)
LINK_RE = re.compile(r"\]\((?P<target>[^)\s]+)(?:[ \t]+\"[^\"]*\")?\)")
PYTHON_LANGS = {"python", "py", "python3", "py3", "pycon", "ipython", "ipython3"}
# Languages whose prose has no spaces between words: a line break inside a paragraph
# becomes a visible space in Chromium, so their paragraphs are never hard-wrapped.
UNSPACED_LOCALES = {"zh", "ja"}
CJK = "\u2e80-\u303f\u3040-\u9fff\uff00-\uffef"
# Lines that start a block of their own (list item, heading, table, admonition, fence, …).
BLOCK_START_RE = re.compile(
    r"^[ \t]*(?:[-*+][ \t]|\d+[.)][ \t]|#|\||!!!|\?\?\?|```|~~~|<|-+8<|>|:[ \t]|\{|\[\^|\*\[|===|$)"
)


@dataclass(frozen=True)
class Fence:
    lang: str
    indent: str
    body: str
    line: int


@dataclass(frozen=True)
class Include:
    target: str
    line: int
    quote: str


@dataclass(frozen=True)
class Heading:
    level: int
    text: str
    id: str | None
    line: int


@dataclass(frozen=True)
class Admonition:
    kind: str
    title: str | None
    line: int


def is_api_name(name: str) -> bool:
    """A cheat-sheet name specific enough to tag the section that explains it (search): a
    class (`BatchNorm1d`) or an underscored function (`clip_grad_norm_`), not a common word
    (`tensor`, `grad`) or a short one (`to`)."""
    return len(name) >= 3 and (name[0].isupper() or "_" in name.strip("_"))


def rewrite_links(markdown: str, new_target) -> str:
    """The Markdown with each link's target replaced by `new_target(target)`."""
    return LINK_RE.sub(lambda m: m[0].replace(m["target"], new_target(m["target"]), 1), markdown)


def page_url(name: str, lang: str | None) -> str:
    """The path inside the site of page `name` in language `lang`: 'zh/tensors/', '' for the
    default language's home (pages are flat in docs/, so a link's file name is the page)."""
    prefix = next((x.prefix for x in languages() if x.locale == lang), "")
    return prefix + ("" if name == "index" else f"{name}/")


@dataclass
class Page:
    path: Path
    text: str
    meta: dict
    meta_lines: dict[str, int]
    body_offset: int  # characters of front matter before the body
    _memo: dict = field(default_factory=dict, repr=False, compare=False)  # prose, headings

    @property
    def name(self) -> str:
        """'tensors' for docs/tensors.en.md."""
        return self.path.name.split(".")[0]

    @property
    def lang(self) -> str | None:
        m = re.match(r"^[^.]+\.(\w+)\.md$", self.path.name)
        return m.group(1) if m else None

    @property
    def src_uri(self) -> str:
        return self.path.relative_to(DOCS).as_posix()

    @property
    def link(self) -> str:
        """What other pages link to: 'tensors.md'."""
        return f"{self.name}.md"

    @property
    def url(self) -> str:
        """Its path inside the site: 'zh/tensors/', '' for the default home."""
        return page_url(self.name, self.lang)

    def url_of(self, target: str) -> str | None:
        """Where a link of this page's prose points inside the site ('zh/tensors/#item',
        'zh/' for the home, '#item' kept on this page), or None when it is no page link
        (an external URL, a snippet, an image)."""
        if re.match(r"^[a-z][a-z0-9+.-]*:", target):
            return None
        path, _, anchor = target.partition("#")
        if path and not path.endswith(".md"):
            return None
        name = posixpath.basename(path)[: -len(".md")] if path else self.name
        return page_url(name, self.lang) + (f"#{anchor}" if anchor else "")

    @property
    def body(self) -> str:
        return self.text[self.body_offset :]

    def fences(self) -> list[Fence]:
        return [
            Fence(m.group("lang").lower(), m.group("indent"), m.group("body"), line_of(self.text, m.start()))
            for m in FENCE_RE.finditer(self.text, self.body_offset)
        ]

    def includes(self) -> list[Include]:
        """The snippets the page shows, in order: python fences whose body is one include."""
        return [inc for _, _, inc in include_blocks(self.text, self.body_offset)]

    def prose(self) -> str:
        """The body with fenced blocks blanked (same line numbers)."""
        if "prose" not in self._memo:
            text, parts, end = self.text, [], self.body_offset
            for m in FENCE_RE.finditer(text, self.body_offset):
                parts += [text[end : m.start()], "\n" * m.group(0).count("\n")]
                end = m.end()
            parts.append(text[end:])
            self._memo["prose"] = "\n" * text.count("\n", 0, self.body_offset) + "".join(parts)
        return self._memo["prose"]

    def headings(self) -> list[Heading]:
        if "headings" not in self._memo:
            prose = self.prose()
            self._memo["headings"] = [
                Heading(len(m.group("hashes")), m.group("text"), m.group("id"), line_of(prose, m.start()))
                for m in HEADING_RE.finditer(prose)
            ]
        return list(self._memo["headings"])

    def admonitions(self) -> list[Admonition]:
        prose = self.prose()
        return [
            Admonition(m.group("kind"), m.group("title"), line_of(prose, m.start()))
            for m in ADMONITION_RE.finditer(prose)
        ]

    def links(self) -> list[tuple[str, int]]:
        """Internal link targets (to another page or an anchor), with their lines."""
        prose = re.sub(r"`[^`\n]*`", lambda m: " " * len(m.group(0)), self.prose())
        return [
            (m.group("target"), line_of(prose, m.start()))
            for m in LINK_RE.finditer(prose)
            if not re.match(r"^[a-z][a-z0-9+.-]*:", m.group("target"))
        ]

    def markers(self) -> list[tuple[str, int]]:
        prose = self.prose()
        return [(m.group("name"), line_of(prose, m.start())) for m in MARKER_RE.finditer(prose)]

    def cheat_sheet(self) -> list[tuple[str, str]]:
        """(API name, link to the section that explains it) for each row of the table under
        the page's `cheat-sheet` heading: `nn.BatchNorm1d(C)` … [BatchNorm](#norm) -> ("BatchNorm1d", "#norm")."""
        heads = self.headings()
        start = next((h.line for h in heads if h.id == "cheat-sheet"), None)
        if start is None:
            return []
        end = next((h.line for h in heads if h.line > start), 10**9)
        rows = []
        for line in self.prose().split("\n")[start : end - 1]:
            name = re.match(r"^\|\s*`([A-Za-z_][\w.]*)", line)
            link = re.search(r"\]\((?!https?:)([^)\s]*#[\w-]+)\)", line.split("|", 2)[-1])
            if name and link and is_api_name(name.group(1).rsplit(".", 1)[-1]):
                rows.append((name.group(1).rsplit(".", 1)[-1], link.group(1)))
        return rows

    def glossary(self) -> list[tuple[list[str], str]]:
        """(terms, link) for each row `| English | 中文 | [Where](page.md#id) |` of a glossary
        table: 'scalar / vector (1-D)' -> ['scalar', 'vector']."""
        rows = []
        for m in re.finditer(r"^\|([^|\n]+)\|([^|\n]+)\|\s*\[[^\]]*\]\(([^)\s]+)\)\s*\|\s*$", self.prose(), re.M):
            terms = []
            for cell in m.group(1, 2):
                cell = re.sub(r"[(（][^)）]*[)）]", "", cell)  # parenthesised notes
                terms += [t.strip(" `") for t in re.split(r"[/／;；,，、]", cell) if t.strip(" `")]
            rows.append((terms, m.group(3)))
        return rows

    def section_of(self, line: int) -> Heading | None:
        """The last heading with an id above a line."""
        heads = [h for h in self.headings() if h.line < line and h.id]
        return heads[-1] if heads else None

    def hard_wraps(self) -> list[int]:
        """Lines that continue a paragraph of the line above (for unspaced languages)."""
        lines = self.prose().split("\n")
        found = []
        for i in range(1, len(lines)):
            above, here = lines[i - 1], lines[i]
            if not above.strip() or BLOCK_START_RE.match(here) or BLOCK_START_RE.match(above):
                continue
            if above.endswith(("  ", "\\")) or above.rstrip().endswith("|"):
                continue
            if re.search(f"[{CJK}]", above + here):
                found.append(i + 1)
        return found


def include_blocks(text: str, start: int = 0) -> list[tuple[int, int, Include]]:
    """(start, end, include) of each fenced python block of `text` that shows a snippet."""
    found = []
    for m in FENCE_RE.finditer(text, start):
        lines = [x for x in m.group("body").splitlines() if x.strip()]
        inc = INCLUDE_LINE_RE.match(lines[0]) if m.group("lang").lower() in PYTHON_LANGS and len(lines) == 1 else None
        if inc:
            include = Include(inc.group("target"), line_of(text, m.start()) + 1, inc.group("q"))
            found.append((m.start(), m.end(), include))
    return found


def split_at_includes(markdown: str) -> tuple[list[str], list[str]]:
    """Markdown -> (prose pieces, snippet ids): prose, snippet, prose, …, prose."""
    prose, targets, last = [], [], 0
    for start, end, inc in include_blocks(markdown):
        prose.append(markdown[last:start])
        targets.append(inc.target)
        last = end
    return [*prose, markdown[last:]], targets


def parse_page(path: Path) -> Page:
    """A page and its front matter; raises ModelError on bad front matter."""
    text = path.read_text(encoding="utf-8")
    m = FRONT_MATTER_RE.match(text)
    meta, meta_lines, offset = {}, {}, 0
    if m:
        import yaml

        try:
            meta = yaml.safe_load(m.group("yaml") or "") or {}
        except yaml.YAMLError as err:
            raise ModelError(path, 2, f"front matter is not YAML: {err}") from None
        if not isinstance(meta, dict):
            raise ModelError(path, 2, "front matter is not a mapping")
        for i, line in enumerate((m.group("yaml") or "").splitlines(), 2):
            key = re.match(r"^([^\s:#][^:]*):", line)
            if key:
                meta_lines[key.group(1).strip()] = i
        offset = m.end()
    return Page(path, text, meta, meta_lines, offset)


_PARSED: dict[Path, tuple[tuple[int, int], Page | Snippet]] = {}


def _parsed(path: Path, parse):
    """`parse(path)`, reused while the file is unchanged: every hook of a build (and every
    rebuild of `mkdocs serve`) asks for the pages and snippets, each file is parsed once."""
    stat = path.stat()
    state = (stat.st_mtime_ns, stat.st_size)
    hit = _PARSED.get(path)
    if hit is None or hit[0] != state:
        hit = _PARSED[path] = (state, parse(path))
    return hit[1]


def page_at(path: Path) -> Page:
    """The page in that file, parsed once while the file is unchanged (what hooks call)."""
    return _parsed(Path(path), parse_page)


def snippet_at(path: Path) -> Snippet:
    """The snippet in that file, parsed once while the file is unchanged (what hooks call)."""
    return _parsed(Path(path), parse_snippet)


def page_paths() -> list[Path]:
    return sorted(p for p in DOCS.rglob("*.md") if not set(NOT_PAGES) & set(p.relative_to(DOCS).parts))


def pages(lang: str | None = None) -> list[Page]:
    found = [page_at(p) for p in page_paths()]
    return [p for p in found if lang is None or p.lang == lang]


# ---------------------------------------------------------------------------
# The contract
# ---------------------------------------------------------------------------


def snippet_problems() -> list[str]:
    out = []
    for path in snippet_paths():
        try:
            s = snippet_at(path)
        except ModelError as err:
            out.append(str(err))
            continue
        if s.process:
            tail = s.source.rstrip("\n").splitlines()
            block = len(tail) - next((i for i, x in enumerate(reversed(tail)) if not x.startswith("#>")), len(tail))
            if len(s.promised(ordered=True)) != len(tail) - block:
                out.append(f"{rel(path)}:1: a `#: process` snippet keeps its whole output in the closing #> block")
    return out


def meta_problems(page: Page) -> list[str]:
    out = []
    for key, value in page.meta.items():
        line = page.meta_lines.get(key, 2)
        spec = META_KEYS.get(key)
        if spec is None:
            out.append(f"{rel(page.path)}:{line}: unknown front matter key {key!r} (known: {', '.join(META_KEYS)})")
        elif not isinstance(value, spec.type):
            out.append(f"{rel(page.path)}:{line}: {key!r} should be a {spec.type.__name__}, e.g. `{spec.example}`")
        elif key == "tested_with_also":
            out += [f"{rel(page.path)}:{line}: tested_with_also: {x!r} is not pinned in requirements.txt"
                    for x in value if x not in pins()]
    for key in ("title", "description"):
        if not page.meta.get(key):
            out.append(f"{rel(page.path)}:1: front matter needs {key!r}")
    if '"' in str(page.meta.get("description", "")):  # written unescaped into <meta content="…">
        out.append(f"{rel(page.path)}:{page.meta_lines.get('description', 2)}: description contains a double quote")
    return out


def page_problems(page: Page, snippet_ids: set[str]) -> list[str]:
    where = rel(page.path)
    out = meta_problems(page)
    if page.lang not in locales():
        out.append(f"{where}:1: page without a language suffix ({', '.join(f'.{x}.md' for x in locales())})")
    for name, line in page.markers():
        if name not in MARKERS:
            out.append(f"{where}:{line}: unknown marker <!-- md:{name} --> (known: {', '.join(MARKERS)})")
    prose = page.prose()
    for m in re.finditer(r"^[ \t]*<!--[ \t]*([\w-]+)[ \t]*-->[ \t]*$", prose, re.M):
        if m.group(1) in MARKERS:
            out.append(f"{where}:{line_of(prose, m.start())}: marker without `md:`: <!-- md:{m.group(1)} -->")
    for inc in page.includes():
        if inc.target not in snippet_ids:
            out.append(f"{where}:{inc.line}: includes snippets/{inc.target}, which does not exist")
    for f in page.fences():
        if f.lang in PYTHON_LANGS and not (len([x for x in f.body.splitlines() if x.strip()]) == 1
                                           and INCLUDE_LINE_RE.match(f.body.strip())):
            out.append(f"{where}:{f.line}: inline ```{f.lang} block (move the code to snippets/)")
    if page.lang in UNSPACED_LOCALES:
        out += [f"{where}:{n}: hard-wrapped line: write the paragraph on one line" for n in page.hard_wraps()]
    return out


def own_files(page: Page, target: str) -> str:
    """A link target with the page's own language taken out: training.en.ipynb -> training.<lang>.ipynb."""
    return re.sub(rf"\.{page.lang}\.(\w+)\b", r".<lang>.\1", target)


def translation_problems(group: dict[str, Page]) -> list[str]:
    """Pages of one topic in every language: same snippets, heading ids, admonitions, links."""
    default = group[default_locale()]
    out = []
    checks = {
        "snippets": lambda p: [i.target for i in p.includes()],
        "heading ids": lambda p: [h.id for h in p.headings() if h.id],
        "admonitions": lambda p: [a.kind for a in p.admonitions()],
        # a page's own-language files (training.en.ipynb) count as the same target
        "internal link targets": lambda p: sorted({own_files(p, t) for t, _ in p.links()}),
        "markers": lambda p: [n for n, _ in p.markers()],
    }
    for page in group.values():
        if page is default:
            continue
        for what, get in checks.items():
            a, b = get(default), get(page)
            if a != b:
                first = next((i for i, (x, y) in enumerate(zip(a, b)) if x != y), min(len(a), len(b)))
                out.append(
                    f"{rel(page.path)}:1: {what} differ from {rel(default.path)} at item {first + 1}: "
                    f"{(b[first:first + 1] or ['(none)'])[0]!r} vs {(a[first:first + 1] or ['(none)'])[0]!r}"
                    + (f" (only in {rel(page.path)}: {sorted(set(b) - set(a))}; only in "
                       f"{rel(default.path)}: {sorted(set(a) - set(b))})" if what == "internal link targets" else "")
                )
    return out


def problems() -> dict[str, list[str]]:
    """Every broken rule of the site, by kind; each entry names a file and a line."""
    out: dict[str, list[str]] = {"snippets": snippet_problems(), "pages": [], "translations": [], "orphans": []}
    ids = {p.relative_to(SNIPPETS).as_posix() for p in snippet_paths()}
    by_name: dict[str, dict[str, Page]] = {}
    shown: set[str] = set()
    for path in page_paths():
        try:
            page = page_at(path)
        except ModelError as err:
            out["pages"].append(str(err))
            continue
        out["pages"] += page_problems(page, ids)
        shown |= {i.target for i in page.includes()}
        by_name.setdefault(page.name, {})[page.lang] = page
    for name, group in sorted(by_name.items()):
        have = [x for x in locales() if x in group]
        for lang in locales():
            if lang not in group:
                out["translations"].append(
                    f"docs/{name}.{lang}.md:1: missing: the translation of "
                    + ", ".join(f"docs/{name}.{x}.md" for x in have)
                )
        if default_locale() in group:
            out["translations"] += translation_problems(group)
    out["orphans"] = [f"snippets/{x}:1: shown by no page" for x in sorted(ids - shown)]
    return out


if __name__ == "__main__":
    command = sys.argv[1:2]
    if command == ["version"]:
        print(docs_version())
    elif command == ["check"]:
        found = [x for kind in problems().values() for x in kind]
        print("\n".join(found) or "no problems")
        sys.exit(1 if found else 0)
    else:
        sys.exit("usage: sitemodel.py version|check")
