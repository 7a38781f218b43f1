"""The keys shipped for same-meaning.json (data/same-meaning.keys.json) are those a build from scratch gives,
and the lexicon read from them is the one built; edited data or another dictionary is built from scratch."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from kokuchi.language import evidence

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import regen_lexicon_keys as regen  # noqa: E402


def test_the_shipped_keys_are_those_the_analyzer_gives_now():
    # Fails after an edit of same-meaning.json or of how keys are read: run tests/regen_lexicon_keys.py.
    assert evidence.SAME_MEANING_KEYS.read_text("utf-8") == regen.keys_text()


def test_the_lexicon_read_from_the_shipped_keys_is_the_one_built():
    evidence.default_lexicon.cache_clear()
    try:
        shipped = evidence.default_lexicon()
    finally:
        evidence.default_lexicon.cache_clear()
    assert shipped == evidence.build_lexicon(json.loads(evidence.SAME_MEANING.read_bytes()))


def test_keys_made_from_other_data_are_not_used(tmp_path, monkeypatch):
    data = json.loads(evidence.SAME_MEANING.read_bytes())
    data["equivalent"] = [*data["equivalent"], ["臨時休業いたします", "臨時休業となります"]]
    edited = tmp_path / "same-meaning.json"
    edited.write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    monkeypatch.setattr(evidence, "SAME_MEANING", edited)
    evidence.default_lexicon.cache_clear()
    try:
        lexicon = evidence.default_lexicon()
    finally:
        evidence.default_lexicon.cache_clear()
    assert lexicon == evidence.build_lexicon(data)
    new_group = f"⟨same {len(data['equivalent']) - 1}⟩"
    assert new_group in lexicon.equivalent.values()
