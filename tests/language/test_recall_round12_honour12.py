"""Issue 21, twelfth round (honour12): the reader's act said with お/ご and said with the respect れる.

ご希望の場合 / 希望される際, ご検討中の方 / 検討されている方: one action's noun, the reader's act either way. The
れる may also be a passive (another actor), which the old English decides; the humble ご〜する (the writer acts),
a negation, a past and a clause that names an agent or a subject stay changes.
"""

from __future__ import annotations

import pytest
from guard_cases import reused

from kokuchi.language.evidence import CHANGE, compare


@pytest.mark.parametrize(
    "old,new,english",
    [
        (
            "会員登録の解除をご希望の場合は、受付までお申し出ください。",
            "会員登録の解除を希望される際は、受付までお申し出ください。",
            "If you wish to cancel your membership, please tell reception.",
        ),
        (
            "留学をご検討中の方は、説明会にご参加ください。",
            "留学を検討されている方は、説明会にご参加ください。",
            "If you are considering studying abroad, please join an information session.",
        ),
        (
            "住み替えをご検討の際は、当店の担当者にご相談ください。",
            "住み替えを検討される際は、当店の担当者にご相談ください。",
            "If you are thinking of moving, please talk to one of our agents.",
        ),
        # The new text says ご, the old the れる: the proof goes both ways.
        (
            "返品を希望される場合は、レシートをお持ちください。",
            "返品をご希望の場合は、レシートをお持ちください。",
            "If you would like a refund, please bring your receipt.",
        ),
    ],
)
def test_the_readers_act_with_go_and_with_the_respect_reru(old: str, new: str, english: str) -> None:
    assert compare(old, new).respect  # the れる may be passive: the English is asked
    assert reused(old, new, english)


@pytest.mark.parametrize(
    "old,new",
    [
        # Humble: ご案内する is what we do; 案内される is what the reader does (or undergoes).
        ("会場へご案内する場合は、受付でお待ちください。", "会場へ案内される場合は、受付でお待ちください。"),
        ("資料をご送付する際は、事前にご連絡します。", "資料を送付される際は、事前にご連絡します。"),
        # An act that is no act of one's own mind: the れる may be a passive of it (紹介される方: the one referred,
        # or who refers); お車で来場される場合 is respect, but nothing tells it from such a passive (red team 9).
        ("ご紹介の方には、入会金を免除いたします。", "紹介される方には、入会金を免除いたします。"),
        ("お車でご来場の場合は、駐車券をお取りください。", "お車で来場される場合は、駐車券をお取りください。"),
        # A passive of another actor: the agent or the subject is named.
        ("ご確認の際は、窓口までお越しください。", "係員に確認される際は、窓口までお越しください。"),
        ("ご予約の場合は、前日までにお支払いください。", "座席が予約される場合は、前日までにお支払いください。"),
        # With an object, an act aimed at someone: the passive may make the reader its target ("if you are charged",
        # "if you are asked for"), which the ご text never says (JMdict's first sense: "claim", "request").
        ("料金をご請求の場合は、受付にお申し出ください。", "料金を請求される場合は、受付にお申し出ください。"),
        (
            "書類の提出をご要望の場合は、受付にお申し出ください。",
            "書類の提出を要望される場合は、受付にお申し出ください。",
        ),
        # Negated: those not considering.
        ("留学をご検討中の方は、説明会にご参加ください。", "留学を検討されていない方は、説明会にご参加ください。"),
        ("延泊をご希望の場合は、お知らせください。", "延泊を希望されない場合は、お知らせください。"),
        # Completed instead of going on or planned: those who considered, those who have booked.
        ("留学をご検討中の方は、説明会にご参加ください。", "留学を検討された方は、説明会にご参加ください。"),
        ("延泊をご希望の場合は、お知らせください。", "延泊を希望された場合は、お知らせください。"),
        # Another action under the ご.
        ("延泊をご希望の場合は、お知らせください。", "延泊を予約される場合は、お知らせください。"),
        # The same words with the ご on another noun: no reader's act said of 希望.
        ("延泊のご希望は、お知らせください。", "延泊を希望される場合は、お知らせください。"),
    ],
)
def test_near_misses_stay_changes(old: str, new: str) -> None:
    assert compare(old, new).kind == CHANGE
    assert not reused(old, new, "The old translation.")


def test_a_passive_english_refuses_the_respect_reading() -> None:
    # 検討される場合: "if you consider it" or "if it is considered"; an English that says the passive is not the
    # reader's act.
    old, new = "転籍をご検討の場合は、担当者にご相談ください。", "転籍を検討される場合は、担当者にご相談ください。"
    assert reused(old, new, "If you are considering a transfer, please talk to your adviser.")
    assert not reused(old, new, "If a transfer is considered, please talk to your adviser.")
