"""Classes a fourth red team (written against docs/catalogs.md) got through, closed, with the same-meaning
edits next to each that must keep their translation."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from guard_cases import reused  # noqa: E402


@pytest.mark.parametrize(
    ("old", "new"),
    [
        # The past of a state someone is in, before an occasion noun, says when: not the present's condition.
        (
            "他の医療機関で治療を受けている場合は、受付でお申し出ください。",
            "他の医療機関で治療を受けていた場合は、受付でお申し出ください。",
        ),
        (
            "市内にお住まいの方で、ペットを飼っている場合は届け出てください。",
            "市内にお住まいの方で、ペットを飼っていた場合は届け出てください。",
        ),
        ("会員の場合は、手数料が無料です。", "会員だった場合は、手数料が無料です。"),
        ("役員である場合は、次年度の役員を免除します。", "役員であった場合は、次年度の役員を免除します。"),
        # Kana chooses no kanji: the one written is a spelling only of the word UniDic reads the kana as.
        (
            "駅構内で不審なものを見かけた際は、駅係員までお知らせください。",
            "駅構内で不審な者を見かけた際は、駅係員までお知らせください。",
        ),
        # An adjectival noun's な dropped into a term of the dictionary, as の is.
        ("空いている自由な席にお座りください。", "空いている自由席にお座りください。"),
        # A whole の dropped, joining the words into another (家中: the whole house).
        ("ご希望があれば、家の中の消毒も承ります。", "ご希望があれば、家中の消毒も承ります。"),
        ("町の中に、避難場所の案内板を設置しました。", "町中に、避難場所の案内板を設置しました。"),
        # Who acts: the reader (お取り消しいただく, 取り消していただく), or we by the reader's leave (させていただく).
        (
            "ご予約をお取り消しいただく場合、キャンセル料はかかりません。",
            "ご予約を取り消させていただく場合、キャンセル料はかかりません。",
        ),
        ("書類を確認していただいた後、発送します。", "書類を確認させていただいた後、発送します。"),
    ],
)
def test_a_meaning_change_is_blocked(old, new):
    assert not reused(old, new)


@pytest.mark.parametrize(
    ("old", "new"),
    [
        # The past of a state that is there or not (ある, ない, できる) says what its present says.
        ("書類に不備がある場合は、再提出をお願いします。", "書類に不備があった場合は、再提出をお願いします。"),
        ("お受け取りができない場合は、ご連絡ください。", "お受け取りができなかった場合は、ご連絡ください。"),
        # たら after the copula is the conditional alone.
        ("会員なら、手数料が無料です。", "会員でしたら、手数料が無料です。"),
        # Kana and kanji of the one word JMdict reads the kana as (もの may be 者 as well as 物: offered only
        # where the English says "things", tests/language/test_red_team_round16_rt8kana.py).
        ("詳細がわかり次第、お知らせします。", "詳細が分かり次第、お知らせします。"),
        # A free compound keeps its words.
        ("バスの車内では、マスクの着用をお願いします。", "バス車内では、マスクの着用をお願いします。"),
    ],
)
def test_a_same_meaning_edit_keeps_its_translation(old, new):
    assert reused(old, new)
