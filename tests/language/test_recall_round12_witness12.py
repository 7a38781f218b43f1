"""Issue 21, twelfth round (witness12): the old English as a third witness of two words.

JMdict gives 聞く and 尋ねる one sense each that says "to ask, to enquire", but SudachiDict puts them in no
group: a shared gloss alone is no proof (入金/出金 share "payment"). Where the old English already says the
shared gloss ("please ask"), the translation says what the new word says: the edit is offered. Each offer is
tested beside the edits that must stay blocked: another sense of the old word, a gloss the English does not say,
a pair that shares only one word of English, an antonym, a term inside a compound, a counter.
"""

from __future__ import annotations

import pytest
from guard_cases import reused, word

from kokuchi.language.synonyms import same_word, translated_as


@pytest.mark.parametrize(
    "old,new,old_en",
    [
        (
            "ご不明な点は、受付で聞いてください。",
            "ご不明な点は、受付で尋ねてください。",
            "If you have any questions, please ask at the reception desk.",
        ),
        (
            "道がわからない場合は、駅員に聞いてください。",
            "道がわからない場合は、駅員にお尋ねください。",
            "If you are unsure of the way, please ask a station attendant.",
        ),
        (
            "退出時は、ロッカーをロックしてください。",
            "退出時は、ロッカーを施錠してください。",
            "Please lock your locker when you leave.",
        ),
        (
            "使用後は、椅子を元の場所に戻してください。",
            "使用後は、椅子を元の位置に戻してください。",
            "After use, please put the chairs back in their original place.",
        ),
        (
            "貸し出した本は、元の場所にお戻しください。",
            "貸し出した本は、元の位置にお戻しください。",
            "Please return borrowed books to their original place.",
        ),
    ],
)
def test_a_shared_sense_the_english_says_is_offered(old: str, new: str, old_en: str) -> None:
    assert reused(old, new, old_en)


@pytest.mark.parametrize(
    "old,new,old_en",
    [
        # 頼む "to request, to beg, to ask" shares only "ask" with 聞く: a question, or a request?
        (
            "ご不明な点は、受付で聞いてください。",
            "ご不明な点は、受付で頼んでください。",
            "If you have any questions, please ask at the reception desk.",
        ),
        # 聞く said "listen": 尋ねる shares no sense of it.
        (
            "係員の説明をよく聞いてください。",
            "係員の説明をよく尋ねてください。",
            "Please listen carefully to the staff's explanation.",
        ),
        # The English does not say the shared gloss ("contact" is none of 聞く's and 尋ねる's).
        (
            "ご不明な点は、受付で聞いてください。",
            "ご不明な点は、受付で尋ねてください。",
            "If you have any questions, please contact the reception desk.",
        ),
        # One head, two modifiers: "payment" is said of both, the direction by neither.
        (
            "ご入金の確認後に発送いたします。",
            "ご出金の確認後に発送いたします。",
            "We will ship after confirming your payment.",
        ),
        # A term inside a compound: 普通預金 is a product, whatever "ordinary" says.
        (
            "当行普通預金口座へのお振込みに限ります。",
            "当行通常預金口座へのお振込みに限ります。",
            "Only transfers to an ordinary deposit account at our bank are accepted.",
        ),
        # A counter after a number: one age, or a decade ("aged" is no witness).
        ("20歳の方は入会金が無料です。", "20代の方は入会金が無料です。", "Those aged 20 pay no enrolment fee."),
        # The antonym: "lock" is no gloss of 解錠.
        (
            "退出時は、ロッカーをロックしてください。",
            "退出時は、ロッカーを解錠してください。",
            "Please lock your locker when you leave.",
        ),
    ],
)
def test_near_misses_stay_blocked(old: str, new: str, old_en: str) -> None:
    assert not reused(old, new, old_en)


def test_the_witness_speaks_only_within_a_decision() -> None:
    ask, enquire = word("聞く"), word("尋ねる")
    assert not same_word(ask, enquire, witnessed=True)  # no translation read: the resources alone
    with translated_as("Please ask at the desk."):
        assert same_word(ask, enquire, witnessed=True)
        assert not same_word(ask, enquire)  # a word inside a compound, or a caller that cannot tell
    with translated_as("Please listen to the announcement."):
        assert not same_word(ask, enquire, witnessed=True)
