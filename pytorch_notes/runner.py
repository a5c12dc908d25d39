"""Runs snippets as the programs a reader pastes: each one as its own `__main__`.

* `run_all(paths)`: every snippet in a child forked from one warm interpreter (what the
  snippets' import statements import is imported once, before the first fork, and so are
  the modules torch loads on a first torch.compile or torch.export), in an empty working
  directory, with no network (any IP connection, loopback too, raises OSError), with its
  exit status, stdout, stderr, the warnings it raised, what each of its print statements
  printed (a `print` of its own module's: the run is otherwise the program's), and whether
  its output matches its ``#>`` comments (model.output_matches).
* `run_process(snippet)`: a ``#: process`` snippet (it starts processes of its own) as
  ``python <file>`` in a new session, killed with all its children after its timeout or
  when it fails, inside a fresh network namespace that has only the loopback interface
  where the machine allows one (``unshare -n``, as root, or ``unshare -rn``).
* `update(paths)`: runs them and writes each print statement's output under it as ``#>``
  comments (model.with_outputs): `make update-examples`.

Needs only the standard library and torch (no pytest, no mkdocs): ``make matrix`` and a GPU
machine's own Python run it, from the project's folder, as ``python -m pytorch_notes.runner
FILE...``, which prints one JSON object, path -> result; ``python -m pytorch_notes.runner
--record snippets/compat.json [--all]`` merges the results into the compatibility record
under this torch version and device (cuda if torch.cuda.is_available() else cpu), running
only new or edited snippets (by digest) unless --all.
"""

from __future__ import annotations

import ast
import gc
import hashlib
import importlib
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import traceback
import warnings
from functools import cache
from pathlib import Path

from pytorch_notes import model

TAIL = 3000  # characters of output kept per snippet
# CUDA does not survive a fork once the parent has initialised its driver, and a plain
# torch.cuda.is_available() does (cuInit): diffusers calls it on import, record() to name
# the device. The NVML check answers without it (torch reads this on every call); the
# children, where the snippets use CUDA, inherit it.
os.environ.setdefault("PYTORCH_NVML_BASED_CUDA_CHECK", "1")


# Modules torch imports on a snippet's first torch.compile / torch.export call (3 s in each
# forked child otherwise); importing them starts no thread, so forking after is safe.
WARM_ALSO = ("torch._dynamo", "torch.export", "torch._inductor.compile_fx")


def _warm(paths: list[str]) -> None:
    """Run, in the parent, what the snippets' top-level import statements import: each
    module, and the names taken from it (diffusers loads those lazily), then WARM_ALSO."""
    names: dict[str, set[str]] = {}
    for path in paths:
        for node in ast.walk(ast.parse(Path(path).read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                for a in node.names:
                    names.setdefault(a.name, set())
            elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
                names.setdefault(node.module, set()).update(a.name for a in node.names)
    if "torch" in names:
        for module in WARM_ALSO:
            names.setdefault(module, set())
    for module, taken in names.items():
        try:
            loaded = importlib.import_module(module)
            for name in taken:
                getattr(loaded, name, None)
        except Exception:  # noqa: BLE001  (the child reports it)
            pass


def _first_line(text: str) -> str:
    lines = [x for x in text.strip().splitlines() if x.strip()]
    return lines[-1][:300] if lines else ""


def _result(snippet: model.Snippet, code: int, out: str, err: str, seen: list[str], took: float,
            prints: list | None = None) -> dict:
    return {
        "code": code,
        "stdout": out[-TAIL:],
        "stderr": err[-TAIL:],
        "warnings": seen,
        "prints": prints or [],
        "output_matches": model.output_matches(snippet, out),
        "error": _first_line(err) if code else "",
        "seconds": round(took, 3),
    }


def refuse_network() -> None:
    """From now on, any IP connection of this process (loopback too) raises OSError: there is
    no network where CI runs the snippets (a snippet that needs loopback is a ``#: process``
    one, run in its own network namespace). An audit hook (PEP 578): Python raises the
    ``socket.connect`` event before it connects, and a hook that raises stops the call."""
    import socket

    def hook(event, args):
        if event == "socket.connect" and args[0].family in (socket.AF_INET, socket.AF_INET6):
            raise OSError(f"snippets are hermetic: network access to {args[1]!r} refused")

    sys.addaudithook(hook)


def recording_print(path: str, prints: list):
    """The snippet's own `print`: prints as the builtin does, and records what each call made
    from the snippet's file printed, with its line (where `update` writes it)."""
    import builtins

    def print(*args, sep=" ", end="\n", file=None, flush=False):
        builtins.print(*args, sep=sep, end=end, file=file, flush=flush)
        caller = sys._getframe(1)
        if file in (None, sys.stdout) and caller.f_code.co_filename == path:
            prints.append([caller.f_lineno, (sep or " ").join(map(str, args))])

    return print


def _child(path: str, tmp: str, files: dict[str, Path]) -> None:
    """In the forked child: run `path` as __main__, stdout/stderr to files, then exit."""
    code = 0
    seen: list[str] = []
    prints: list = []
    try:
        os.chdir(tempfile.mkdtemp(dir=tmp))
        os.dup2(os.open(files["out"], os.O_WRONLY | os.O_CREAT), 1)
        os.dup2(os.open(files["err"], os.O_WRONLY | os.O_CREAT), 2)
        sys.argv = [path]
        refuse_network()
        import runpy

        with warnings.catch_warnings(record=True) as caught:  # the default filters, as `python FILE` has
            try:
                runpy.run_path(path, init_globals={"print": recording_print(path, prints)}, run_name="__main__")
            finally:
                # `Category: message`, its first line, as a multi-process snippet's (anomaly
                # mode's warning goes on with a traceback of this machine's files)
                seen += [f"{w.category.__name__}: {str(w.message).splitlines()[0]}" for w in caught]
                for w in caught:  # shown, as `python FILE` would show them
                    sys.stderr.write(warnings.formatwarning(w.message, w.category, w.filename, w.lineno, w.line))
    except SystemExit as exc:
        code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
    except BaseException:  # noqa: BLE001
        traceback.print_exc()
        code = 1
    finally:
        files["warn"].write_text(json.dumps({"warnings": seen, "prints": prints}), encoding="utf-8")
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)


def run_all(paths: list[str]) -> dict[str, dict]:
    """Run each (non-process) snippet as its own __main__ in a forked child."""
    _warm(paths)
    if "torch" in sys.modules and sys.modules["torch"].cuda.is_initialized():
        raise RuntimeError("CUDA was initialised before the first fork: the children could not use it")
    # The warm objects out of the collector's sight: a child's full collection would write
    # to each of them and so copy every page it holds (0.5 s a child; python docs: gc.freeze).
    gc.freeze()
    results = {}
    for path in paths:
        snippet = model.parse_snippet(Path(path))
        with tempfile.TemporaryDirectory(prefix="snippet-") as tmp:
            files = {name: Path(tmp) / name for name in ("out", "err", "warn")}
            start = time.perf_counter()
            pid = os.fork()
            if pid == 0:  # child: what `python <path>` in an empty directory would do
                _child(str(Path(path).resolve()), tmp, files)
            _, status = os.waitpid(pid, 0)
            took = time.perf_counter() - start
            read = lambda f: f.read_text(encoding="utf-8", errors="replace") if f.exists() else ""
            ran = json.loads(read(files["warn"]) or '{"warnings": [], "prints": []}')
            results[path] = _result(snippet, os.waitstatus_to_exitcode(status), read(files["out"]), read(files["err"]),
                                    ran["warnings"], took, ran["prints"])
    return results


@cache
def loopback_prefix() -> tuple[str, ...]:
    """A command prefix that runs a program in a new network namespace with only `lo` up,
    or () where this machine allows none (the program then binds 127.0.0.1 itself)."""
    if not (shutil.which("unshare") and shutil.which("ip")):
        return ()
    for flags in ("-n", "-rn"):
        prefix = ("unshare", flags, "sh", "-c", 'ip link set lo up && exec "$0" "$@"')
        try:
            ok = subprocess.run([*prefix, "true"], capture_output=True, timeout=20, check=False).returncode == 0
        except (OSError, subprocess.SubprocessError):
            ok = False
        if ok:
            return prefix
    return ()


def run_process(snippet: model.Snippet, python: str = sys.executable) -> dict:
    """Run a `#: process` snippet as `python <file>`: bounded in time, no process left behind."""
    with tempfile.TemporaryDirectory(prefix="snippet-") as cwd:
        start = time.perf_counter()
        proc = subprocess.Popen(
            [*loopback_prefix(), python, str(snippet.path.resolve())],
            cwd=cwd,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            start_new_session=True,  # its own process group: killed as one
            env={**os.environ, "PYTHONUNBUFFERED": "1", "PYTHONWARNINGS": "default"},
        )
        try:
            out, err = proc.communicate(timeout=snippet.timeout)
            code = proc.returncode
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            out, err = proc.communicate()
            code, err = -9, err + f"\nkilled after its timeout of {snippet.timeout} s (#: timeout)"
        finally:
            try:  # children that outlived the parent (a failure in a rank) go too
                os.killpg(proc.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
        # each warning as `Category: message`, without the file and line Python puts before it
        seen = [m.group(0) for m in re.finditer(r"\b\w*Warning: .*", err)]
        result = _result(snippet, code, out, err, seen, time.perf_counter() - start)
        result["network"] = "loopback only" if loopback_prefix() else "host (no network namespace here)"
        return result


def run(paths: list[str]) -> dict[str, dict]:
    """Every snippet of `paths`: process snippets one by one, the rest forked."""
    parsed = {p: model.parse_snippet(Path(p)) for p in paths}
    results = run_all([p for p, s in parsed.items() if not s.process])
    results.update({p: run_process(s) for p, s in parsed.items() if s.process})
    return {p: results[p] for p in paths}


def device() -> str:
    import torch

    return "cuda" if torch.cuda.is_available() else "cpu"


def record(path: Path, everything: bool = False, only: list[str] | None = None) -> dict:
    """Run the snippets with this Python's torch on this machine's device and merge the results
    into the record at `path` under '<torch version>/<device>'. Without `everything`, only
    snippets whose recorded digest for that column is not their current one (new or edited)
    run. Snippets that cannot run here (`#: requires cuda` without CUDA) are left out."""
    import datetime
    import platform

    import torch

    key = model.run_key(torch.__version__, device())
    rec = model.load_record(path)
    todo = []
    for snippet in model.snippets():
        if only and snippet.id not in only and model.rel(snippet.path) not in only:
            continue
        if snippet.missing_requirement():
            continue
        entry = rec["results"].get(snippet.id, {}).get(key)
        if everything or not entry or entry.get("digest") != snippet.digest:
            todo.append(str(snippet.path))
    results = run(todo) if todo else {}
    today = datetime.datetime.now(datetime.UTC).date().isoformat()
    import fcntl  # runs of other versions may finish meanwhile: read again, under a lock

    name = hashlib.sha256(str(Path(path).resolve()).encode()).hexdigest()[:12]
    lock = open(Path(tempfile.gettempdir()) / f"compat-{name}.lock", "w")
    fcntl.flock(lock, fcntl.LOCK_EX)
    rec = model.load_record(path)
    for p, result in results.items():
        model.record_result(rec, model.parse_snippet(Path(p)), key, result, today)
    run_info = {"torch": torch.__version__, "python": platform.python_version(), "date": today}
    try:
        import torchvision

        run_info["torchvision"] = torchvision.__version__
    except Exception:  # noqa: BLE001
        pass
    if device() == "cuda":
        run_info["gpu"] = torch.cuda.get_device_name(0)
        run_info["cuda"] = torch.version.cuda
    rec["runs"][key] = run_info if results else rec["runs"].get(key, run_info)
    model.save_record(rec, path)
    lock.close()
    counts = {}
    for entry in (rec["results"][s.id].get(key) for s in model.snippets() if s.id in rec["results"]):
        if entry:
            counts[entry["status"]] = counts.get(entry["status"], 0) + 1
    print(json.dumps({"column": key, "ran": len(results), "counts": counts}), file=sys.stderr)
    return results


def update(paths: list[str]) -> list[str]:
    """Run the snippets and write what each print statement printed under it (model.with_outputs;
    a ``#: process`` snippet: its whole output, as the #> block that ends it). Returns the files
    it changed; a snippet that fails is left as it is, with its error printed."""
    changed = []
    for path, result in run(paths).items():
        snippet = model.parse_snippet(Path(path))
        if result["code"] != 0:
            print(f"{model.rel(snippet.path)}: exited {result['code']}, left as it is:\n{result['stderr']}",
                  file=sys.stderr)
            continue
        if snippet.process:
            lines = snippet.source.rstrip("\n").splitlines()
            while lines and lines[-1].startswith("#>"):
                lines.pop()
            new = "\n".join([*lines, *(f"#> {x}".rstrip() for x in model.printed_lines(result["stdout"]))]) + "\n"
        else:
            new = model.with_outputs(snippet, result["prints"])
        if new != snippet.source:
            snippet.path.write_text(new, encoding="utf-8")
            changed.append(model.rel(snippet.path))
    return changed


def main(args: list[str]) -> None:
    if args[:1] == ["--record"]:  # --record RECORD [--all] [SNIPPET...]
        rest = args[2:]
        record(Path(args[1]), everything="--all" in rest, only=[x for x in rest if x != "--all"] or None)
    elif args[:1] == ["--update"]:  # --update [SNIPPET...]: every snippet that can run here by default
        paths = args[1:] or [str(s.path) for s in model.snippets() if not s.missing_requirement()]
        print("\n".join(update(paths)) or "no #> output changed")
    else:
        print(json.dumps(run(args)))


if __name__ == "__main__":
    main(sys.argv[1:])
