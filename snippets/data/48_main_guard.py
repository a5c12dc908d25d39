import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

# A training script, run without and with the guard. spawn is what Windows and macOS
# use; the script asks for it explicitly, so that this runs the same on Linux.
SCRIPT = """
import torch
from torch.utils.data import DataLoader

def main():
    loader = DataLoader(torch.arange(4), batch_size=2, num_workers=1,
                        multiprocessing_context="spawn")
    print(next(iter(loader)))

{call}
"""
CALLS = {
    "without the guard": "main()",
    "with the guard": 'if __name__ == "__main__":\n    main()',
}
FIRST = "An attempt has been made to start a new process before the"

with tempfile.TemporaryDirectory() as tmp:
    for name, call in CALLS.items():
        path = Path(tmp) / "train.py"
        path.write_text(SCRIPT.format(call=call))
        # PYTHON_COLORS=0: no colour codes in the traceback (Python 3.13 colours it
        # where FORCE_COLOR is set, as Jupyter's kernel sets it)
        env = {**os.environ, "PYTHON_COLORS": "0"}
        run = subprocess.run(
            [sys.executable, path], capture_output=True, text=True, timeout=120, env=env
        )
        lines = [line.strip() for line in run.stderr.splitlines()]
        if FIRST in lines:  # the worker re-imported train.py and reached main()
            start = lines.index(FIRST)
            worker = "\n    ".join(lines[start : start + 2])
            main = re.sub(r"\d+", "<pid>", lines[-1])  # all the main process sees
            print(f"{name}:\n  worker: {worker}\n  main process: {main}")
            """
            without the guard:
              worker: An attempt has been made to start a new process before the
                current process has finished its bootstrapping phase.
              main process: RuntimeError: DataLoader worker (pid(s) <pid>) exited unexpectedly
            """
        else:
            print(f"{name}: {run.stdout.strip()}")
            #> with the guard: tensor([0, 1])
