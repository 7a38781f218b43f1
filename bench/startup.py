"""How long `kokuchi --help` takes to start, against importing click alone,
and what `kokuchi diff` costs with the morphological analyzer loaded.

    python bench/startup.py [--runs 30]

All run as fresh interpreters, so the figure includes Python's own start-up;
the target for `--help` is a ratio of at most 1.5. `diff` runs on a sample
notice (revisions 3 → 4 of sakura-db-maintenance), once with fugashi +
unidic-lite and once with the analyzer hidden (a stub module that fails to
import, so the tokenizer falls back to script runs): the difference is what
loading the analyzer costs a command that diffs.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def best_of(command: list[str], runs: int, env: dict | None = None) -> tuple[float, float]:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(command, check=True, stdout=subprocess.DEVNULL, env=env)
        times.append(time.perf_counter() - start)
    return min(times), statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=30)
    runs = parser.parse_args().runs
    source = {**os.environ, "PYTHONPATH": str(REPO / "src")}
    stub = tempfile.mkdtemp()
    Path(stub, "fugashi.py").write_text('raise ImportError("hidden for the benchmark")\n')
    hidden = {**source, "PYTHONPATH": f"{stub}{os.pathsep}{REPO / 'src'}"}
    diff = [sys.executable, "-m", "kokuchi", "--root", str(REPO), "diff", "sakura-db-maintenance", "3", "4"]
    cases = {
        "python -c 'import click'": ([sys.executable, "-c", "import click"], source),
        "kokuchi --help": ([sys.executable, "-m", "kokuchi", "--help"], source),
        "kokuchi diff (analyzer hidden: script runs)": (diff, hidden),
        "kokuchi diff (fugashi + unidic-lite)": (diff, source),
    }
    results = {name: best_of(cmd, runs, env) for name, (cmd, env) in cases.items()}
    base = results["python -c 'import click'"]
    print("| command | best (ms) | median (ms) | ratio (median) |")
    print("| --- | ---: | ---: | ---: |")
    for name, (best, median) in results.items():
        print(f"| `{name}` | {best * 1000:.1f} | {median * 1000:.1f} | {median / base[1]:.2f} |")


if __name__ == "__main__":
    main()
