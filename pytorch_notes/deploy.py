"""Publishes a built site with mike, without building it again: the deploy workflow publishes
exactly the site that `make test` built and tested.

    python -m pytorch_notes deploy [SITES_DIR] [--version V] [--push]

commits each language's build, SITES_DIR/<lang>/ (default site/), to the gh-pages branch of
the repository in the working directory as version V (default: the docs version of the torch
pin, model.docs_version()), each language under its own deploy prefix, as mike's author
advises for a site in several languages: /pytorch-notes/2.15/ and /pytorch-notes/zh/2.15/,
each with its own versions.json (Material's version selector reads it next to the versions),
its alias `latest` (redirect pages, so that a reader's address always names the version:
the sitemap's, which Material's instant navigation follows) and its default (the language's
root redirects to `latest`). Earlier versions stay. The default language's 404.html (absolute
links into the version) goes to the branch root: the only 404 page GitHub Pages serves.
The sites must have been built for version V (`python -m pytorch_notes build --version V`),
as `mike deploy` would build them; `mike deploy` itself always runs its own build.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from . import model


def deploy(sites: Path, version: str, push: bool = False, branch: str = "gh-pages") -> None:
    from mike import commands, git_utils

    for lang in model.languages():
        site = sites / lang.locale
        built = model.built_version(site)
        if built != version:
            sys.exit(f"{site} was built for version {built!r}, not {version!r} (build with --version {version})")
        # what mike reads of the configuration: where the build is, and how its pages are addressed
        cfg = {"site_dir": str(site), "use_directory_urls": lang.config.get("use_directory_urls", True)}
        with commands.deploy(cfg, version, aliases=["latest"], update_aliases=True,
                             alias_type=commands.AliasType.redirect, branch=branch,
                             deploy_prefix=lang.deploy_prefix):
            pass  # the build is done: mike copies the site into <prefix>/<version>/
        commands.set_default("latest", branch=branch, deploy_prefix=lang.deploy_prefix)
    not_found = sites / model.default_locale() / "404.html"
    if not_found.exists():
        with git_utils.Commit(branch, f"404 page of {version}") as commit:
            commit.add_file(git_utils.FileInfo("404.html", not_found.read_bytes()))
    if push:
        git_utils.push_branch("origin", branch)


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(prog="python -m pytorch_notes deploy", description=__doc__.split("\n\n")[0])
    parser.add_argument("sites", type=Path, nargs="?", default=model.ROOT / "site")
    parser.add_argument("--version", default=None)
    parser.add_argument("--push", action="store_true")
    args = parser.parse_args(argv)
    deploy(args.sites, args.version or model.docs_version(), args.push)
