"""The guard's words (language/morphology.py): a Morph's part of speech's first level is stored with it, and stays
the first level of its part of speech however the Morph is made again (copied, pickled, a field replaced)."""

from __future__ import annotations

import copy
import pickle

from kokuchi.language.morphology import Morph, analyze


def test_the_head_follows_the_part_of_speech() -> None:
    (school,) = analyze("学校")
    assert school.head == "名詞" and school.pos[0] == "名詞"
    assert Morph("x", "word").head == ""
    replaced = school._replace(pos=("動詞", "一般"))
    assert (replaced.head, replaced.text, replaced.lemma) == ("動詞", "学校", school.lemma)
    assert copy.copy(school) == school and copy.deepcopy(school) == school
    assert pickle.loads(pickle.dumps(school)) == school


def test_every_analysed_word_has_its_heads_part_of_speech() -> None:
    for m in analyze("FAXで、本日午後3時までにお申し込みください。") or ():
        assert m.head == (m.pos[0] if m.pos else "")
