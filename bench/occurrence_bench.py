"""Occurrence scaling: one stock sentence repeated N times across the notices.

    python bench/occurrence_bench.py [--sizes 10000 20000 40000] [--src DIR] [--runs 3]

Vendors repeat stock sentences (「ご不便をおかけし、誠に申し訳ございません。」) in
every notice, so one message can have tens of thousands of locations. This
generates notices of 500 list items each, all the same sentence, with a
translated catalog, and times `catalog extract` and `catalog update` from a
fresh process (median of --runs), with GNU msgmerge merging the same template
into the same catalog in the same run as the reference. --src runs another
checkout's source (to measure before and after a change).
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import time
from functools import partial
from pathlib import Path

OUT = Path(__file__).resolve().parent / "out" / "occurrences"
SRC = Path(__file__).resolve().parent.parent / "src"
PER_NOTICE = 500
STOCK = "ご不便をおかけしておりますことを深くお詫び申し上げます。"

REVISION = """\
revision: 1
published: 2026-05-{day:02d}T10:00:00+09:00
status: investigating
title: 定期メンテナンスのお知らせ(第{n}回)
products:
  - Bench Product
periods:
  - start: 2026-05-{day:02d}T01:00:00+09:00
sections:
  - id: impact
    kind: impact
    body: |
{items}"""


def generate(root: Path, occurrences: int, src: Path) -> None:
    if root.exists():
        shutil.rmtree(root)
    (root / "notices").mkdir(parents=True)
    items = "".join(f"      - {STOCK}\n" for _ in range(PER_NOTICE))
    for n in range(occurrences // PER_NOTICE):
        folder = root / "notices" / f"bench-{n:04d}"
        folder.mkdir()
        (folder / "001.yaml").write_text(REVISION.format(day=1 + n % 28, n=n + 1, items=items), "utf-8")
    kokuchi(src, root, "catalog", "init", "-l", "en")
    path = root / "locales" / "en" / "LC_MESSAGES" / "notices.po"
    text = path.read_text("utf-8")
    path.write_text(text.replace(f'msgid "{STOCK}"\nmsgstr ""', f'msgid "{STOCK}"\nmsgstr "We apologize."'), "utf-8")


def kokuchi(src: Path, root: Path, *args: str) -> None:
    env = {**os.environ, "PYTHONPATH": str(src)}
    subprocess.run(
        [sys.executable, "-m", "kokuchi", "--root", str(root), *args], check=True, env=env, stdout=subprocess.DEVNULL
    )


def timed(command) -> float:
    start = time.perf_counter()
    command()
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", type=int, nargs="+", default=[10000, 20000, 40000])
    parser.add_argument("--src", type=Path, default=SRC)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    print(f"source: {args.src}")
    print("| occurrences | catalog extract (s) | catalog update (s) | msgmerge (s) |")
    print("| ---: | ---: | ---: | ---: |")
    env = {**os.environ, "OMP_NUM_THREADS": "1"}
    for size in args.sizes:
        root = OUT / str(size)
        generate(root, size, args.src)
        po = root / "locales" / "en" / "LC_MESSAGES" / "notices.po"
        pot = root / "locales" / "notices.pot"
        kokuchi(args.src, root, "catalog", "extract")
        msgmerge = ["msgmerge", "-q", "--no-wrap", "-o", str(root / "gnu.po"), str(po), str(pot)]
        extract, update, gnu = [], [], []
        for _ in range(args.runs):
            extract.append(timed(partial(kokuchi, args.src, root, "catalog", "extract")))
            update.append(timed(partial(kokuchi, args.src, root, "catalog", "update")))
            gnu.append(timed(partial(subprocess.run, msgmerge, check=True, env=env)))
        medians = (statistics.median(times) for times in (extract, update, gnu))
        print(f"| {size:,} | " + " | ".join(f"{m:.2f}" for m in medians) + " |")


if __name__ == "__main__":
    main()
