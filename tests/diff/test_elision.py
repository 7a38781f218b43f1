"""Shortened context never changes meaning (issue 24): every sentence that holds a
change is shown whole, so every negation of a changed clause stays in view.

The edits are the sample and test edits (tests/data/edits.txt), the meaning-flip
set (tests/data/flips.yaml) and the build half of the safety corpus, each set
between unchanged sentences (some of them negated) so that there is something
to leave out.
"""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
import regex
from edit_cases import load_edits

from kokuchi.diff.textdiff import DELETE, ELIDED, EQUAL, INSERT, diff, elide
from kokuchi.language.morphology import analyze
from kokuchi.language.polarity import negations
from kokuchi.project import yamlio

DATA = Path(__file__).resolve().parents[1] / "data"
_END = regex.compile(r"[。！？][」』）)]*|[.!?](?=\s)|\n")

JA_AROUND = (
    "本件によるお客様データの消失はございません。ご不便をおかけしております。",
    "なお、現時点で二次被害は確認されておりません。詳細は判明次第お知らせいたします。",
)
EN_AROUND = (
    "No customer data was lost. We apologize for the inconvenience.",
    "No further damage has been confirmed so far. We will report details as soon as we know them.",
)


def _pairs() -> list[tuple[str, str, str]]:
    flips = yamlio.parse_config((DATA / "flips.yaml").read_bytes(), "flips.yaml").data
    safety = yamlio.parse_config((DATA / "safety" / "build.yaml").read_bytes(), "build.yaml").data
    pairs = [(name, old, new) for name, old, new in load_edits()]
    pairs += [(f"flip-{i}", old, new) for i, (old, new) in enumerate(flips["flips"])]
    pairs += [(case["id"], case["old"], case["new"]) for case in safety]
    framed = []
    for index, (name, old, new) in enumerate(pairs):
        english = name.startswith("en-")
        before, after = EN_AROUND if english else JA_AROUND
        gap = " " if english else ""
        framed.append((name, f"{before}{gap}{old}{gap}{after}", f"{before}{gap}{new}{gap}{after}"))
        # Two edits with unchanged sentences and a paragraph break between them.
        _, old2, new2 = pairs[(index + 1) % len(pairs)]
        framed.append(
            (f"{name}+", f"{old}{gap}{before}\n\n{after}{gap}{old2}", f"{new}{gap}{before}\n\n{after}{gap}{new2}")
        )
    return framed


PAIRS = _pairs()


def _changed_sentences(ops: list[tuple[int, str]], new: str) -> list[str]:
    """The sentences of *new* that an insertion touches or a deletion falls in."""
    marks, at = [], 0
    for op, text in ops:
        if op == INSERT:
            marks.append((at, at + len(text)))
        elif op == DELETE:
            marks.append((at, at))
        if op != DELETE:
            at += len(text)
    bounds = [0, *(m.end() for m in _END.finditer(new)), len(new)]
    spans = [(a, b) for a, b in zip(bounds, bounds[1:]) if a < b]

    def touched(a: int, b: int) -> bool:
        # An insertion overlaps the sentence; a deletion point belongs to the sentence it falls in
        # (one at a boundary, to the sentence that starts there; one at the very end, to the last).
        return any((s < b and e > a) if s < e else (a <= s < b or s == b == len(new)) for s, e in marks)

    return [new[a:b] for a, b in spans if new[a:b].strip() and touched(a, b)]


@pytest.mark.parametrize("context", [4, 8, 20, 40])
def test_every_negation_of_a_changed_sentence_stays_in_view(context):
    checked = 0
    for name, old, new in PAIRS:
        ops = diff(old, new)
        shown = elide(ops, context)
        new_side = unicodedata.normalize("NFKC", "".join(text for op, text in shown if op in (EQUAL, INSERT, ELIDED)))
        for sentence in _changed_sentences(ops, new):
            assert unicodedata.normalize("NFKC", sentence.strip()) in new_side, (name, sentence, shown)
            morphs = analyze(sentence) or ()
            for position in negations(morphs):
                checked += 1
                assert morphs[position].text in new_side, (name, morphs[position].text, shown)
    assert checked > 100  # the sets are full of negations: the property is not vacuous


@pytest.mark.parametrize("context", [4, 20])
def test_what_is_left_out_is_whole_sentences_and_paragraph_breaks_stay(context):
    for name, old, new in PAIRS:
        shown = elide(diff(old, new), context)
        for index, (op, _text) in enumerate(shown):
            if op != ELIDED:
                continue
            before = shown[index - 1][1] if index else ""
            # The text before "…" ends a sentence or a line: nothing of a sentence is cut off.
            assert (
                not before or before.rstrip(" \t\u3000").endswith(tuple("。！？」』）).!?")) or before.endswith("\n")
            ), (
                name,
                before,
            )
        if "\n\n" in new:
            assert "\n\n" in "".join(text for op, text in shown if op != DELETE), name
