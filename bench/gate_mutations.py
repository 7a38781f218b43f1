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
accepts is a wrong value it lets through. A changed word in a name
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


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("corpora", nargs="*", type=Path)
    parser.add_argument("--src", type=Path, help="another checkout's src, for a before figure")
    parser.add_argument("-v", action="store_true", help="list every wrong value the gate accepts")
    args = parser.parse_args()
    if args.src:
        sys.path.insert(0, str(args.src.resolve()))
    from ruamel.yaml import YAML

    from kokuchi.catalog.checks import Glossary, check_unit

    no_glossary = Glossary({}, ())
    corpora = args.corpora or sorted(SAFETY.glob("*.yaml"))
    totals: dict[str, list[int]] = {}
    for corpus in corpora:
        for case in YAML(typ="safe").load(corpus.read_text(encoding="utf-8")):
            for source, english in ((case["old"], case["old_en"]), (case["new"], case["new_en"])):
                if check_unit(source, english, no_glossary):
                    continue  # refused as written: no mutation of it tells anything
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


if __name__ == "__main__":
    main()
