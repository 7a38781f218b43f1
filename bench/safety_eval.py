"""Translation-safety evaluation of the entity layer and the gate on tests/data/safety/.

    python bench/safety_eval.py [build|heldout|both] [--corpus PATH ...] [--src PATH] [--size KB] [-v]

For each half of the corpus (build.yaml, heldout.yaml; 'entity' cases change
only values, 'meaning' cases change the meaning, 'same' cases keep it):

- entity-only edits: the catalog's decision for the old translation
  (catalog/suggest.decide, the whole pipeline): rewritten exactly as
  expected; rewritten otherwise and accepted by the gate (listed with -v, to
  be judged by eye: the gate checks values, not grammar); written wrong (an
  auto-update the gate refuses, or the old English kept); declined;
- gate refusals of correct translations: the gate (catalog/checks.check_unit)
  on (new, new_en) and on (old, old_en) of every case; every one is correct,
  so each refusal is a false refusal;
- meaning cases (bonus): does the gate notice the old English kept for the
  new source?
- the entity check's time on one long unit (--size KB of Japanese and its
  English, 1 number in every sentence): one pass, linear in the text.

--corpus PATH evaluates another file of the same keys instead of (or, with a
half named, besides) tests/data/safety/; may be given more than once.
--src runs another checkout's code (e.g. ../other-checkout/src) for a before figure.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data" / "safety"


def evaluate(cases: list[dict]) -> dict:
    from kokuchi.catalog.checks import Glossary, check_unit
    from kokuchi.catalog.suggest import decide

    glossary = Glossary({}, ())
    result = {"right": [], "equivalent": [], "wrong": [], "declined": [], "refused": [], "noticed": [], "missed": []}
    for case in cases:
        for side in ("new", "old"):
            findings = check_unit(case[side], case[f"{side}_en"], glossary)
            if findings:
                result["refused"].append((case["id"], side, [f.message for f in findings]))
        if case["kind"] == "entity":
            decision = decide(case["old"], case["old_en"], case["new"])
            if decision.kind == "auto" and decision.translation == case["new_en"]:
                result["right"].append(case["id"])
            elif decision.kind == "auto" and not check_unit(case["new"], decision.translation, glossary):
                result["equivalent"].append((case["id"], decision.translation))
            elif decision.kind in ("auto", "kept"):
                result["wrong"].append((case["id"], decision.kind, decision.translation))
            else:
                result["declined"].append((case["id"], decision.kind))
        elif case["kind"] == "meaning":
            key = "noticed" if check_unit(case["new"], case["old_en"], glossary) else "missed"
            result[key].append(case["id"])
    return result


def report(name: str, cases: list[dict], result: dict, verbose: bool) -> None:
    entity = sum(1 for case in cases if case["kind"] == "entity")
    meaning = sum(1 for case in cases if case["kind"] == "meaning")
    right = len(result["right"]) + len(result["equivalent"])
    print(f"== {name}: {len(cases)} cases ({entity} entity-only, {meaning} meaning)")
    print(
        f"entity-only edits: {right}/{entity} rewritten and accepted by the gate ({len(result['right'])} exactly as "
        f"expected, {len(result['equivalent'])} otherwise: judge those by eye, -v lists them), "
        f"{len(result['wrong'])} written wrong, {len(result['declined'])} declined"
    )
    refused_new = sum(1 for _, side, _ in result["refused"] if side == "new")
    print(
        f"gate refusals of correct translations: {len(result['refused'])} of {2 * len(cases)} "
        f"({refused_new} of {len(cases)} new, {len(result['refused']) - refused_new} of {len(cases)} old)"
    )
    print(f"meaning cases where the gate notices the old English kept: {len(result['noticed'])}/{meaning}")
    if verbose:
        for item in result["equivalent"]:
            print("  otherwise (judge by eye):", *item)
        for item in result["wrong"]:
            print("  WRONG:", *item)
        for item in result["declined"]:
            print("  declined:", *item)
        for item in result["refused"]:
            print("  REFUSED:", *item)


def timing(size_kb: int) -> None:
    from kokuchi.catalog.checks import Glossary, check_unit

    ja, en, n, size = [], [], 0, 0
    while size < size_kb * 1024:
        n += 1
        ja.append(f"対象{n}件のうち{n % 90 + 1}件を{n % 12 + 1}時{n % 60}分に処理しました。")
        size += len(ja[-1].encode())
        en.append(f"Of {n} items, {n % 90 + 1} were processed at {n % 12 + 1}:{n % 60:02d}.")
    source, translation = "".join(ja), " ".join(en)
    start = time.perf_counter()
    findings = check_unit(source, translation, Glossary({}, ()))
    elapsed = time.perf_counter() - start
    print(
        f"entity check of one {len(source.encode()) // 1024} KB unit ({n} sentences, {3 * n} values): "
        f"{elapsed:.2f} s, {len(findings)} finding(s)"
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("half", nargs="?", default=None, choices=["build", "heldout", "both"])
    parser.add_argument("--corpus", action="append", default=[], help="another corpus file (same keys)")
    parser.add_argument("--src", default=str(ROOT / "src"))
    parser.add_argument("--size", type=int, default=91)
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args()
    sys.path.insert(0, args.src)
    from kokuchi.project import yamlio

    half = args.half or ("build" if not args.corpus else None)
    paths = [DATA / f"{name}.yaml" for name in (["build", "heldout"] if half == "both" else [half] if half else [])]
    paths += [Path(corpus) for corpus in args.corpus]
    for path in paths:
        cases = yamlio.parse_config(path.read_bytes(), path.name).data
        report(path.stem, cases, evaluate(cases), args.verbose)
    if args.size:
        timing(args.size)


if __name__ == "__main__":
    main()
