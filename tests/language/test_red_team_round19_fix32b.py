"""Red team 32's holes closed (tests/data/safety/open/redteam32.yaml, rt32-007, 010, 011, 013, 018, 019): older
proofs taken back or narrowed.

- が + 終わる before たら / た + 後 read as N + 終了 + 後 (taken back): the noun may name the reader's act or a
  service's hours; 終わる is told apart from 終了 as 済む is.
- 済み against the old ている under an English present passive (narrowed): the passive may say the routine.
- the past clause made a noun before an apology read as the connective (taken back): the connective is tenseless.
- a suru-noun + の + 間 read as + 中 (taken back): 間 may say "between".
- 済ませる asked for by a deadline read as a bare お願い (taken back): an act that lasts, asked over or begun.

Each attack's kind is blocked; the nearest same-meaning edits still offered stand beside them. The sentences are
new, not the red team's.
"""

from __future__ import annotations

import pytest
from guard_cases import reused

# ---- が + 終わる before たら is no 終了 + 後 ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "old,new",
    [
        # bank: the customer's own application done, or the counter's hours over
        ("申込が終わりましたら、番号札をお返しください。", "申込終了後、番号札をお返しください。"),
        # gym: your registration done, or registration closed
        ("登録が終わりましたら、ロッカーキーをお受け取りください。", "登録終了後、ロッカーキーをお受け取りください。"),
        # either way round, and with た + 後
        ("面接終了後は、控室でお待ちください。", "面接が終わった後は、控室でお待ちください。"),
    ],
)
def test_a_task_ended_by_its_verb_is_not_the_noun_of_its_end(old: str, new: str) -> None:
    assert not reused(old, new)


@pytest.mark.parametrize(
    "old,new",
    [
        # the same verb, only more politely, and the same noun of the end, with or without の
        ("説明会が終わったら、アンケートをご記入ください。", "説明会が終わりましたら、アンケートをご記入ください。"),
        ("診察終了後、会計窓口へお進みください。", "診察の終了後、会計窓口へお進みください。"),
    ],
)
def test_the_same_end_said_the_same_way_is_still_offered(old: str, new: str) -> None:
    assert reused(old, new)


# ---- 済み against the old ている: the English must say a perfect -------------------------------------------------


@pytest.mark.parametrize(
    "old,old_en,new",
    [
        # a standing policy said with a present passive: a routine, not one act done
        (
            "館内は、警備員が点検しております。",
            "The building is checked by security guards.",
            "館内は、警備員が点検済みです。",
        ),
        (
            "共用部は、管理会社が消毒しております。",
            "Common areas are disinfected by the management company.",
            "共用部は、管理会社が消毒済みです。",
        ),
        # a simple present, as before
        (
            "違法駐車の車両は、警察が移動しております。",
            "The police tow illegally parked cars.",
            "違法駐車の車両は、警察が移動済みです。",
        ),
    ],
)
def test_a_passive_of_a_routine_does_not_show_the_act_done(old: str, old_en: str, new: str) -> None:
    assert not reused(old, new, old_en)


@pytest.mark.parametrize(
    "old,old_en,new",
    [
        (
            "故障した街灯は、市が交換しております。",
            "The broken street lights have been replaced by the city.",
            "故障した街灯は、市が交換済みです。",
        ),
        (
            "ご注文の品は、倉庫から発送しております。",
            "Your order has already been shipped from our warehouse.",
            "ご注文の品は、倉庫から発送済みです。",
        ),
    ],
)
def test_a_perfect_still_shows_the_act_done(old: str, old_en: str, new: str) -> None:
    assert reused(old, new, old_en)


# ---- an apology: the past clause made a noun is not the tenseless connective -----------------------------------


@pytest.mark.parametrize(
    "old,new",
    [
        # utility works announced ahead: trouble to come, or trouble over
        (
            "断水により、ご不便をおかけし、深くお詫び申し上げます。",
            "断水により、ご不便をおかけしましたことを、深くお詫び申し上げます。",
        ),
        ("ご心配をおかけしましたことを、心よりお詫び申し上げます。", "ご心配をおかけし、心よりお詫び申し上げます。"),
        # the past and the non-past stay apart, as before
        ("ご不便をおかけしましたことを、お詫び申し上げます。", "ご不便をおかけすることを、お詫び申し上げます。"),
    ],
)
def test_the_past_of_an_apology_is_not_its_connective(old: str, new: str) -> None:
    assert not reused(old, new)


def test_the_same_apology_said_more_deeply_is_still_offered() -> None:
    assert reused("ご不便をおかけし、お詫び申し上げます。", "ご不便をおかけし、深くお詫び申し上げます。")


# ---- の + 間 may say "between": no longer 中; the ている clause + 間 still is ---------------------------------------


@pytest.mark.parametrize(
    "old,new",
    [
        ("公演の間の休憩に、ロビーをご利用ください。", "公演中の休憩に、ロビーをご利用ください。"),
        ("授業の間の休み時間は、校庭で遊べます。", "授業中の休み時間は、校庭で遊べます。"),
        ("清掃の間は、窓を開けないでください。", "清掃中は、窓を開けないでください。"),
    ],
)
def test_a_noun_and_the_interval_is_not_the_noun_going_on(old: str, new: str) -> None:
    assert not reused(old, new)


@pytest.mark.parametrize(
    "old,new",
    [
        ("清掃している間は、窓を開けないでください。", "清掃中は、窓を開けないでください。"),
        ("ご確認のうえ、ご署名ください。", "ご確認して、ご署名ください。"),
    ],
)
def test_while_doing_is_still_the_noun_going_on(old: str, new: str) -> None:
    assert reused(old, new)


# ---- 済ませる by a deadline is no bare お願い -------------------------------------------------------------------


@pytest.mark.parametrize(
    "old,new",
    [
        # an act that lasts: over by then, or begun by then
        ("ご入浴は、23時までにお済ませください。", "ご入浴は、23時までにお願いいたします。"),
        ("ご見学は、16時までにお願いします。", "ご見学は、16時までにお済ませください。"),
        ("ご投票を、20時までに済ませていただきますようお願いいたします。", "ご投票を、20時までにお願いいたします。"),
    ],
)
def test_done_by_a_deadline_is_not_a_bare_request(old: str, new: str) -> None:
    assert not reused(old, new)


def test_the_same_request_said_more_humbly_is_still_offered() -> None:
    assert reused("ご入浴は、23時までにお願いします。", "ご入浴は、23時までにお願いいたします。")
