"""The cues shipped for the entity patterns (data/entity-cues.json) are those their parse trees give, and
reading with them (an alternation over the patterns a text can hold) finds exactly what reading without them
does, on every text of the corpora (Japanese and English) and on texts made to hold each cue."""

from __future__ import annotations

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
    alternation = entities.Alternation([r"(?i:hours?)", r"\d+"])
    alternation._cues, alternation._folds = [((("hour", True),)), None], regen.folds()
    assert alternation._possible("3 HOURS") == {0, 1}
    assert alternation._possible("3 days") == {1}
    assert alternation._possible("3 ſ hours") == {0, 1}
    assert alternation._possible("3 \u212a") == {0, 1}  # KELVIN SIGN: re matches it with k


def _texts() -> tuple[list[str], list[str]]:
    japanese, english_texts = [], []
    for path in sorted((DATA / "safety").glob("*.yaml")):
        for case in yamlio.parse_config(path.read_bytes(), path.name).data:
            japanese += [str(case.get("old", "")), str(case.get("new", ""))]
            english_texts += [str(case.get("old_en", "")), str(case.get("new_en", ""))]
    return japanese, english_texts


def _readings(combined, texts, cued: bool, monkeypatch):
    """Each text's matches, read by a fresh alternation per text (so that none covers more than the text asks)."""
    alternation, each = combined
    sources = alternation._sources
    if not cued:
        monkeypatch.setattr(entities, "_cues", lambda: entities.Cues({}, {}, ""))
    else:
        monkeypatch.undo()
    found = []
    for text in texts:
        fresh = entities.Alternation(sources)
        found.append([(index, match.span(), match.group(0)) for index, match in entities.scan(fresh, each, text)])
    return found


@pytest.mark.slow
def test_reading_with_cues_finds_what_reading_without_them_does(monkeypatch):
    japanese, english_texts = _texts()
    japanese = [entities._arabic(entities.visible(text)[0])[0] for text in japanese]  # as read() scans it
    english_texts = [entities.visible(text)[0] for text in english_texts]
    assert len(japanese) > 2000
    for combined, texts in ((entities._entity_patterns(), japanese), (english._patterns()[1:], english_texts)):
        assert _readings(combined, texts, True, monkeypatch) == _readings(combined, texts, False, monkeypatch)


def test_a_text_asks_only_for_the_patterns_it_can_hold():
    alternation, _ = entities._entity_patterns()
    fresh = entities.Alternation(alternation._sources)
    assert 0 < len(fresh._possible("料金は1,200円です。")) < len(alternation._sources) // 2


def test_the_compiled_alternation_grows_once_to_every_pattern():
    alternation, each = english._patterns()[1:]
    fresh = entities.Alternation(alternation._sources)
    texts = ["3 vouchers", "on March 5", "for 2 hours", "on Friday", "at noon", "the third", "FY2025"]
    compiled = {id(fresh.for_text(text)) for text in texts}
    assert len(compiled) <= 2
    assert len(fresh._covered) == len(alternation._sources)
