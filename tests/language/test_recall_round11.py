"""Issue 21, eleventh round: proofs of the same meaning found from the misses of the read sets.

Each proof is tested with the edits beside it that say something else: those must stay blocked.
"""

from __future__ import annotations

import pytest
from guard_cases import reused

from kokuchi.catalog.suggest import FUZZY, KEPT, decide

# The same values written otherwise beside another edit: 16時30分で終了となります / 午後4時半で終了いたします.
# The entity layer reads both values (16:30, the same kind, relation and weekday); each value of the new text is
# written as the old text writes it, and the rest is compared as any edit (となります / いたします). Offered, never
# kept as is: the old English is right for the values, the translator still sees the edit.

_CLOSES = "Admission to the castle keep closes at 4:30 p.m. today."


@pytest.mark.parametrize(
    "old,new",
    [
        (
            "本日の天守閣の入場受付は、16時30分で終了となります。",
            "本日の天守閣の入場受付は、午後4時半で終了いたします。",
        ),
        ("本日の天守閣の入場受付は、16時30分で終了となります。", "本日の天守閣の入場受付は、16:30で終了いたします。"),
        ("受付は20時までです。", "受付は午後8時までとなります。"),
        ("毎週月曜日は9時30分から受付を開始いたします。", "毎週月曜日は9時半から受付を開始します。"),
    ],
)
def test_values_written_otherwise_beside_a_courtesy_edit(old: str, new: str) -> None:
    decision = decide(old, _CLOSES, new)
    assert decision.kind == FUZZY
    assert decision.translation == _CLOSES


@pytest.mark.parametrize(
    "old,new",
    [
        # Another value, and another text beside it: a change (the value alone is the entity layer's update).
        ("本日の天守閣の入場受付は、16時30分で終了となります。", "本日の天守閣の入場受付は、午後4時で終了いたします。"),
        # The same value, the rest another meaning: another action, a negation, another relation.
        (
            "本日の天守閣の入場受付は、16時30分で終了となります。",
            "本日の天守閣の入場受付は、午後4時半から開始いたします。",
        ),
        (
            "本日の天守閣の入場受付は、16時30分で終了となります。",
            "本日の天守閣の入場受付は、午後4時半で終了いたしません。",
        ),
        (
            "本日の天守閣の入場受付は、16時30分で終了となります。",
            "明日の天守閣の入場受付は、午後4時半で終了いたします。",
        ),
        ("受付は20時までです。", "受付は午後8時以降となります。"),
        ("受付は20時までです。", "受付は午後8時からとなります。"),
        # 午後12時: noon to some writers, midnight to others.
        ("受付は12時までです。", "受付は午後12時までとなります。"),
        ("受付は0時までです。", "受付は午前12時までとなります。"),
    ],
)
def test_values_written_otherwise_stay_blocked_where_the_rest_moves(old: str, new: str) -> None:
    assert not reused(old, new, _CLOSES)


def test_values_written_otherwise_alone_are_still_offered_as_before() -> None:
    # The values alone written otherwise (nothing else edited) were offered already; so they stay.
    decision = decide("受付は20時までです。", "Reception is open until 8:00 p.m.", "受付は午後8時までです。")
    assert decision.kind in (FUZZY, KEPT)


# の after a verb, before は, が or を, in a sentence that asks the reader, names the act (預け入れるのは、お控え
# ください: 預け入れることは), as こと does there; never the one who acts (the request is of an act).


@pytest.mark.parametrize(
    "old,new",
    [
        ("貴重品や生もののお預け入れは、ご遠慮ください。", "貴重品や生ものを預け入れるのは、お控えください。"),
        ("館内での喫煙は、ご遠慮ください。", "館内で喫煙するのは、お控えください。"),
        ("館内で喫煙することは、ご遠慮ください。", "館内で喫煙するのは、お控えください。"),
        ("客席での撮影は、お控えください。", "客席で撮影するのは、ご遠慮ください。"),
    ],
)
def test_the_nominalizer_no_before_a_request(old: str, new: str) -> None:
    assert reused(old, new)


@pytest.mark.parametrize(
    "old,new",
    [
        # The one who acts, "also", another place, another tense, a negation, no request.
        ("館内で喫煙するのはご遠慮ください。", "館内で喫煙する方はご遠慮ください。"),
        ("館内で喫煙するのはご遠慮ください。", "館内で喫煙するのもご遠慮ください。"),
        ("館内で喫煙するのはご遠慮ください。", "館外で喫煙するのはご遠慮ください。"),
        ("客席での撮影はお控えください。", "客席で撮影したのはお控えください。"),
        ("館内での喫煙はご遠慮ください。", "館内で喫煙しないのはご遠慮ください。"),
        ("館内で飲食するのはお控えください。", "館内で飲食するのは可能です。"),
        ("受付は係員が行います。", "受付を行うのは係員です。"),
    ],
)
def test_the_nominalizer_no_stays_blocked_where_the_meaning_moves(old: str, new: str) -> None:
    assert not reused(old, new)
