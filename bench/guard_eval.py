"""Translation-safety figures on the safety corpus (tests/data/safety/), per half and per domain.

    python bench/guard_eval.py                  # the build half
    python bench/guard_eval.py --heldout        # both halves, each apart
    python bench/guard_eval.py --cases          # and every case that missed
    python bench/guard_eval.py --flips          # tests/data/flips.yaml instead
    python bench/guard_eval.py --corpus FILE    # any file in the safety corpus's format

Any mix of the sets may be asked for; each is reported apart. tests/data/flips.yaml
holds pairs without translations: its flips are meaning changes, its
same-meaning edits same-meaning ones, and each old sentence gets a placeholder
translation (the guard never reads it but to rewrite entities).

For each (old, new) pair, with the old English as the seed translation:

- the **guard** (catalog/suggest.py ``decide``): a meaning change is *blocked*
  when the old English is not reused (flip or change), or *rewritten* when it is a value the auto-update wrote
  exactly as the case's new English says; a same-meaning edit is
  *offered* when it is (kept, auto or fuzzy); an entity-only edit is *rewritten*
  when the auto-update writes new_en exactly, *wrong* when it writes anything
  else, *offered* when it stays a fuzzy suggestion, *lost* when blocked;
- the **matcher** (catalog/matcher.py, as a merge uses it): in one catalog holding every old
  sentence of the half, merged with a template of every new sentence, is the new sentence's
  suggestion its own old sentence?
  (same-meaning and entity-only edits, which must get their suggestion.)
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

HALVES = {"build": ROOT / "tests/data/safety/build.yaml", "heldout": ROOT / "tests/data/safety/heldout.yaml"}
FLIPS = ROOT / "tests/data/flips.yaml"
_KINDS = {"flips": "meaning", "same_meaning": "same"}


def load(half: str) -> list[dict]:
    return load_path(HALVES[half])


def load_path(path: Path) -> list[dict]:
    """The cases of a file in the safety corpus's format, or of tests/data/flips.yaml (pairs by kind)."""
    from kokuchi.project import yamlio

    data = yamlio.parse_config(path.read_bytes(), path.name).data
    if isinstance(data, list):
        return data
    cases = []
    for section, kind in _KINDS.items():
        for n, (old, new) in enumerate(data.get(section) or []):
            placeholder = f"Translation {n} of the old sentence."
            cases.append(
                {"id": f"{section}-{n + 1:03d}", "domain": section, "kind": kind, "old": old, "new": new}
                | {"old_en": placeholder, "new_en": placeholder}
            )
    return cases


def outcome(case: dict) -> str:
    """blocked / offered / rewritten / wrong for one case, by the guard."""
    from kokuchi.catalog.suggest import AUTO, FLIP_KINDS, decide

    decision = decide(case["old"], case["old_en"], case["new"])
    if decision.kind in FLIP_KINDS:
        return "blocked"
    if case["kind"] == "entity" and decision.kind == AUTO and decision.translation != case["old_en"]:
        return "rewritten" if decision.translation == case["new_en"] else "wrong"
    if case["kind"] == "meaning" and decision.kind == AUTO and decision.translation == case["new_en"]:
        return "rewritten"  # a value changed (a writer may call it a meaning change), written as the new English says
    return "offered"


def matched(cases: list[dict]) -> dict[str, bool]:
    """For each same-meaning or entity-only case, whether a merge of one catalog of every old sentence with
    one template of every new sentence suggests its own old sentence (the matcher, and for what it finds no
    edit of, the guard's proof)."""
    from kokuchi.catalog import po
    from kokuchi.catalog.merge import MergeOptions, merge

    catalog, template = po.new_catalog(), po.new_catalog()
    for case in cases:
        if case["old"] not in {entry.msgid for entry in catalog}:
            catalog.append(po.POEntry(msgid=case["old"], msgstr=case.get("old_en") or "(translated)"))
        if case["new"] not in {entry.msgid for entry in template}:
            template.append(po.POEntry(msgid=case["new"]))
    merged, _ = merge(template, catalog, None, MergeOptions(japanese=True))
    previous = {entry.msgid: entry.previous_msgid for entry in merged if not entry.obsolete}
    return {case["id"]: previous[case["new"]] == case["old"] for case in cases if case["kind"] != "meaning"}


def figures(cases: list[dict]) -> dict:
    outcomes = {case["id"]: outcome(case) for case in cases}
    found = matched(cases)
    kinds = Counter(case["kind"] for case in cases)
    count = Counter((case["kind"], outcomes[case["id"]]) for case in cases)
    return {
        "cases": len(cases),
        "meaning": kinds["meaning"],
        "blocked": count["meaning", "blocked"],
        "meaning_rewritten": count["meaning", "rewritten"],
        "same": kinds["same"],
        "offered": count["same", "offered"],
        "entity": kinds["entity"],
        "entity_rewritten": count["entity", "rewritten"],
        "entity_offered": count["entity", "offered"],
        "entity_wrong": count["entity", "wrong"],
        "entity_lost": count["entity", "blocked"],
        "matched": sum(found.values()),
        "matchable": len(found),
        "outcomes": outcomes,
        "found": found,
    }


def _percent(part: int, whole: int) -> str:
    return f"{100 * part / whole:5.1f}%" if whole else "   -  "


def line(name: str, f: dict) -> str:
    return (
        f"{name:<14} meaning blocked {f['blocked']:>3}/{f['meaning']:<3} {_percent(f['blocked'], f['meaning'])}"
        + (f" (+{f['meaning_rewritten']} rewritten)" if f["meaning_rewritten"] else "")
        + f"  same offered {f['offered']:>3}/{f['same']:<3} {_percent(f['offered'], f['same'])}"
        f"  entity rewritten {f['entity_rewritten']:>2} offered {f['entity_offered']:>2}"
        f" wrong {f['entity_wrong']} lost {f['entity_lost']} of {f['entity']:<3}"
        f"  matcher {f['matched']:>3}/{f['matchable']}"
    )


def report(half: str, show_cases: bool, path: Path | None = None) -> dict:
    cases = load_path(path) if path is not None else load(half)
    total = figures(cases)
    print(f"== {half} ({len(cases)} cases)")
    print(line("all", total))
    by_domain = defaultdict(list)
    for case in cases:
        by_domain[case["domain"]].append(case)
    for domain in sorted(by_domain):
        print(line(domain, figures(by_domain[domain])))
    if show_cases:
        for case in cases:
            got = total["outcomes"][case["id"]]
            want = {"meaning": ("blocked", "rewritten"), "same": ("offered",), "entity": ("rewritten", "offered")}[
                case["kind"]
            ]
            missed_match = case["kind"] != "meaning" and not total["found"][case["id"]]
            if got not in want or missed_match:
                print(f"  {case['id']} {case['kind']}: {got}{' (no match)' if missed_match else ''}")
                print(f"    {case['old']}\n    {case['new']}")
    return total


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--heldout", action="store_true", help="also the held-out half, reported apart")
    parser.add_argument("--cases", action="store_true", help="list every case the guard or the matcher missed")
    parser.add_argument("--flips", action="store_true", help="tests/data/flips.yaml (alone, unless a half is asked)")
    parser.add_argument("--build", action="store_true", help="the build half (the default when nothing else is asked)")
    parser.add_argument("--corpus", type=Path, action="append", default=[], metavar="PATH", help="a case file")
    args = parser.parse_args()
    halves = ["heldout"] if args.heldout else []
    if args.build or args.heldout or not (args.flips or args.corpus):
        halves.insert(0, "build")
    for half in halves:
        report(half, args.cases)
    if args.flips:
        report("flips", args.cases, FLIPS)
    for path in args.corpus:
        report(path.name, args.cases, path)


if __name__ == "__main__":
    main()
