"""`make matrix`: one virtual environment per torch release (model.TORCH_RELEASES), the
snippets run in each by the runner: ``python -m pytorch_notes.runner --record ...``.

* ``python -m pytorch_notes matrix envs``  creates (or reuses) every environment, one after
  the other, under $MATRIX_DIR (default ~/.cache/pytorch-notes/matrix/torch-2.NN), each
  with its torch + torchvision and the snippets' other imports. The rest stays pinned by a
  constraints file made from requirements.txt without torch/torchvision/triton/nvidia-*/setuptools/
  cuda-* (those move with torch), so pip's cache is reused and nothing else drifts.
* ``python -m pytorch_notes matrix run [--all]``  runs the runner in each environment and
  merges its results into the record; without --all only snippets whose digest has no
  result for that version yet (new or edited) run.
* ``python -m pytorch_notes matrix merge RECORD...``  merges the records of the CI jobs
  (.github/workflows/matrix.yml), one per version, into snippets/compat.json.

Stdlib only: it runs before any environment exists.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

from pytorch_notes import model

ROOT = model.ROOT

# What the snippets import besides torch/torchvision and the standard library.
EXTRAS = ["numpy", "pillow", "matplotlib", "pyyaml", "safetensors", "diffusers", "transformers", "accelerate", "pandas",
          "torchinfo", "onnx", "onnxscript", "tensorboard"]
# what each torch release pins for itself (torch 2.11 caps setuptools below 82)
MOVES_WITH_TORCH = re.compile(r"^(torch|torchvision|triton|nvidia-.*|cuda-.*|setuptools)$", re.I)


def pairs() -> dict[str, tuple[str, str]]:
    return model.torch_releases()


def matrix_dir() -> Path:
    return Path(os.environ.get("MATRIX_DIR") or Path.home() / ".cache/pytorch-notes/matrix")


def pinned_minor() -> str:
    return ".".join(model.pins()["torch"].split(".")[:2])


def env_dir(minor: str) -> Path:
    """The pinned version runs in the project's own .venv (`make venv`: exactly the pins);
    every other one in its own environment under $MATRIX_DIR."""
    return ROOT / ".venv" if minor == pinned_minor() else matrix_dir() / f"torch-{minor}"


def env_python(minor: str) -> Path:
    return env_dir(minor) / "bin" / "python"


def constraints() -> str:
    """requirements.txt without what moves with torch."""
    keep = [f"{n}=={v}" for n, v in model.pins().items() if not MOVES_WITH_TORCH.match(n)]
    return "\n".join(keep) + "\n"


def make_env(minor: str, torch: str, vision: str, python: str) -> dict:
    """Create (or reuse) the environment of one torch version; returns what it cost."""
    if minor == pinned_minor():
        return {"minor": minor, "reused": True, "env": "the project's .venv (make venv)"}
    env_dir = matrix_dir() / f"torch-{minor}"
    stamp = env_dir / ".installed"
    # What the environment holds, as the lock file pins it (a pin of the site's own tools,
    # say a MkDocs plugin, changes nothing here).
    pinned = model.pins()
    want = "\n".join([f"torch=={torch}", f"torchvision=={vision}", *(f"{n}=={pinned[n]}" for n in EXTRAS)]) + "\n"
    have = installed(env_dir, "torch")
    if stamp.exists() and stamp.read_text(encoding="utf-8") == want and have == torch:
        return {"minor": minor, "reused": True}
    start = time.perf_counter()
    if have not in (None, torch):
        # Another build of the release: pip would keep it (a local torch-2.13.0+cpu wheel
        # satisfies ==2.13.0), and PyPI's torchvision does not load its C++ ops beside it.
        shutil.rmtree(env_dir)
    if not (env_dir / "bin" / "python").exists():
        subprocess.run([python, "-m", "venv", str(env_dir)], check=True)
    cons = env_dir / "constraints.txt"
    cons.write_text(constraints(), encoding="utf-8")
    cmd = [str(env_dir / "bin/python"), "-m", "pip", "install", "--quiet", "--disable-pip-version-check"]
    cmd += [f"torch=={torch}", f"torchvision=={vision}", *EXTRAS]
    # The environment's own constraint replaces any machine-wide one (which may cap torch);
    # no machine-wide pip configuration (find-links): a local torch-2.13.0+cpu wheel also satisfies ==2.13.0, and
    # PyPI's torchvision (a CUDA build) does not load its C++ ops beside a CPU-only torch.
    env = {k: v for k, v in os.environ.items() if k != "PIP_FIND_LINKS"}
    subprocess.run(cmd, check=True, env={**env, "PIP_CONSTRAINT": str(cons), "PIP_CONFIG_FILE": os.devnull})
    if installed(env_dir, "torch") != torch:
        sys.exit(f"{env_dir}: pip installed torch {installed(env_dir, 'torch')}, not {torch}")
    stamp.write_text(want, encoding="utf-8")
    return {"minor": minor, "reused": False, "seconds": round(time.perf_counter() - start)}


def installed(env_dir: Path, name: str) -> str | None:
    """The version of `name` installed in an environment, local label included (2.13.0+cpu)."""
    python = env_dir / "bin" / "python"
    if not python.exists():
        return None
    code = f"import importlib.metadata as m; print(m.version({name!r}))"
    proc = subprocess.run([str(python), "-c", code], capture_output=True, text=True, check=False)
    return proc.stdout.strip() if proc.returncode == 0 else None


def disk(path: Path) -> int:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file() and not f.is_symlink())


def cmd_envs(args) -> None:
    python = args.python or shutil.which("python3.11") or sys.executable
    for minor, (torch, vision) in pairs().items():
        if args.only and minor not in args.only:
            continue
        info = make_env(minor, torch, vision, python)
        info["disk_gb"] = round(disk(env_dir(minor)) / 1e9, 2)
        print(json.dumps(info), flush=True)


def run_in(minor: str, everything: bool) -> None:
    python = env_python(minor)
    if not python.exists():
        print(f"torch {minor}: no environment at {python.parent.parent} (run `make matrix`)", flush=True)
        return
    cmd = [str(python), "-m", "pytorch_notes.runner", "--record", str(model.COMPAT_RECORD)]
    cmd += ["--all"] if everything else []
    start = time.perf_counter()
    # the runner locks the record while it writes it (runner.record)
    subprocess.run(cmd, check=True, cwd=ROOT, env={**os.environ, "HF_HUB_OFFLINE": "1"})
    print(f"torch {minor}: ran in {time.perf_counter() - start:.0f} s", flush=True)


def cmd_run(args) -> None:
    for minor in pairs():
        if not args.only or minor in args.only:
            run_in(minor, args.all)


def cmd_all(args) -> None:
    """Environments made one after the other; each version's snippets run as soon as its
    environment is ready, while the next one installs (the two overlap, never two installs)."""
    import queue
    import threading

    ready: queue.Queue = queue.Queue()
    python = args.python or shutil.which("python3.11") or sys.executable
    wanted = [m for m in pairs() if not args.only or m in args.only]

    def install():
        try:
            for minor in wanted:
                start = time.perf_counter()
                info = make_env(minor, *pairs()[minor], python)
                info.update(disk_gb=round(disk(env_dir(minor)) / 1e9, 2), took_s=round(time.perf_counter() - start))
                print(json.dumps(info), flush=True)
                ready.put(minor)
        finally:
            ready.put(None)

    start = time.perf_counter()
    threading.Thread(target=install, daemon=True).start()
    while (minor := ready.get()) is not None:
        run_in(minor, args.all)
    print(f"make matrix: {time.perf_counter() - start:.0f} s", flush=True)


def merge(paths: list[Path], into: Path) -> dict:
    """Merge records (one per CI job) into `into`: for each snippet and column, the entry for
    the snippet's current code if any, else the newest."""
    current = {s.id: s.digest for s in model.snippets()}
    merged = model.load_record(into)
    for path in paths:
        other = model.load_record(path)
        for key, run in other["runs"].items():
            if run.get("date", "") >= merged["runs"].get(key, {}).get("date", ""):
                merged["runs"][key] = run
        for sid, cols in other["results"].items():
            mine = merged["results"].setdefault(sid, {})
            for key, entry in cols.items():
                rank = lambda e, sid=sid: (e.get("digest") == current.get(sid), e.get("date", ""))
                if key not in mine or rank(entry) > rank(mine[key]):
                    mine[key] = entry
    model.save_record(merged, into)
    return merged


def cmd_merge(args) -> None:
    merge([Path(p) for p in args.records], ROOT / model.COMPAT_RECORD)


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(prog="python -m pytorch_notes matrix", description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="cmd", required=True)
    envs = sub.add_parser("envs", help="create or reuse one environment per torch version")
    envs.add_argument("--python", help="the Python the environments are made from (default python3.11)")
    run = sub.add_parser("run", help="run the snippets in each environment and merge the record")
    run.add_argument("--all", action="store_true", help="every snippet, not only new or edited ones")
    every = sub.add_parser("all", help="envs and run, overlapped: what `make matrix` does")
    every.add_argument("--python", help="the Python the environments are made from (default python3.11)")
    every.add_argument("--all", action="store_true", help="every snippet, not only new or edited ones")
    merge_p = sub.add_parser("merge", help="merge records (one per CI job) into snippets/compat.json")
    merge_p.add_argument("records", nargs="+")
    for p in (envs, run, every):
        p.add_argument("--only", nargs="*", help="these minor versions only (e.g. 2.11 2.15)")
    args = parser.parse_args(argv)
    {"envs": cmd_envs, "run": cmd_run, "all": cmd_all, "merge": cmd_merge}[args.cmd](args)
