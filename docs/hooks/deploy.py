"""Publishes a built site with mike, without building it again: the deploy workflow
publishes exactly the site that `make test` built and tested.

    python docs/hooks/deploy.py SITE_DIR [--version V] [--push]

commits SITE_DIR to the gh-pages branch of the repository in the working directory as
version V (default: the docs version of the torch pin, sitemodel.docs_version()), moves
the alias `latest` to it, makes `latest` the default (the site root redirects there),
puts the version's 404.html (the default language's, with absolute links into the
version: docs/hooks/not_found.py) at the root, the only 404 page GitHub Pages serves, and
pushes when asked. Earlier versions stay. SITE_DIR must have been built with
MIKE_DOCS_VERSION=V (tests/support.py builds it so), as `mike deploy` would build it.
`mike deploy` itself always runs its own build, hence this script (mike's Python API).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import sitemodel


def deploy(site_dir: Path, version: str, push: bool = False, branch: str = "gh-pages") -> None:
    from mike import commands, git_utils

    built = sitemodel.built_version(site_dir)
    if built != version:
        sys.exit(f"{site_dir} was built for version {built!r}, not {version!r} (set MIKE_DOCS_VERSION)")
    with commands.deploy({"site_dir": str(site_dir)}, version, aliases=["latest"], update_aliases=True,
                         branch=branch):
        pass  # the build is done: mike copies site_dir into <version>/ and writes versions.json
    commands.set_default("latest", branch=branch)
    not_found = site_dir / "404.html"
    if not_found.exists():
        with git_utils.Commit(branch, f"404 page of {version}") as commit:
            commit.add_file(git_utils.FileInfo("404.html", not_found.read_bytes()))
    if push:
        git_utils.push_branch("origin", branch)


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("site_dir", type=Path)
    parser.add_argument("--version", default=None)
    parser.add_argument("--push", action="store_true")
    args = parser.parse_args()
    deploy(args.site_dir, args.version or sitemodel.docs_version(), args.push)
