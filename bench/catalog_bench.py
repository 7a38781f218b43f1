"""Catalog benchmark: `kokuchi catalog merge/compile` against pybabel and GNU gettext.

    python bench/catalog_bench.py [--sizes 1000,10000,50000] [--limit 600]

For each size, a translated Japanese catalog and a new template in which 10% of
the messages are edited slightly, 5% removed and 5% added (bench/gen_catalog.py).
In one run, each tool merges the same files (as a command, from a fresh process):

- kokuchi: ``kokuchi catalog merge old.po new.pot -o out.po``
- pybabel: ``pybabel update --previous -i new.pot -o out.po -l en`` (on a copy of old.po)
- msgmerge: ``msgmerge --previous -o out.po old.po new.pot``

Match quality: "right" counts edited messages whose suggestion is the
translation of the message they were edited from; "wrong" counts suggestions
anywhere else (a brand-new message given some old translation, or an edited one
given another's). Then each tool compiles the translated catalog to MO.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gen_catalog import write  # noqa: E402

OUT = Path(__file__).resolve().parent / "out"


def timed(command: list[str], limit: float) -> float | None:
    start = time.perf_counter()
    try:
        subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=limit)
    except subprocess.TimeoutExpired:
        return None
    return time.perf_counter() - start


_ENTRY = re.compile(r'^(#, [^\n]*\n)?(?:#\|[^\n]*\n)*msgctxt "body"\nmsgid "((?:[^"\\]|\\.)*)"\nmsgstr "((?:[^"\\]|\\.)*)"', re.M)


def suggestions(path: Path) -> dict[str, str]:
    """msgid → msgstr of every non-obsolete entry (all three tools write one-line strings here)."""
    text = path.read_text("utf-8")
    # pybabel and msgmerge may wrap long strings; join continuation lines first.
    text = re.sub(r'"\n"', "", text)
    return {m.group(2): m.group(3) for m in _ENTRY.finditer(text)}


def quality(path: Path, data: dict) -> tuple[int, int]:
    found = suggestions(path)
    right = wrong = 0
    for new, old in data["edited"].items():
        got = found.get(new, "")
        if got == data["translations"][old]:
            right += 1
        elif got:
            wrong += 1
    wrong += sum(1 for new in data["added"] if found.get(new))
    return right, wrong


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="1000,10000,50000")
    parser.add_argument("--limit", type=float, default=600.0, help="seconds a tool may take before it is stopped")
    args = parser.parse_args()
    kokuchi = [sys.executable, "-m", "kokuchi"]
    pybabel = shutil.which("pybabel") or "pybabel"
    merge_rows, compile_rows = [], []
    for size in (int(s) for s in args.sizes.split(",")):
        folder = OUT / f"catalog-{size}"
        data = write(folder, size)
        old, pot = folder / "old.po", folder / "new.pot"
        edited, added = len(data["edited"]), len(data["added"])
        results = {}
        results["kokuchi"] = (timed([*kokuchi, "catalog", "merge", str(old), str(pot), "-o", str(folder / "kokuchi.po")], args.limit), folder / "kokuchi.po")
        shutil.copy(old, folder / "pybabel.po")
        results["pybabel update"] = (timed([pybabel, "update", "--previous", "-i", str(pot), "-o", str(folder / "pybabel.po"), "-l", "en"], args.limit), folder / "pybabel.po")
        results["msgmerge --previous"] = (timed(["msgmerge", "--previous", "-q", "-o", str(folder / "msgmerge.po"), str(old), str(pot)], args.limit), folder / "msgmerge.po")
        base = results["msgmerge --previous"][0]
        for tool, (seconds, path) in results.items():
            if seconds is None:
                merge_rows.append(f"| {size:,} | {tool} | > {args.limit:.0f} (stopped) | | | |")
                continue
            right, wrong = quality(path, data)
            ratio = f"{seconds / base:.2f}" if base else ""
            merge_rows.append(f"| {size:,} | {tool} | {seconds:.2f} | {ratio} | {right:,} / {edited:,} | {wrong:,} (of {added:,} new) |")
        compiled = {
            "kokuchi": timed([*kokuchi, "catalog", "compile", "-i", str(old), "-o", str(folder / "kokuchi.mo")], args.limit),
            "pybabel compile": timed([pybabel, "compile", "-i", str(old), "-o", str(folder / "pybabel.mo")], args.limit),
            "msgfmt": timed(["msgfmt", "-o", str(folder / "msgfmt.mo"), str(old)], args.limit),
        }
        for tool, seconds in compiled.items():
            if seconds is None:
                compile_rows.append(f"| {size:,} | {tool} | > {args.limit:.0f} (stopped) | |")
            else:
                compile_rows.append(f"| {size:,} | {tool} | {seconds:.2f} | {seconds / compiled['msgfmt']:.2f} |")
    print("| messages | merge | time (s) | vs msgmerge | right suggestions | wrong suggestions |")
    print("| ---: | --- | ---: | ---: | ---: | ---: |")
    print("\n".join(merge_rows))
    print()
    print("| messages | compile | time (s) | vs msgfmt |")
    print("| ---: | --- | ---: | ---: |")
    print("\n".join(compile_rows))


if __name__ == "__main__":
    main()
