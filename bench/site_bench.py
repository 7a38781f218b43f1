"""Site benchmark: generated notices with 3 revisions each, in two languages.

    python bench/site_bench.py [--notices 3000] [--runs 5]
    python bench/site_bench.py --revisions 1000 [--source OTHER/src]

Builds the site cold, then again with nothing changed, then several times after
changing one notice (a new revision each time), each in a fresh process
(`python -m kokuchi site`), and reports wall and CPU time (medians of the runs
for the incremental builds) and peak memory. The checkout's own source is
measured, or another checkout's with --source (to compare before and after).
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gen_japanese import sentence  # noqa: E402

OUT = Path(__file__).resolve().parent / "out" / "site"
SRC = Path(__file__).resolve().parent.parent / "src"

REVISION = """\
revision: {n}
published: 2026-{month:02d}-{day:02d}T{hour:02d}:00:00+09:00
status: {status}
title: {title}
products:
  - Bench Product {product}
periods:
  - scope: 東京リージョン
    start: 2026-{month:02d}-{day:02d}T08:00:00+09:00
{end}    approximate: true
sections:
  - id: impact
    kind: impact
    body: |
      {p1}

      - {p2}
      - {p3}
  - id: workaround
    kind: workaround
    state: {state}
    body: |
      {p4}
updates:
{updates}"""


def generate(root: Path, count: int) -> None:
    rng = random.Random(11)
    if root.exists():
        shutil.rmtree(root)
    (root / "notices").mkdir(parents=True)
    messages: dict[str, str] = {}
    for i in range(count):
        folder = root / "notices" / f"bench-{i:04d}"
        folder.mkdir()
        texts = [sentence(rng) for _ in range(4)]
        title = f"ベンチ用の告知 {i} について"
        updates = []
        for n, status in enumerate(("investigating", "identified", "resolved"), start=1):
            if n == 2:
                texts[0] = sentence(rng)
            updates.append(
                f"  - at: 2026-{1 + i % 12:02d}-{1 + n:02d}T{8 + n:02d}:00:00+09:00\n    kind: info\n    body: "
                f"第{n}報を掲載しました。\n"
            )
            (folder / f"{n:03d}.yaml").write_text(
                REVISION.format(
                    n=n,
                    month=1 + i % 12,
                    day=1 + n,
                    hour=8 + n,
                    status=status,
                    title=title,
                    product=i % 7,
                    end=f"    end: 2026-{1 + i % 12:02d}-{1 + n:02d}T09:00:00+09:00\n" if n == 3 else "",
                    p1=texts[0],
                    p2=texts[1],
                    p3=texts[2],
                    p4=texts[3],
                    state="unnecessary" if n == 3 else "active",
                    updates="".join(updates),
                ),
                "utf-8",
            )
    subprocess.run(
        [sys.executable, "-m", "kokuchi", "--root", str(root), "catalog", "init", "-l", "en"],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    import polib

    path = root / "locales" / "en" / "LC_MESSAGES" / "notices.po"
    catalog = polib.pofile(str(path), wrapwidth=0)
    for entry in catalog:
        entry.msgstr = f"EN {len(messages)}: {entry.msgid[:20]}"
        messages[entry.msgid] = entry.msgstr
    catalog.save(str(path))


MEASURE = """
import resource, sys
from kokuchi.cli import main
try:
    main(sys.argv[1:], prog_name="kokuchi")
except SystemExit as exit:
    code = exit.code
me, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
cpu = me.ru_utime + me.ru_stime + children.ru_utime + children.ru_stime
print(me.ru_maxrss, children.ru_maxrss, cpu, file=sys.stderr)
"""


def timed_build(root: Path, src: Path) -> tuple[float, float, float, float, str]:
    """Wall time, CPU time (all processes), peak RSS (MB) of the main process and of the largest worker,
    and what kokuchi printed."""
    start = time.perf_counter()
    # Bytecode is cached as for any installed package (the first build writes it),
    # even where the environment says not to write it.
    env = {**{k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}, "PYTHONPATH": str(src)}
    result = subprocess.run(
        [sys.executable, "-c", MEASURE, "--root", str(root), "site", "--out", str(root / "site")],
        check=True,
        capture_output=True,
        text=True,
        env=env,
    )
    elapsed = time.perf_counter() - start
    main_kib, worker_kib, cpu = result.stderr.strip().splitlines()[-1].split()
    return elapsed, float(cpu), int(main_kib) / 1024, int(worker_kib) / 1024, result.stdout.strip()


SMALL = """\
revision: {n}
published: {published}
status: {status}
title: ベンチ用の長く続く告知について
products:
  - Bench Product
sections:
  - kind: impact
    body: |
      一部のお客様で、ログイン画面が表示されない事象が発生しております（第{n}報）。
updates:
  - at: 2026-01-01T09:00:00+09:00
    kind: investigating
    body: 原因を調査しております。
"""


def many_revisions(count: int, source: Path) -> None:
    """One notice with *count* small revisions (each the same size): the site's
    size and time, which must grow linearly with the revisions."""
    from datetime import datetime, timedelta, timezone

    root = OUT.with_name("site-revisions")
    if root.exists():
        shutil.rmtree(root)
    folder = root / "notices" / "bench-long-running"
    folder.mkdir(parents=True)
    start = datetime(2026, 1, 1, 9, tzinfo=timezone(timedelta(hours=9)))
    for n in range(1, count + 1):
        status = ("investigating", "identified", "monitoring")[n % 3]
        published = (start + timedelta(hours=n)).isoformat()
        (folder / f"{n:03d}.yaml").write_text(SMALL.format(n=n, published=published, status=status), "utf-8")
    seconds, cpu, main_mb, worker_mb, said = timed_build(root, source)
    site = root / "site"
    size = sum(p.stat().st_size for p in site.rglob("*") if p.is_file())
    pages = sum(1 for _ in site.rglob("*.html"))
    print(f"one notice, {count:,} small revisions, ja only; source: {source}")
    print("| revisions | HTML pages | site size (MB) | bytes per revision | wall time (s) | peak RSS (MB) |")
    print("| ---: | ---: | ---: | ---: | ---: | ---: |")
    peak = max(main_mb, worker_mb)
    print(f"| {count:,} | {pages:,} | {size / 1e6:.1f} | {size // count:,} | {seconds:.1f} | {peak:.0f} |")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--notices", type=int, default=3000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--source", type=Path, default=SRC, help="the src/ folder of the kokuchi to measure")
    parser.add_argument(
        "--revisions", type=int, help="instead: one notice with this many small revisions (the site's size)"
    )
    args = parser.parse_args()
    if args.revisions:
        many_revisions(args.revisions, args.source)
        return
    generate(OUT, args.notices)
    cold = timed_build(OUT, args.source)
    unchanged = timed_build(OUT, args.source)
    # One notice gets a new revision, again and again: each run rebuilds one notice.
    latest = OUT / "notices" / "bench-0007" / "003.yaml"
    runs = []
    for run in range(args.runs):
        number = 4 + run
        latest.with_name(f"{number:03d}.yaml").write_text(
            latest.read_text("utf-8")
            .replace("revision: 3", f"revision: {number}")
            .replace("published: 2026-08-04T11:00:00+09:00", f"published: 2026-08-{4 + number:02d}T11:00:00+09:00"),
            "utf-8",
        )
        runs.append(timed_build(OUT, args.source))
    incremental = (
        statistics.median(r[0] for r in runs),
        statistics.median(r[1] for r in runs),
        max(r[2] for r in runs),
        max(r[3] for r in runs),
        runs[-1][4],
    )
    pages = sum(1 for _ in (OUT / "site").rglob("*.html"))
    print(f"{args.notices} notices × 3 revisions, ja + en: {pages:,} HTML pages; source: {args.source}")
    print(
        "| build | wall time (s) | CPU time (s) | peak RSS, main process (MB) | peak RSS, largest worker (MB) | "
        "kokuchi says |"
    )
    print("| --- | ---: | ---: | ---: | ---: | --- |")
    rows = (
        ("cold", cold),
        ("nothing changed", unchanged),
        (f"one notice changed (median of {args.runs})", incremental),
    )
    for name, (seconds, cpu, main_mb, worker_mb, said) in rows:
        said = said.splitlines()[0].replace(str(OUT), "bench/out/site")
        print(f"| {name} | {seconds:.2f} | {cpu:.2f} | {main_mb:.0f} | {worker_mb:.0f} | {said} |")
    print("incremental runs (wall s):", ", ".join(f"{r[0]:.2f}" for r in runs))


if __name__ == "__main__":
    main()
