"""The cues shipped for the entity patterns (data/entity-cues.json) are those their parse trees give, and
reading with them (only the patterns a text can hold, only where a match can start) finds exactly what one
alternation of every pattern finds, on every text of the corpora (Japanese and English)."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

from kokuchi.language import english, entities
from kokuchi.project import yamlio

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import regen_entity_cues as regen  # noqa: E402

DATA = Path(__file__).resolve().parents[1] / "data"


def test_the_shipped_cues_are_those_of_the_patterns():
    # Fails after an edit of an entity pattern: run tests/regen_entity_cues.py (until then the edited pattern
    # is tried on every text: slower, never wrong).
    assert entities.ENTITY_CUES.read_text("utf-8") == regen.cues_text()


@pytest.mark.parametrize(
    ("pattern", "cues"),
    [
        (r"\d+時間", {("時間", False)}),
        (r"(?:午前|午後)?\d+時", {("時", False)}),  # the optional part promises nothing
        # An alternation of literals, joined to what follows:
        (r"(?:March|May) \d+", {("March ", False), ("May ", False)}),
        (r"(?i:within|for) \d+", {("within", True), ("for", True)}),  # compared in any case
        (r"\d+(?:st|nd|rd|th)?", None),  # an optional ending: any number matches
        (r"(?:a|\d)\s?(?:x|\d+)", None),  # one branch promises only a class: no string for the whole
        (r"(?:a|\d) days?", {(" day", False)}),  # but what follows it does
        (r"(?<=FY)\d{4}", None),  # a look-behind is no part of the match
        (r"(?:no\.)+\d", {("no.", False)}),
    ],
)
def test_cues_are_read_off_the_parse_tree(pattern, cues):
    assert regen.cues_of(pattern) == (None if cues is None else frozenset(cues))


def test_case_blind_cues_are_found_in_any_case_and_through_what_re_folds():
    # re's own case-blind matches of ASCII letters outside ASCII: İ ı ſ and the KELVIN SIGN.
    assert regen.folds() == "\u0130\u0131\u017f\u212a"
    candidates = entities.Candidates([r"(?i:hours?)", r"\d+"])
    candidates._cues, candidates._folds = [((("hour", True),)), None], regen.folds()
    assert candidates._possible("3 HOURS") == [0, 1]
    assert candidates._possible("3 days") == [1]
    assert candidates._possible("3 ſ hours") == [0, 1]
    assert candidates._possible("3 \u212a") == [0, 1]  # KELVIN SIGN: re matches it with k


def _texts() -> tuple[list[str], list[str]]:
    japanese, english_texts = [], []
    for path in sorted((DATA / "safety").glob("*.yaml")):
        for case in yamlio.parse_config(path.read_bytes(), path.name).data:
            japanese += [str(case.get("old", "")), str(case.get("new", ""))]
            english_texts += [str(case.get("old_en", "")), str(case.get("new_en", ""))]
    return japanese, english_texts


def _alternation_reading(candidates, each, text):
    """What one alternation of every pattern finds: the first pattern matching at the first position wins."""
    alternation = re.compile("|".join(f"(?P<k{i}>{source})" for i, source in enumerate(candidates._sources)))
    found, position = [], 0
    while (match := alternation.search(text, position)) is not None:
        index = int(str(match.lastgroup)[1:])
        own = each[index].match(text, match.start())
        found.append((index, own.span(), own.group(0)))
        position = own.end()
    return found


@pytest.mark.slow
def test_reading_with_cues_finds_what_one_alternation_of_every_pattern_finds():
    japanese, english_texts = _texts()
    japanese = [entities._arabic(entities.visible(text)[0])[0] for text in japanese]  # as read() scans it
    english_texts = [entities.visible(text)[0] for text in english_texts]
    assert len(japanese) > 2000
    for (candidates, each), texts in (
        (entities._entity_patterns(), japanese),
        (english._patterns()[1:], english_texts),
    ):
        for text in texts:
            fresh = entities.Candidates(candidates._sources)
            scanned = [(index, match.span(), match.group(0)) for index, match in entities.scan(fresh, each, text)]
            assert scanned == _alternation_reading(candidates, each, text), text


def test_a_text_asks_only_for_the_patterns_it_can_hold():
    candidates, _ = entities._entity_patterns()
    fresh = entities.Candidates(candidates._sources)
    assert 0 < len(fresh._possible("料金は1,200円です。")) < len(candidates._sources) // 2
