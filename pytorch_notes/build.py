"""Every language's build: one `properdocs build --strict` per language configuration
(mkdocs.yml, mkdocs.<lang>.yml), in parallel, each into <site root>/<lang>/.

    python -m pytorch_notes build [--site-dir site] [--version 2.15]

--version builds as `mike deploy` would (MIKE_DOCS_VERSION: site_url gains <version>/), the
site that pytorch_notes/deploy.py publishes and the tests check.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from . import model

ENV = {"HF_HUB_OFFLINE": "1", "PYTHONDONTWRITEBYTECODE": "1"}


@dataclass
class Built:
    lang: model.Language
    code: int
    log: str  # what the build printed (stderr and stdout)
    seconds: float

    def problems(self) -> list[str]:
        """Its WARNING and ERROR lines (a strict build fails on the first warning)."""
        return [x for x in self.log.splitlines() if "WARNING" in x or "ERROR" in x] or [self.log[-4000:]]


def build(site: Path = model.ROOT / "site", version: str | None = None, env: dict | None = None,
          cwd: Path = model.ROOT, args: tuple[str, ...] = ()) -> list[Built]:
    """Build every language at once; `version`: as mike builds it."""
    env = {**os.environ, **ENV, **(env or {})}
    env.pop("MIKE_DOCS_VERSION", None)
    if version:
        env["MIKE_DOCS_VERSION"] = version
    running = []
    for lang in model.languages():
        cmd = [sys.executable, "-m", "properdocs", "build", "--strict", "-f", str(cwd / lang.config_file.name),
               "--site-dir", str(Path(site).resolve() / lang.locale), *args]
        proc = subprocess.Popen(cmd, cwd=cwd, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        running.append((lang, proc, time.perf_counter()))
    done = []
    for lang, proc, start in running:
        log, _ = proc.communicate()
        done.append(Built(lang, proc.returncode, log, time.perf_counter() - start))
    return done


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(prog="python -m pytorch_notes build", description=__doc__.split("\n\n")[0])
    parser.add_argument("--site-dir", type=Path, default=model.ROOT / "site")
    parser.add_argument("--version", help="build as mike deploys this version (e.g. 2.15)")
    args = parser.parse_args(argv)
    failed = False
    for built in build(args.site_dir, args.version):
        print(f"{built.lang.locale}: {'built' if built.code == 0 else 'FAILED'} in {built.seconds:.1f} s "
              f"-> {args.site_dir / built.lang.locale}")
        if built.code:
            failed = True
            print(built.log[-6000:], file=sys.stderr)
    sys.exit(1 if failed else 0)
