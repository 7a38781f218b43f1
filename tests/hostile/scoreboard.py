"""Run the hostile corpus against a kokuchi source tree and count, per class,
the cases that held (refused: exit 1, or the exit status the case names; no
traceback, no control character on the terminal, no forged problem line,
nothing written, within the time limit).

    python tests/hostile/scoreboard.py [--src DIR] [--timeout SECONDS]

With ``--src OTHER/src``, the cases start from OTHER's sample notices and
catalogs (an older kokuchi cannot read newer samples, and would refuse them
for the wrong reason).

Each case runs in its own process, so that a crash (libyaml's stack on deep
nesting) or a hang (a FIFO) of an older kokuchi counts as a failure instead of
ending the run. Used to compare a branch with the commit it started from.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
import threading
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

SETUP = threading.Lock()
RAW = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def held(case, src: Path, timeout: float) -> tuple[bool, str]:
    from cases import run_case, snapshot

    with tempfile.TemporaryDirectory() as tmp:
        tmp_path = Path(tmp)
        with SETUP:  # some setups run kokuchi in this process (CliRunner): one at a time
            root = case.setup(tmp_path)
            before = snapshot(tmp_path)
        command = [
            sys.executable,
            "-c",
            f"import sys; sys.path.insert(0, {str(src)!r}); from kokuchi.cli import main; main()",
            "--root",
            str(root),
            *case.command(root),
        ]
        try:
            returncode, stdout, stderr = run_case(case, root, command, timeout)
        except subprocess.TimeoutExpired:
            return False, f"still running after {timeout:g} s"
        output = stdout + stderr
        if returncode < 0:
            return False, f"killed by signal {-returncode}"
        if "Traceback" in output:
            return False, "traceback: " + output.strip().splitlines()[-1][:100]
        if returncode != case.exit:
            return False, f"exit {returncode}"
        if RAW.search(output):
            return False, "control character on the terminal"
        if case.forbid and re.search(case.forbid, output, re.MULTILINE):
            return False, "a forged line: " + re.search(case.forbid, output, re.MULTILINE).group()[:60]
        if snapshot(tmp_path) != before:
            return False, "wrote files"
        return True, output.strip().splitlines()[0][:100] if output.strip() else ""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--src", type=Path, default=HERE.parent.parent / "src")
    parser.add_argument("--timeout", type=float, default=20.0)
    parser.add_argument("-v", "--verbose", action="store_true")
    parser.add_argument("-j", "--jobs", type=int, default=os.cpu_count() or 1, help="cases run at once")
    args = parser.parse_args(argv)
    checkout = args.src.resolve().parent
    fixture = checkout / "tests" / "data" / "project"  # older checkouts ran on their samples
    os.environ["KOKUCHI_SAMPLES"] = str(fixture if fixture.is_dir() else checkout)  # read by cases.py
    from concurrent.futures import ThreadPoolExecutor

    from cases import all_cases

    tried: Counter[str] = Counter()
    ok: Counter[str] = Counter()
    cases = all_cases()
    with ThreadPoolExecutor(max(1, args.jobs)) as pool:  # each case is a process of its own
        verdicts = list(pool.map(lambda case: held(case, args.src.resolve(), args.timeout), cases))
    for case, (good, why) in zip(cases, verdicts):
        tried[case.klass] += 1
        ok[case.klass] += good
        if args.verbose or not good:
            print(f"{'held' if good else 'FAIL'} {case.id}: {why}", file=sys.stderr)
    width = max(map(len, tried))
    for klass in tried:
        print(f"{klass:<{width}}  {ok[klass]:>3}/{tried[klass]:<3} held")
    print(f"{'total':<{width}}  {sum(ok.values()):>3}/{sum(tried.values()):<3} held")
    return 0 if ok == tried else 1


if __name__ == "__main__":
    sys.exit(main())
