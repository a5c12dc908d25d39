"""python -m pytorch_notes COMMAND [ARGS]: the project's tools (the Makefile calls them).

  build [--site-dir D] [--version V]   every language's strict build (D/<lang>/)
  serve [--port P]                     build, serve on 127.0.0.1:P, build again on change
  check                                every contract problem, file:line each; exit 1 if any
  version                              the docs version: major.minor of the torch pin
  releases                             the torch releases the record covers, as JSON
  update-examples [SNIPPET...]         run snippets and write their #> output (then read it)
  record [--all] [SNIPPET...]          the record's entries of this torch on this device
  matrix ...                           every torch release's environment and run (--help)
  notebooks                            execute every page's notebook (cached), seconds per page
  offline SITES_DIR DIST_DIR           zip an offline build, one zip per language
  deploy [SITES_DIR] [--version V] [--push]   publish built sites with mike
"""

from __future__ import annotations

import json
import sys


def main(argv: list[str]) -> None:
    command, args = (argv[0], argv[1:]) if argv else ("--help", [])
    if command == "build":
        from . import build

        build.main(args)
    elif command == "serve":
        from . import serve

        serve.main(args)
    elif command == "check":
        from . import model

        found = [x for kind in model.problems().values() for x in kind]
        print("\n".join(found) or "no problems")
        sys.exit(1 if found else 0)
    elif command == "version":
        from . import model

        print(model.docs_version())
    elif command == "releases":
        from . import model

        print(json.dumps(list(model.torch_releases())))
    elif command == "update-examples":
        from . import runner

        runner.main(["--update", *args])
    elif command == "record":
        from . import model, runner

        runner.main(["--record", str(model.COMPAT_RECORD), *args])
    elif command == "matrix":
        from . import matrix

        matrix.main(args)
    elif command == "notebooks":
        from . import notebooks

        notebooks.main()
    elif command == "offline":
        from pathlib import Path

        from . import offline

        for made in offline.bundle(Path(args[0]), Path(args[1])):
            print(f"{made}: {made.stat().st_size / 1e6:.1f} MB")
    elif command == "deploy":
        from . import deploy

        deploy.main(args)
    else:
        print(__doc__)
        sys.exit(0 if command in ("--help", "-h") else 2)


if __name__ == "__main__":
    main(sys.argv[1:])
