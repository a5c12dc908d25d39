"""The site's model: every syntax of the project is defined here, once.

The build (pytorch_notes/hooks.py), the tests, `make bench`, `make matrix` and the workflows
read the site through this module:

* languages: Material's language selector, ``extra.alternate`` in mkdocs.yml (`languages()`);
  each language is one build with its own configuration: mkdocs.yml for the first (the
  default), ``mkdocs.<lang>.yml`` (``INHERIT: mkdocs.yml``) for the others;
* where each language lives: its pages in ``docs/<lang>/``, its build in ``site/<lang>/``,
  its address ``site_url`` (plus ``<version>/`` for a mike deploy);
* snippets: ``snippets/<topic>/NN_<what>.py``, their directives (``#: name [argument]``),
  the output they promise (``#>`` lines and ``\"\"\"`` blocks) and the device suffix that
  output may differ by;
* pages: ``docs/<lang>/<topic>.md``, their front matter keys, markers
  (``<!-- md:name -->``), includes, fenced blocks, headings, admonitions and links;
* the contract between them (`problems()`): each broken rule is one ``file:line: what``;
* the torch releases the compatibility record covers (`TORCH_RELEASES`).

Only the standard library at import time (PyYAML when a configuration or front matter is
read), so the snippet runner can use it under any Python that has torch.
``python -m pytorch_notes version`` prints the docs version (torch major.minor of the pin);
``python -m pytorch_notes check`` prints every contract problem and exits 1 if any.
"""

from __future__ import annotations

import hashlib
import posixpath
import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "docs"
SNIPPETS = ROOT / "snippets"
MKDOCS_YML = ROOT / "mkdocs.yml"
REQUIREMENTS = ROOT / "requirements.txt"


class ModelError(Exception):
    """A problem in one file, at one line."""

    def __init__(self, path: Path, line: int, message: str):
        self.path, self.line, self.message = path, line, message
        super().__init__(f"{rel(path)}:{line}: {message}")


def rel(path: Path) -> str:
    try:
        return Path(path).resolve().relative_to(ROOT).as_posix()
    except ValueError:
        return str(path)


def line_of(text: str, offset: int) -> int:
    return text.count("\n", 0, offset) + 1


# ---------------------------------------------------------------------------
# Languages, their builds and addresses; pins
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Language:
    locale: str
    name: str
    default: bool

    @property
    def config_file(self) -> Path:
        """Its build's configuration: mkdocs.yml for the default language, mkdocs.<lang>.yml else."""
        return MKDOCS_YML if self.default else ROOT / f"mkdocs.{self.locale}.yml"

    @property
    def config(self) -> dict:
        """Its configuration as MkDocs reads it (INHERIT merged; !ENV, !relative, !!python read as None)."""
        return load_config(self.config_file)

    @property
    def docs_dir(self) -> Path:
        return ROOT / self.config["docs_dir"]

    @property
    def site_dir(self) -> Path:
        return ROOT / self.config["site_dir"]

    @property
    def site_url(self) -> str:
        return self.config["site_url"]

    @property
    def deploy_prefix(self) -> str:
        """Where it lives inside the default language's site, and where mike deploys it: '' or 'zh'."""
        home, mine = (urlsplit(x.site_url).path for x in (languages()[0], self))
        return posixpath.relpath(mine, home).removeprefix(".").strip("/")

    def url(self, version: str | None = None, base: str | None = None) -> str:
        """Its home's address: the default language's site_url (or `base`, where `python -m
        pytorch_notes serve` serves the site), then its deploy prefix, then `<version>/` for a
        mike deploy: https://…/pytorch-notes/zh/2.15/."""
        base = base or languages()[0].site_url
        return base + (f"{self.deploy_prefix}/" if self.deploy_prefix else "") + (f"{version}/" if version else "")

    def root(self, version: str | None = None) -> str:
        """Its home's path on the host: '/pytorch-notes/zh/' ('/pytorch-notes/zh/2.15/' for a mike deploy)."""
        return urlsplit(self.url(version)).path

    def setting(self, key: str):
        """A site setting in this language (site_name, site_description)."""
        return self.config.get(key)

    @property
    def text(self) -> dict:
        """The site's own words (extra.text) in this language."""
        return self.config["extra"]["text"]

    @property
    def nav(self) -> list:
        return self.config["nav"]


def _yaml_loader():
    import yaml

    class Loader(yaml.SafeLoader):
        """mkdocs.yml with its !relative, !ENV and !!python tags read as plain None."""

    Loader.add_multi_constructor("!", lambda loader, suffix, node: None)
    Loader.add_multi_constructor("tag:yaml.org,2002:python/", lambda loader, suffix, node: None)
    return Loader


def _merged(parent: dict, child: dict) -> dict:
    """MkDocs' INHERIT: mappings merged key by key, anything else replaced."""
    out = dict(parent)
    for key, value in child.items():
        out[key] = _merged(out[key], value) if isinstance(value, dict) and isinstance(out.get(key), dict) else value
    return out


@cache
def load_config(path: Path) -> dict:
    import yaml

    data = yaml.load(Path(path).read_text(encoding="utf-8"), Loader=_yaml_loader()) or {}
    parent = data.pop("INHERIT", None)
    return _merged(load_config(Path(path).parent / parent), data) if parent else data


def mkdocs_config() -> dict:
    """The default language's configuration, which every other one inherits."""
    return load_config(MKDOCS_YML)


@cache
def languages() -> tuple[Language, ...]:
    """The site's languages, default first: Material's language selector (extra.alternate)."""
    entries = (mkdocs_config().get("extra") or {}).get("alternate")
    if not entries:
        raise ModelError(MKDOCS_YML, 1, "no languages: extra.alternate lists none")
    return tuple(Language(x["lang"], x["name"], i == 0) for i, x in enumerate(entries))


def locales() -> tuple[str, ...]:
    return tuple(lang.locale for lang in languages())


def default_locale() -> str:
    return languages()[0].locale


def language(locale: str) -> Language:
    return next(x for x in languages() if x.locale == locale)


def language_of_config(config_file: str | Path) -> Language:
    """The language a configuration file builds (what the build's hook asks)."""
    path = Path(config_file).resolve()
    found = [x for x in languages() if x.config_file == path]
    if not found:
        raise ModelError(path, 1, "a configuration that is no language's (see extra.alternate in mkdocs.yml)")
    return found[0]


def site_path() -> str:
    """Where the site lives on its host: '/pytorch-notes/' (the default language's home)."""
    return languages()[0].root()


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


def deployed_url(lang: Language) -> str:
    """The absolute URL of the deployed version a build of `lang` belongs to
    (…/pytorch-notes/zh/2.15/), for what is read outside the site (notebooks' links, llms.txt,
    the offline bundle's link)."""
    return lang.site_url + docs_version() + "/"


def built_version(site_dir: Path) -> str | None:
    """The mike version a built site was made for (MIKE_DOCS_VERSION at build time), or None:
    its sitemap's first URL is <site_url><version>/…"""
    sitemap = (Path(site_dir) / "sitemap.xml").read_text(encoding="utf-8")
    m = re.search(r"<loc>([^<]+)</loc>", sitemap)
    head = urlsplit(m.group(1)).path.split("/") if m else []
    return next((x for x in head if re.fullmatch(r"\d+\.\d+", x)), None)


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

    def promised(self) -> list[str]:
        """The lines its #> comments and output blocks say it prints, in order."""
        lines = []
        for m in OUTPUT_RE.finditer(self.source):
            if m.group("q"):  # the block is indented as the print is
                indent = m.group("i")
                lines += [x.removeprefix(indent).rstrip() for x in m.group("block").splitlines()]
            else:
                lines.append((m.group("one") or "").rstrip())
        return lines

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


def printed_lines(stdout: str) -> list[str]:
    """What a run printed, as the #> comments write it: line by line, trailing blanks and the
    device suffix left out."""
    return [normalise_output(x).rstrip() for x in stdout.splitlines()]


def output_matches(snippet: Snippet, stdout: str) -> bool:
    """THE meaning of "its output matches", wherever a snippet runs (the tests, the record of
    every torch version, the notebooks, a `#: process` program): the lines it printed are its
    #> lines, one for one, in order (model.printed_lines)."""
    return printed_lines(stdout) == snippet.promised()


def output_difference(snippet: Snippet, stdout: str) -> str:
    """The first lines where what a run printed and the #> comments part, in words."""
    got, want = printed_lines(stdout), snippet.promised()
    first = next((i for i, (a, b) in enumerate(zip(got, want)) if a != b), min(len(got), len(want)))
    parts = [f"line {first + i + 1}: printed {(got[first + i:first + i + 1] or ['(nothing)'])[0][:300]!r}, its #> "
             f"says {(want[first + i:first + i + 1] or ['(nothing)'])[0][:300]!r}"
             for i in range(max(1, min(3, max(len(got), len(want)) - first)))]
    return "; ".join(parts)


OUTPUT_WIDTH = 88  # black's line length in snippets: a longer output line goes in a \"\"\" block


def with_outputs(snippet: Snippet, prints: list[tuple[int, str]]) -> str:
    """The snippet's source with, under each print statement, exactly what it printed (each
    call a `#> line`, or a \"\"\" block when its output has several lines or a long one);
    `prints` are (line, text) of each call, as the runner records them. Raises ModelError
    when the calls' order is not the statements' (two prints in one loop): its #> lines then
    could not be its output in order (output_matches); print once per pass instead."""
    import ast

    source = snippet.source
    calls = [(n.lineno, n.end_lineno, n.col_offset) for n in ast.walk(ast.parse(source))
             if isinstance(n, ast.Expr) and isinstance(n.value, ast.Call)
             and isinstance(n.value.func, ast.Name) and n.value.func.id == "print"]
    texts: dict[tuple, list[str]] = {}
    order = []
    for line, text in prints:
        stmt = next((c for c in calls if c[0] <= line <= c[1]), None)
        if stmt is None:
            raise ModelError(snippet.path, line, "printed by a call this cannot place under a print statement")
        texts.setdefault(stmt, []).append(text)
        order.append(stmt[0])
    if order != sorted(order):
        first = next(b for a, b in zip(order, order[1:]) if b < a)
        raise ModelError(snippet.path, first, "its prints come in another order than its print statements "
                         "(two prints in one loop?): print once per pass, so its #> lines are its output in order")
    lines = source.splitlines()
    for start, end, col in sorted(calls, reverse=True):
        below = end  # 0-based index of the first line after the statement: its old output goes
        while below < len(lines):
            if re.match(r"^[ \t]*#>", lines[below]):
                below += 1
            elif re.match(r'^[ \t]*("""|\'\'\')[ \t]*$', lines[below]):
                below = next(i for i in range(below + 1, len(lines)) if lines[i].strip() == lines[below].strip()) + 1
            else:
                break
        pad, new = " " * col, []
        for text in texts.get((start, end, col), []):
            out = [normalise_output(x).rstrip() for x in text.split("\n")]
            if len(out) == 1 and len(pad) + 3 + len(out[0]) <= OUTPUT_WIDTH:
                new.append(f"{pad}#> {out[0]}".rstrip())
            else:
                new += [f'{pad}"""', *(f"{pad}{x}" if x else "" for x in out), f'{pad}"""']
        lines[end:below] = new
    return "\n".join(lines) + "\n"


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
STATUSES = ("passed", "warned", "differs", "failed", "not run")
DEVICES = ("cpu", "cuda")
# The torch releases the record covers besides the pin (requirements.txt), one per minor
# version, each with the torchvision built for it (its wheel's Requires-Dist names that
# torch): `make matrix` makes an environment for each, the matrix workflow a job, and the site
# a CPU column ("not run" until the record has it). The one list of them.
TORCH_RELEASES = {
    "2.11": ("2.11.0", "0.26.0"),
    "2.12": ("2.12.1", "0.27.1"),
    "2.13": ("2.13.0", "0.28.0"),
    "2.14": ("2.14.1", "0.29.1"),
}


def torch_releases() -> dict[str, tuple[str, str]]:
    """Every torch release the record covers, oldest first, the pin last: minor -> (torch, torchvision)."""
    p = pins()
    return {**TORCH_RELEASES, docs_version(): (p["torch"], p["torchvision"])}


def run_key(torch_version: str, device: str) -> str:
    """'2.13.0/cpu': one column of the record (a local suffix such as +cpu is dropped)."""
    return f"{torch_version.split('+')[0]}/{device}"


def compat_status(result: dict, snippet: Snippet) -> dict:
    """A runner result -> the record's entry (without digest/date): passed (exit 0 and it
    printed its #> lines: output_matches), warned (that, and a warning), differs (exit 0, but
    it printed other lines: which, in the message), failed (the error's last line)."""
    warnings_seen = list(dict.fromkeys(result.get("warnings") or []))
    if result["code"] != 0:
        message = result.get("error") or f"exited {result['code']}"
        return {"status": "failed", "message": message, "warnings": warnings_seen}
    if not output_matches(snippet, result.get("stdout") or ""):
        return {"status": "differs", "message": output_difference(snippet, result.get("stdout") or ""),
                "warnings": warnings_seen}
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
        "about": json.dumps("written by `make matrix` / `make record` (python -m pytorch_notes.runner --record); "
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
             **compat_status(result, snippet)}
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
MARKERS = {"api-index": ("the API index table, generated from the snippets (pytorch_notes/api_index.py)",
                         "<!-- md:api-index -->"),
           "offline-bundle": ("the link to the language's offline bundle, the zip the deploy publishes "
                              "(pytorch_notes/offline.py)", "<!-- md:offline-bundle -->"),
           "compat-table": ("the table snippets × torch versions and devices, from snippets/compat.json "
                            "(pytorch_notes/compat.py)", "<!-- md:compat-table -->"),
           "compat-changes": ("every error and warning a torch version printed for the site's code, verbatim "
                              "(pytorch_notes/compat.py)", "<!-- md:compat-changes -->")}
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


def rewrite_links(markdown: str, new_target) -> str:
    """The Markdown with each link's target replaced by `new_target(target)`."""
    return LINK_RE.sub(lambda m: m[0].replace(m["target"], new_target(m["target"]), 1), markdown)


def page_url(name: str) -> str:
    """The path of page `name` inside its language's site: 'tensors/', '' for the home (pages
    are flat in docs/<lang>/, so a link's file name is the page)."""
    return "" if name == "index" else f"{name}/"


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
        """'tensors' for docs/en/tensors.md."""
        return self.path.stem

    @property
    def lang(self) -> str:
        """'en' for docs/en/tensors.md: the folder it is in (the contract checks that it is a language's)."""
        return self.path.parent.name

    @property
    def src_uri(self) -> str:
        """Its file inside its language's docs_dir ('tensors.md'), as MkDocs names it."""
        return self.path.name

    @property
    def file(self) -> str:
        """Its file in the repository: 'docs/en/tensors.md'."""
        return self.path.relative_to(ROOT).as_posix()

    @property
    def link(self) -> str:
        """What other pages link to: 'tensors.md'."""
        return f"{self.name}.md"

    @property
    def url(self) -> str:
        """Its path inside its language's site: 'tensors/', '' for the home."""
        return page_url(self.name)

    def url_of(self, target: str) -> str | None:
        """Where a link of this page's prose points inside its language's site
        ('tensors/#item', '' for the home, '#item' kept on this page), or None when it is
        no page link (an external URL, a snippet, an image)."""
        if re.match(r"^[a-z][a-z0-9+.-]*:", target):
            return None
        path, _, anchor = target.partition("#")
        if path and not path.endswith(".md"):
            return None
        name = posixpath.basename(path)[: -len(".md")] if path else self.name
        return page_url(name) + (f"#{anchor}" if anchor else "")

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
    """Every page of every language: docs/<lang>/*.md (and any other .md under docs/, which the
    contract then names as a page without a language)."""
    return sorted(p for p in DOCS.rglob("*.md") if "theme" not in p.relative_to(DOCS).parts)


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
            if len(s.promised()) != len(tail) - block:
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
        out.append(f"{where}:1: a page outside the languages' folders ({', '.join(f'docs/{x}/' for x in locales())})")
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


def nav_pages(nav) -> list[str]:
    """The page files a nav lists, in order."""
    out = []
    for entry in nav or []:
        value = next(iter(entry.values())) if isinstance(entry, dict) else entry
        out += nav_pages(value) if isinstance(value, list) else [value]
    return out


def config_problems() -> list[str]:
    """Each language's configuration builds that language where the site expects it: its
    pages (docs/<lang>/), its build (site/<lang>/), its address (the default language's,
    then <lang>/), its theme's language, and the same pages in its nav as the default's."""
    out, default = [], languages()[0]
    for lang in languages():
        where, config = rel(lang.config_file), lang.config
        if not lang.config_file.exists():
            out.append(f"{rel(MKDOCS_YML)}:1: extra.alternate lists {lang.locale!r}, but {where} does not exist")
            continue
        expected = {"docs_dir": f"docs/{lang.locale}", "site_dir": f"site/{lang.locale}",
                    "site_url": default.site_url + ("" if lang.default else f"{lang.locale}/")}
        for key, want in expected.items():
            if config.get(key) != want:
                out.append(f"{where}:1: {key} is {config.get(key)!r}, not {want!r}")
        if (config.get("theme") or {}).get("language") != lang.locale:
            out.append(f"{where}:1: theme.language is not {lang.locale!r}")
        if nav_pages(lang.nav) != nav_pages(default.nav):
            out.append(f"{where}:1: its nav lists other pages than {rel(default.config_file)}'s: "
                       f"{nav_pages(lang.nav)} vs {nav_pages(default.nav)}")
    return out


def problems() -> dict[str, list[str]]:
    """Every broken rule of the site, by kind; each entry names a file and a line."""
    out: dict[str, list[str]] = {"snippets": snippet_problems(), "pages": [], "translations": [],
                                 "configurations": config_problems(), "orphans": []}
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
                    f"docs/{lang}/{name}.md:1: missing: the translation of "
                    + ", ".join(f"docs/{x}/{name}.md" for x in have)
                )
        if default_locale() in group:
            out["translations"] += translation_problems(group)
    out["orphans"] = [f"snippets/{x}:1: shown by no page" for x in sorted(ids - shown)]
    return out
