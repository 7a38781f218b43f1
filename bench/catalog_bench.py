"""Catalog benchmark: `kokuchi catalog merge` against GNU msgmerge (and pybabel).

    python bench/catalog_bench.py [--sizes 1000,10000,50000] [--runs 3] [--tools kokuchi,msgmerge] [--baseline SRC]

For each size, a translated catalog of template-like Japanese messages and a new
template in which 10% of the messages are edited (numbers, a clause, a typo, a
reworded stock phrase, a reversed meaning), 5% removed and 5% added, built from
the same stock phrases (bench/gen_catalog.py). Each tool merges the same files
as a command from a fresh process (msgmerge with OMP_NUM_THREADS=1); the median
time of --runs runs is reported (wall clock and CPU, user + system: on a
shared machine the CPU time is the steadier), with the peak RSS.

- kokuchi: ``kokuchi catalog merge old.po new.pot -o out.po``
- msgmerge: ``msgmerge --previous -o out.po old.po new.pot``
- pybabel: ``pybabel update --previous -i new.pot -o out.po -l en`` (on a copy of old.po)
- baseline (with ``--baseline SRC``): the kokuchi command with another checkout's package
  (``SRC``, its ``src`` folder), in the same run: a change's before and after on one machine state

kokuchi's bytecode is cached, as for an installed package (one warm-up run writes it).

Match quality, from the previous msgid (``#| msgid``) of each suggestion:
"right" counts edited messages (whose meaning the edit kept) offered the
translation of the message they came from; "origin shown" those whose
previous msgid is the message they came from, offered or not (an edit the
guard cannot show the same is left untranslated with the previous source and
translation as comments); "wrong" counts brand-new messages
given any old translation, and edited messages given another's; "flips
reused" counts edits that reversed the meaning and still got the old translation.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gen_catalog import write  # noqa: E402

OUT = Path(__file__).resolve().parent / "out"


def timed(command: list[str], limit: float, env: dict[str, str] | None = None) -> tuple[float, float, float] | None:
    """(seconds, peak RSS in MB, CPU seconds) of one fresh process, or None if stopped at *limit*."""
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    deadline = start + limit
    while True:
        pid, status, usage = os.wait4(process.pid, os.WNOHANG)
        if pid:
            break
        if time.perf_counter() > deadline:
            process.kill()
            os.wait4(process.pid, 0)
            return None
        time.sleep(0.01)
    seconds = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status):
        raise SystemExit(f"{command[0]} failed: {' '.join(command)}")
    return seconds, usage.ru_maxrss / 1024, usage.ru_utime + usage.ru_stime


def median_run(
    command: list[str], limit: float, runs: int, output: Path | None = None, env: dict[str, str] | None = None
) -> tuple[float, float, float] | None:
    results = []
    for _ in range(runs):
        if output is not None:
            output.unlink(missing_ok=True)  # each run writes its output afresh
        result = timed(command, limit, env)
        if result is None:
            return None
        results.append(result)
    return (
        statistics.median(r[0] for r in results),
        max(r[1] for r in results),
        statistics.median(r[2] for r in results),
    )


def _string(lines: list[str], prefix: str) -> str:
    return "".join(
        bytes(line[len(prefix) :].strip()[1:-1], "utf-8").decode("unicode_escape").encode("latin-1").decode("utf-8")
        for line in lines
    )


def suggestions(path: Path) -> dict[str, tuple[str, str | None]]:
    """msgid → (msgstr, previous msgid) of every non-obsolete entry, wrapped strings joined."""
    found = {}
    for block in path.read_text("utf-8").split("\n\n"):
        if block.startswith("#~") or 'msgid ""\nmsgstr ""' in block[:40]:
            continue
        fields: dict[str, list[str]] = {}
        current = None
        for line in block.split("\n"):
            for key in ("#| msgid ", "msgid ", "msgstr "):
                if line.startswith(key):
                    current = key
                    fields[key] = [line[len(key) :]]
                    break
            else:
                if line.startswith('#| "') and current == "#| msgid ":
                    fields[current].append(line[3:])
                elif line.startswith('"') and current in ("msgid ", "msgstr "):
                    fields[current].append(line)
        if "msgid " in fields:
            msgid = _string(fields["msgid "], "")
            previous = _string(fields["#| msgid "], "") if "#| msgid " in fields else None
            found[msgid] = (_string(fields.get("msgstr ", []), ""), previous)
    return found


def quality(path: Path, data: dict) -> dict[str, int]:
    """Counts of right and wrong suggestions against the generator's ground truth.

    A suggestion is an offered translation (fuzzy, auto-updated or not) with its
    previous msgid; it is right when that is the message the new one was edited
    from, and the edit kept the meaning.
    """
    found = suggestions(path)
    counts = {"right": 0, "wrong": 0, "flips reused": 0, "shown": 0}
    for new, (old, kind) in data["edited"].items():
        msgstr, previous = found.get(new, ("", None))
        counts["shown"] += kind != "flip" and previous == old
        if not msgstr:
            continue
        if kind == "flip":
            counts["flips reused"] += previous == old
        elif previous == old:
            counts["right"] += 1
        else:
            counts["wrong"] += 1
    counts["wrong new"] = sum(1 for new in data["added"] if found.get(new, ("", None))[0])
    return counts


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="1000,10000,50000")
    parser.add_argument("--runs", type=int, default=3, help="runs of each tool; the median time is reported")
    parser.add_argument("--tools", default="kokuchi,msgmerge", help="kokuchi, msgmerge, pybabel")
    parser.add_argument("--compile", action="store_true", help="also time compiling the catalog to MO")
    parser.add_argument("--limit", type=float, default=600.0, help="seconds a tool may take before it is stopped")
    parser.add_argument(
        "--baseline", metavar="SRC", help="also time the kokuchi whose package is in SRC (another checkout's src)"
    )
    args = parser.parse_args()
    tools = args.tools.split(",")
    if args.baseline and "kokuchi" in tools:
        tools.insert(tools.index("kokuchi"), "baseline")
    os.environ["OMP_NUM_THREADS"] = "1"  # msgmerge runs single-threaded, like kokuchi
    os.environ["PYTHONPATH"] = str(Path(__file__).resolve().parent.parent / "src")  # this checkout's kokuchi
    # Bytecode is cached as for any installed package (a warm-up run writes it), even
    # where the environment says not to write it: as startup.py and site_bench.py.
    os.environ.pop("PYTHONDONTWRITEBYTECODE", None)
    envs: dict[str, dict[str, str] | None] = {tool: None for tool in ("kokuchi", "msgmerge", "pybabel")}
    if args.baseline:
        envs["baseline"] = {**os.environ, "PYTHONPATH": str(Path(args.baseline).resolve())}
    kokuchi = [sys.executable, "-m", "kokuchi"]
    warmed = False
    pybabel = shutil.which("pybabel") or "pybabel"
    merge_rows, compile_rows = [], []
    for size in (int(s) for s in args.sizes.split(",")):
        folder = OUT / f"catalog-{size}"
        data = write(folder, size)
        old, pot = folder / "old.po", folder / "new.pot"
        flips = sum(1 for _, kind in data["edited"].values() if kind == "flip")
        edited, added = len(data["edited"]) - flips, len(data["added"])
        commands = {
            "kokuchi": [*kokuchi, "catalog", "merge", str(old), str(pot), "-o", str(folder / "kokuchi.po")],
            "baseline": [*kokuchi, "catalog", "merge", str(old), str(pot), "-o", str(folder / "baseline.po")],
            "msgmerge": ["msgmerge", "--previous", "-q", "-o", str(folder / "msgmerge.po"), str(old), str(pot)],
            "pybabel": [pybabel, "update", "--previous", "-i", str(pot), "-o", str(folder / "pybabel.po"), "-l", "en"],
        }
        if not warmed:
            for tool in ("baseline", "kokuchi"):
                if tool in tools:
                    timed(commands[tool], args.limit, envs[tool])  # writes the bytecode; not counted
            warmed = True
        results = {}
        for tool in tools:
            if tool == "pybabel":
                shutil.copy(old, folder / "pybabel.po")  # updated in place: one run only
            output = None if tool == "pybabel" else folder / f"{tool}.po"
            runs = 1 if tool == "pybabel" else args.runs
            results[tool] = median_run(commands[tool], args.limit, runs, output, envs[tool])
        base = results.get("msgmerge")
        for tool, result in results.items():
            if result is None:
                merge_rows.append(f"| {size:,} | {tool} | > {args.limit:.0f} (stopped) | | | | | | | | |")
                continue
            seconds, rss, cpu = result
            q = quality(folder / f"{tool}.po", data)
            ratio = f"{seconds / base[0]:.2f}" if base else ""
            cpu_ratio = f"{cpu / base[2]:.2f}" if base else ""
            merge_rows.append(
                f"| {size:,} | {tool} | {seconds:.2f} | {ratio} | {cpu:.2f} | {cpu_ratio} | {rss:.0f} "
                f"| {q['right']:,} / {edited:,} | {q['shown']:,} / {edited:,} "
                f"| {q['wrong new']:,} of {added:,} new, {q['wrong']:,} other | {q['flips reused']:,} of {flips:,} |"
            )
        if not args.compile:
            continue
        compiled = {
            "kokuchi": median_run(
                [*kokuchi, "catalog", "compile", "-i", str(old), "-o", str(folder / "kokuchi.mo")],
                args.limit,
                args.runs,
            ),
            "msgfmt": median_run(["msgfmt", "-o", str(folder / "msgfmt.mo"), str(old)], args.limit, args.runs),
        }
        for tool, result in compiled.items():
            if result is None:
                compile_rows.append(f"| {size:,} | {tool} | > {args.limit:.0f} (stopped) | |")
            else:
                compile_rows.append(
                    f"| {size:,} | {tool} | {result[0]:.2f} | {result[0] / compiled['msgfmt'][0]:.2f} |"
                )
    print(
        "| messages | merge | time (s) | vs msgmerge | CPU (s) | CPU vs msgmerge | peak RSS (MB) | right suggestions "
        "| origin shown | wrong suggestions | flips reused |"
    )
    print("| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    print("\n".join(merge_rows))
    if compile_rows:
        print()
        print("| messages | compile | time (s) | vs msgfmt |")
        print("| ---: | --- | ---: | ---: |")
        print("\n".join(compile_rows))


if __name__ == "__main__":
    main()
