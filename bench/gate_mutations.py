"""Does the gate refuse a wrong value? One value of a correct translation changed at a time.

    python bench/gate_mutations.py [CORPUS ...] [--src PATH] [-v]

For every (source, English) pair of the corpora (both sides of every case of
tests/data/safety/*.yaml by default) that the gate accepts, each value the
English writes is changed on its own, and the gate (catalog/checks.check_unit)
is asked again:

- a number (each run of digits: +1, or -1 when it ends in 9, so 29 stays a day);
- a weekday name (the next one);
- a month name (the next one);
- a.m./p.m. (the other half of the day).

Every change makes the English wrong for the source, so each one the gate
accepts is a wrong value it lets through.

Reported apart (--swaps), two values of the English exchanged: each pair of
numbers of one shape (digits, or digits with the same unit after them:
"¥1,000" and "¥500", "12 weeks" and "16 weeks"). Not every swap is wrong for
the source (two values of one thing, "from 9:00 to 17:00" reversed, may be
refused for another reason or none), so its figure is read as the share of
such swaps the gate sees, before and after a change, never as a count of wrong
values. A changed word in a name
("Black Friday sale") is a change the gate need not see; -v lists them all
to be judged. --src runs another checkout's code for a before figure.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Iterator
from pathlib import Path

SAFETY = Path(__file__).resolve().parent.parent / "tests" / "data" / "safety"
HALVES = (("a.m.", "p.m."), ("AM", "PM"), ("p.m.", "a.m."), ("PM", "AM"))


def mutations(english: str) -> Iterator[tuple[str, str]]:
    """(kind, the English with one value changed), for each value it writes."""
    for match in re.finditer(r"\d+", english):
        number = int(match.group())
        changed = str(number + 1 if number % 10 != 9 else number - 1)
        yield "number", english[: match.start()] + changed + english[match.end() :]
    from babel.dates import get_day_names, get_month_names

    days = [get_day_names("wide", locale="en")[i] for i in range(7)]
    months = [get_month_names("wide", locale="en")[i] for i in range(1, 13)]
    for kind, names in (("weekday", days), ("month", months)):
        for index, name in enumerate(names):
            for match in re.finditer(rf"\b{name}\b", english):
                other = names[(index + 1) % len(names)]
                yield kind, english[: match.start()] + other + english[match.end() :]
    for written, other in HALVES:
        for match in re.finditer(re.escape(written), english):
            yield "half of the day", english[: match.start()] + other + english[match.end() :]


_VALUE = re.compile(r"(?P<pre>[¥$€£]?)(?P<n>\d[\d,]*)(?P<unit>\s+[a-z]+)?")


def swaps(english: str) -> Iterator[str]:
    """The English with two of its values of one shape exchanged (at most six values read)."""
    values = list(_VALUE.finditer(english))[:6]
    for i, first in enumerate(values):
        for second in values[i + 1 :]:
            shape = (first["pre"], (first["unit"] or "").rstrip("s"))
            if shape != (second["pre"], (second["unit"] or "").rstrip("s")) or first["n"] == second["n"]:
                continue
            a, b = first.span("n"), second.span("n")
            yield english[: a[0]] + second["n"] + english[a[1] : b[0]] + first["n"] + english[b[1] :]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("corpora", nargs="*", type=Path)
    parser.add_argument("--src", type=Path, help="another checkout's src, for a before figure")
    parser.add_argument("-v", action="store_true", help="list every wrong value the gate accepts")
    parser.add_argument("--swaps", action="store_true", help="also two values exchanged (reported apart)")
    args = parser.parse_args()
    if args.src:
        sys.path.insert(0, str(args.src.resolve()))
    from ruamel.yaml import YAML

    from kokuchi.catalog.checks import Glossary, check_unit

    no_glossary = Glossary({}, ())
    corpora = args.corpora or sorted(SAFETY.glob("*.yaml"))
    totals: dict[str, list[int]] = {}
    swapped = [0, 0]  # made, refused
    for corpus in corpora:
        for case in YAML(typ="safe").load(corpus.read_text(encoding="utf-8")):
            for source, english in ((case["old"], case["old_en"]), (case["new"], case["new_en"])):
                if check_unit(source, english, no_glossary):
                    continue  # refused as written: no mutation of it tells anything
                if args.swaps:
                    for mutated in swaps(english):
                        swapped[0] += 1
                        if check_unit(source, mutated, no_glossary):
                            swapped[1] += 1
                        elif args.v:
                            print(f"swap accepted: {case['id']}: {source} | {mutated}")
                for kind, mutated in mutations(english):
                    seen = totals.setdefault(kind, [0, 0])
                    seen[0] += 1
                    if not check_unit(source, mutated, no_glossary):
                        seen[1] += 1
                        if args.v:
                            print(f"accepted: {case['id']} {kind}: {source} | {mutated}")
    made = sum(total for total, _ in totals.values())
    passed = sum(accepted for _, accepted in totals.values())
    print(f"{', '.join(path.name for path in corpora)}")
    print(f"wrong values the gate accepts: {passed} of {made} ({passed / max(made, 1):.1%})")
    for kind, (total, accepted) in totals.items():
        print(f"  {kind}: {accepted} of {total}")
    if args.swaps:
        print(f"two values exchanged, refused: {swapped[1]} of {swapped[0]}")


if __name__ == "__main__":
    main()
