"""The guard against edits that change the meaning, made mechanically from the safety corpus's sentences.

    python bench/guard_mutations.py [--limit 4000] [--src SRC] [-v]

Each old sentence of the corpus (tests/data/safety/*.yaml, with its English) is edited once by each of a set of
rewrites that change what it says: a particle of scope added (で → でも, に → にも, は or を → も: "also",
"even"; を → だけを, のみを: "only"), the tense (ます → ました), a request made a prohibition (てください →
てはいけません), a start and an end exchanged (まで ↔ から), "before" made "after" (前 → 後), a bound reversed
(以上 → 以下), "be sure to" dropped (必ず), "part of" added (、一部), "again" added (再); then actors, lists and
time (お/ご〜ください → お/ご〜いたします, てください → ています, できます → します, いただけます → いたします,
と → や, または ↔ および, ・ → または, 各, 毎, 以外は, ずつ, ておいて, ことがあります, 予定です, のは → のも,
まで ↔ までに, 前に → 前から). Each rewrite is made at its first place in each sentence, the sentences in a fixed
random order, up to --limit edits. Every edit should be blocked: the counts of decisions by kind are
reported, and each edit whose old English the guard reuses (kept, auto-updated or offered) is listed with -v.
Some rewrites leave the meaning as it was in some sentences (から → より is a start either way; まで → までに
before a span of time): read the list, not the count alone. --src runs another checkout's code for a before figure.
"""

from __future__ import annotations

import argparse
import collections
import random
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
_WORD = r"(?<=[\u4e00-\u9fff\u30a0-\u30ff])"
# Before a kanji compound that starts a phrase (after 、 or は): where a prefix is added.
_PHRASE_START = r"(?<=[、は])(?=[\u4e00-\u9fff]{2})"
REWRITES = [
    ("で → でも", _WORD + r"で(?![もはき])", "でも"),
    ("に → にも", _WORD + r"に(?![もはて])", "にも"),
    ("は → も", _WORD + r"は", "も"),
    ("を → も", _WORD + r"を", "も"),
    ("を → だけを", _WORD + r"を", "だけを"),
    ("を → のみを", _WORD + r"を", "のみを"),
    ("ます → ました", r"ます。", "ました。"),
    ("てください → てはいけません", r"てください。", "てはいけません。"),
    ("まで → から", r"まで", "から"),
    ("から → まで", r"から", "まで"),
    ("前 → 後", r"前", "後"),
    ("以上 → 以下", r"以上", "以下"),
    ("必ず dropped", r"必ず", ""),
    ("一部 added", r"、", "、一部"),
    ("再 added", _PHRASE_START, "再"),
    ("ください → いたします", r"(?<=[ご御お])([\u4e00-\u9fff]+)ください", r"\1いたします"),
    ("てください → ています", r"てください。", "ています。"),
    ("できます → します", r"できます", "します"),
    ("いただけます → いたします", r"いただけます", "いたします"),
    ("と → や", _WORD + r"と(?=[\u4e00-\u9fff\u30a0-\u30ff])", "や"),
    ("または → および", r"または", "および"),
    ("および → または", r"および", "または"),
    ("・ → または", _WORD + r"・(?=[\u4e00-\u9fff\u30a0-\u30ff])", "または"),
    ("各 added", _PHRASE_START, "各"),
    ("毎 added", _PHRASE_START, "毎"),
    ("は → 以外は", _WORD + r"は", "以外は"),
    ("ずつ added", r"(?<=[0-9０-９][\u4e00-\u9fff])", "ずつ"),
    ("てください → ておいてください", r"てください", "ておいてください"),
    ("ます → ることがあります", r"ます。", "ることがあります。"),
    ("ます → る予定です", r"ます。", "る予定です。"),
    ("のは → のも", r"のは", "のも"),
    ("から → より", r"から", "より"),
    ("まで → までに", r"まで(?!に)", "までに"),
    ("までに → まで", r"までに", "まで"),
    ("前に → 前から", r"前に", "前から"),
]


def sentences() -> list[tuple[str, str]]:
    from kokuchi.project import yamlio

    found = []
    for path in sorted((ROOT / "tests" / "data" / "safety").glob("*.yaml")):
        for case in yamlio.parse_config(path.read_bytes(), path.name).data:
            if isinstance(case, dict) and case.get("old") and case.get("old_en"):
                found.append((case["old"], case["old_en"]))
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--limit", type=int, default=4000)
    parser.add_argument("--src", default=str(ROOT / "src"))
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args()
    sys.path.insert(0, args.src)
    from kokuchi.catalog.suggest import FLIP_KINDS, decide

    olds = sentences()
    random.Random(7).shuffle(olds)
    counts: collections.Counter[tuple[str, str]] = collections.Counter()
    reused = []
    made = 0
    for old, english in olds:
        for name, pattern, replacement in REWRITES:
            found = re.search(pattern, old)
            if found is None:
                continue
            new = old[: found.start()] + found.expand(replacement) + old[found.end() :]
            if new == old or made >= args.limit:
                continue
            made += 1
            decision = decide(old, english, new)
            counts[name, decision.kind] += 1
            if decision.kind not in FLIP_KINDS:
                reused.append((name, decision.kind, old, new))
    print(f"{made} edits that change the meaning; the old English reused for {len(reused)}")
    by_rewrite = collections.Counter(name for name, *_ in reused)
    for name, _, _ in REWRITES:
        total = sum(n for (rewrite, _), n in counts.items() if rewrite == name)
        if total:
            print(f"  {name}: {by_rewrite[name]} reused of {total}")
    if args.verbose:
        for name, kind, old, new in reused:
            print(f"{kind}\t{name}\t{old}\t{new}")


if __name__ == "__main__":
    main()
