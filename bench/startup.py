"""How long `kokuchi --help` takes to start, against importing click alone.

    python bench/startup.py [--runs 30]

Both run as fresh interpreters, so the figure includes Python's own start-up;
the target is a ratio of at most 1.5.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time


def best_of(command: list[str], runs: int) -> tuple[float, float]:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(command, check=True, stdout=subprocess.DEVNULL)
        times.append(time.perf_counter() - start)
    return min(times), statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=30)
    runs = parser.parse_args().runs
    cases = {
        "python -c 'import click'": [sys.executable, "-c", "import click"],
        "kokuchi --help": [sys.executable, "-m", "kokuchi", "--help"],
    }
    results = {name: best_of(cmd, runs) for name, cmd in cases.items()}
    base = results["python -c 'import click'"]
    print("| command | best (ms) | median (ms) | ratio (median) |")
    print("| --- | ---: | ---: | ---: |")
    for name, (best, median) in results.items():
        print(f"| `{name}` | {best * 1000:.1f} | {median * 1000:.1f} | {median / base[1]:.2f} |")


if __name__ == "__main__":
    main()
