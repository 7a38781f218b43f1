"""Start-up: `kokuchi --help` against `python -c 'import click'`, and commands on the samples.

    python bench/startup.py [--runs 20] [--baseline REV]

`kokuchi catalog merge` runs on a generated catalog of 100 translated
messages and its new template of 95, in which 11 are edited (4 meaning
flips, 3 clauses added, 2 typos, a number, a reworded phrase:
bench/gen_catalog.py, as catalog_bench.py makes them): the merge of a small
catalog, where loading the matcher and the guards is most of the work. Its
target is at most 3 × `import click`. With ``--baseline``, the same merge
with the catalog as its own template (no message edited) and `catalog --help`
run too.

Every figure is a fresh interpreter timed as a whole process, in CPU time
(user + system, as the operating system counts it for the child: on a
machine shared with other work, wall time measures the neighbours too); the
commands in one row run alternately (A B A B …) so that a drift in the
machine's speed falls on both. Medians are reported.

`kokuchi diff` also runs with the morphological analyzer hidden (a stub
``fugashi`` module that fails to import, so the tokenizer falls back to
script runs), alternated with the real one: the difference is what loading
fugashi + unidic-lite costs a command that diffs.

With ``--baseline REV`` each kokuchi command also runs from a checkout of REV
(a temporary git worktree), alternated with the working tree's, and the ratio
says how long start-up takes now compared with then.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gen_catalog import write  # noqa: E402

REPO = Path(__file__).resolve().parent.parent
CATALOG = Path(tempfile.gettempdir()) / "kokuchi-startup-catalog"  # old.po and new.pot, 100 messages
MERGE = ["catalog", "merge", str(CATALOG / "old.po"), str(CATALOG / "new.pot"), "-o", str(CATALOG / "out.po")]
COMMANDS = {
    "--help": ["--help"],
    "check": ["check"],
    "show": ["show", "aozora-sentinel-alerts"],
    "show --lang en": ["show", "aozora-sentinel-alerts", "--lang", "en"],
    "diff": ["diff", "aozora-sentinel-alerts"],
    "catalog --help": ["catalog", "--help"],
    "catalog merge (100 messages, none edited)": [*MERGE[:3], str(CATALOG / "old.po"), *MERGE[4:]],
    "catalog merge (100 messages, 11 edited)": MERGE,
}


def timed(command: list[str], env: dict, cwd: Path) -> float:
    """The CPU time (user + system) of one run of *command*."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL, env=env, cwd=cwd)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def alternate(commands: list[tuple[list[str], dict, Path]], runs: int) -> list[float]:
    """The median time of each command, run in turn *runs* times after one warm-up."""
    times: list[list[float]] = [[] for _ in commands]
    for command in commands:
        timed(*command)
    for _ in range(runs):
        for index, command in enumerate(commands):
            times[index].append(timed(*command))
    return [statistics.median(t) for t in times]


def kokuchi(source: Path) -> tuple[list[str], dict, Path]:
    """kokuchi from the checkout *source*, run on that checkout's own samples."""
    # Bytecode is cached as for any installed package (the warm-up writes it),
    # even where the environment says not to write it.
    env = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
    return [sys.executable, "-m", "kokuchi"], {**env, "PYTHONPATH": str(source / "src")}, source


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--baseline", help="a git revision to compare each command with")
    args = parser.parse_args()
    data = write(CATALOG, 100)
    assert len(data["edited"]) >= 10, "the generated template edits about 10 of the 100 messages"
    base, env, _ = kokuchi(REPO)
    click_only = ([sys.executable, "-c", "import click"], env, REPO)
    print(f"CPU time, median of {args.runs} alternated runs, Python {sys.version.split()[0]}, {os.cpu_count()} cores")
    print()
    click_time, help_time, merge_time = alternate(
        [click_only, (base + ["--help"], env, REPO), (base + MERGE, env, REPO)], args.runs
    )
    print("| command | median (ms) | ratio |")
    print("| --- | ---: | ---: |")
    print(f"| `python -c 'import click'` | {click_time * 1000:.1f} | 1.00 |")
    print(f"| `kokuchi --help` | {help_time * 1000:.1f} | {help_time / click_time:.2f} |")
    merge_ratio = merge_time / click_time
    print(f"| `kokuchi catalog merge` (100 messages, 11 edited) | {merge_time * 1000:.1f} | {merge_ratio:.2f} |")
    with tempfile.TemporaryDirectory() as stub:
        Path(stub, "fugashi.py").write_text('raise ImportError("hidden for the benchmark")\n')
        hidden = {**env, "PYTHONPATH": f"{stub}{os.pathsep}{env['PYTHONPATH']}"}
        diff = base + COMMANDS["diff"]
        without, with_analyzer = alternate([(diff, hidden, REPO), (diff, env, REPO)], args.runs)
    print()
    print("| `kokuchi diff` on the samples | median (ms) |")
    print("| --- | ---: |")
    print(f"| analyzer hidden (script runs) | {without * 1000:.1f} |")
    print(f"| fugashi + unidic-lite | {with_analyzer * 1000:.1f} |")
    if not args.baseline:
        return
    with tempfile.TemporaryDirectory() as folder:
        old_tree = Path(folder) / "baseline"
        subprocess.run(["git", "worktree", "add", "--detach", "-q", str(old_tree), args.baseline], cwd=REPO, check=True)
        try:
            old, old_env, _ = kokuchi(old_tree)
            print()
            print(f"| command on the samples | {args.baseline} (ms) | now (ms) | now / then |")
            print("| --- | ---: | ---: | ---: |")
            for name, arguments in COMMANDS.items():
                then, now = alternate([(old + arguments, old_env, old_tree), (base + arguments, env, REPO)], args.runs)
                print(f"| `kokuchi {name}` | {then * 1000:.1f} | {now * 1000:.1f} | {now / then:.2f} |")
        finally:
            subprocess.run(["git", "worktree", "remove", "--force", str(old_tree)], cwd=REPO, check=True)


if __name__ == "__main__":
    main()
