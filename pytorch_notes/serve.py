"""`make serve`: every language built, served together on http://127.0.0.1:8000, built again
when a page, a snippet, a configuration, the theme or the build's code changes.

    python -m pytorch_notes serve [--port 8000]

Each language is its own build (pytorch_notes/build.py), so `properdocs serve` serves one of
them (`properdocs serve -f mkdocs.zh.yml`: that language alone, reloading the browser on each
change); this serves them all where the site has them: /pytorch-notes/ and
/pytorch-notes/zh/, each language's 404.html for an address it lacks. The pages are built
for this address (NOTES_SITE_URL), so their sitemaps, and with them Material's instant
navigation, match it. Reload the page after a change: the build takes a few seconds.
"""

from __future__ import annotations

import argparse
import functools
import http.server
import threading
import time
from pathlib import Path
from urllib.parse import unquote, urlsplit

from . import build, model

WATCHED = ("docs", "snippets", "pytorch_notes")


class SiteHandler(http.server.SimpleHTTPRequestHandler):
    """Serves each language's built site under its home's path (`roots`: path -> folder),
    and `extra` files (path -> bytes, such as mike's versions.json). A missing page gets
    its language's 404.html, with status 404, as GitHub Pages answers."""

    def __init__(self, *args, roots: dict[str, Path], extra: dict[str, bytes], quiet: bool, **kwargs):
        self.roots, self.extra, self.quiet = roots, extra, quiet
        super().__init__(*args, directory=str(next(iter(roots.values()))), **kwargs)

    def _where(self, path: str) -> tuple[str, Path] | None:
        homes = sorted(self.roots.items(), key=lambda x: -len(x[0]))  # the longest first: /pytorch-notes/zh/
        return next(((p, d) for p, d in homes if path.startswith(p)), None)

    def translate_path(self, path: str) -> str:
        path = unquote(urlsplit(path).path)
        found = self._where(path)
        if found is None:
            return str(Path(self.directory) / "__nowhere__")
        prefix, folder = found
        return str(folder / path[len(prefix):])

    def _send(self, status: int, content_type: str, body: bytes) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self):
        path = unquote(urlsplit(self.path).path)
        if path in self.extra:
            return self._send(200, "application/json", self.extra[path])
        if path == "/" and "/" not in self.roots:
            self.send_response(302)
            self.send_header("Location", min(self.roots, key=len))
            self.end_headers()
            return None
        target = Path(self.translate_path(self.path))
        found = self._where(path)
        if found and not (target.is_file() or (target / "index.html").is_file()) and (found[1] / "404.html").is_file():
            return self._send(404, "text/html; charset=utf-8", (found[1] / "404.html").read_bytes())
        return super().do_GET()

    def log_message(self, *args):
        if not self.quiet:
            super().log_message(*args)


def handler(roots: dict[str, Path], extra: dict[str, bytes] | None = None, quiet: bool = False):
    return functools.partial(SiteHandler, roots=roots, extra=extra or {}, quiet=quiet)


def _state() -> dict[str, int]:
    files = [p for d in WATCHED for p in (model.ROOT / d).rglob("*") if p.is_file() and "__pycache__" not in p.parts]
    files += [x.config_file for x in model.languages()]
    return {str(p): p.stat().st_mtime_ns for p in files}


def _build(site: Path, base: str) -> bool:
    ok = True
    for built in build.build(site, env={"NOTES_SITE_URL": base}):
        print(f"{built.lang.locale}: {'built' if built.code == 0 else 'FAILED'} in {built.seconds:.1f} s", flush=True)
        if built.code:
            ok = False
            print("\n".join(built.problems()), flush=True)
    return ok


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(prog="python -m pytorch_notes serve", description=__doc__.split("\n\n")[0])
    parser.add_argument("--port", type=int, default=8000)
    args = parser.parse_args(argv)
    site = model.ROOT / "site"
    base = f"http://127.0.0.1:{args.port}{model.site_path()}"
    if not _build(site, base):
        raise SystemExit("the build failed: fix what it names and run make serve again")
    roots = {lang.root(): site / lang.locale for lang in model.languages()}
    server = http.server.ThreadingHTTPServer(("127.0.0.1", args.port), handler(roots, quiet=True))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    print(f"serving {', '.join(f'http://127.0.0.1:{args.port}{r}' for r in roots)} (Ctrl+C stops)", flush=True)
    seen = _state()
    try:
        while True:
            time.sleep(1)
            now = _state()
            if now != seen:
                seen = now
                print("changed: building again", flush=True)
                _build(site, base)
    except KeyboardInterrupt:
        server.shutdown()
