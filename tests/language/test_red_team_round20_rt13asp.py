"""The thirteenth red team's aspect, より and 引き続き families closed (tests/data/safety/open/redteam13.yaml).

Each attack class is a meaning change the guard offered; the nearest same-meaning edits, which must stay offered,
stand beside it. The sentences are new, not the corpus's.
"""

from __future__ import annotations

import pytest
from guard_cases import reused

# ---- the old humble non-past with いたす against a new ている: ahead, or going on now -------------------------


@pytest.mark.parametrize(
    "old,english,new",
    [
        (
            "限定グッズを、売店で販売いたします。",
            "Limited goods go on sale at the shop.",
            "限定グッズを、売店で販売しております。",
        ),
        (
            "空港と市内の間で、直行バスを運行いたします。",
            "Direct buses run between the airport and the city.",
            "空港と市内の間で、直行バスを運行しております。",
        ),
        (
            "夏祭りのボランティアを募集いたします。",
            "We welcome volunteers for the summer festival.",
            "夏祭りのボランティアを募集しております。",
        ),
        (
            "会場で、記念品を配布いたします。",
            "Souvenirs are handed out at the venue.",
            "会場で、記念品を配布しております。",
        ),
        # with a topic the English is asked: an onset ("go on sale", "starts") is no sale under way
        (
            "限定グッズは、売店で販売いたします。",
            "Limited goods go on sale at the shop.",
            "限定グッズは、売店で販売しております。",
        ),
        (
            "無料送迎バスは、駅前から運行いたします。",
            "The free shuttle starts from the station.",
            "無料送迎バスは、駅前から運行しております。",
        ),
    ],
)
def test_the_humble_non_past_against_a_new_teiru_is_a_change(old: str, english: str, new: str) -> None:
    assert not reused(old, new, english)


@pytest.mark.parametrize(
    "old,english,new",
    [
        # 承る, the humble verb of a standing offer, against the ている of taking it (the read sets' edits)
        ("お電話でのご注文を承ります。", "We take orders by phone.", "お電話でのご注文を受け付けております。"),
        ("団体のご予約も承ります。", "We also take group bookings.", "団体のご予約も受け付けております。"),
        # a topic (は, も): what we do with such things, a standing offer either way
        (
            "貸出用の傘は、受付にてお貸し出しいたします。",
            "Umbrellas can be borrowed at the reception.",
            "貸出用の傘は、受付で貸し出しております。",
        ),
        (
            "法人向けの大口注文にも対応いたします。",
            "We also handle large corporate orders.",
            "法人向けの大口注文にも対応しております。",
        ),
        # a change of state in a time named: the state in that time either way
        ("毎週火曜日は休業いたします。", "We are closed on Tuesdays.", "毎週火曜日は休業しております。"),
    ],
)
def test_a_standing_offer_or_a_timed_state_stays_offered(old: str, english: str, new: str) -> None:
    assert reused(old, new, english)


# ---- より after a noun of time, before a state said with ている: "than" reads as well as "since" ----------------


@pytest.mark.parametrize(
    "old,english,new",
    [
        (
            "駅前は、昨日より混雑しております。",
            "The station square is more crowded than yesterday.",
            "駅前は、昨日から混雑しております。",
        ),
        (
            "国道は、先月より渋滞が発生しております。",
            "There is more congestion on the national road than last month.",
            "国道は、先月から渋滞が発生しております。",
        ),
        (
            "窓口は、午後より待ち時間が発生しております。",
            "Waits at the counter are longer than in the afternoon.",
            "窓口は、午後から待ち時間が発生しております。",
        ),
        (
            "店内は、開業当初より混み合っております。",
            "The store is busier than when it opened.",
            "店内は、開業当初から混み合っております。",
        ),
    ],
)
def test_yori_after_a_period_before_a_state_is_than(old: str, english: str, new: str) -> None:
    assert not reused(old, new, english)


@pytest.mark.parametrize(
    "old,english,new",
    [
        # a change of state or an act that starts at the time: "from", as から says
        ("本日より受付を開始しております。", "Registration is open from today.", "本日から受付を開始しております。"),
        ("先月より休館しております。", "The hall has been closed since last month.", "先月から休館しております。"),
        ("昨日より発送しております。", "We have been shipping since yesterday.", "昨日から発送しております。"),
        # a non-past: an act from then, never a degree
        ("明日より販売いたします。", "It goes on sale from tomorrow.", "明日から販売いたします。"),
        # a point (a date, a clock time) is a start whatever follows
        ("5月10日より混雑しております。", "It has been crowded since May 10.", "5月10日から混雑しております。"),
        # the courtesy's "always" before お/ご
        (
            "平素よりご愛顧いただき、誠にありがとうございます。",
            "Thank you for your continued patronage.",
            "平素からご愛顧いただき、誠にありがとうございます。",
        ),
    ],
)
def test_yori_as_a_start_stays_offered(old: str, english: str, new: str) -> None:
    assert reused(old, new, english)


# ---- 引き続き before a noun + となる: the event follows right after ----------------------------------------------


@pytest.mark.parametrize(
    "old,new",
    [
        ("式典の後、祝賀会となります。", "式典の後、引き続き祝賀会となります。"),
        ("講演の後、質疑応答となります。", "講演の後、引き続き質疑応答となります。"),
    ],
)
def test_hikitsuzuki_before_an_event_with_naru_is_a_change(old: str, new: str) -> None:
    assert not reused(old, new, "After that, there will be the next item.")


@pytest.mark.parametrize(
    "old,new",
    [
        ("旧会員証は、有効となります。", "旧会員証は、引き続き有効となります。"),  # an adjectival noun: a state
        ("北口は、通行止めとなっております。", "北口は、引き続き通行止めとなっております。"),  # ている: a state
        ("西館は、ご利用いただけません。", "西館は、引き続きご利用いただけません。"),  # a negation
        # the なる of a clause that qualifies a noun: the head is ございます, a state
        ("予約画面で、エラーになる場合がございます。", "予約画面で、引き続きエラーになる場合がございます。"),
    ],
)
def test_hikitsuzuki_before_a_state_stays_offered(old: str, new: str) -> None:
    assert reused(old, new, "The old translation.")
