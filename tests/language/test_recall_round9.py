"""Issue 21, ninth round: proofs of the same meaning found from the misses of the read sets (heldout11 first).

Each proof is tested with the edits beside it that say something else: those must stay blocked.
"""

from __future__ import annotations

import pytest
from guard_cases import reused

from kokuchi.catalog import po
from kokuchi.catalog.merge import MergeOptions, merge

# "Please tell us", however said: ご連絡ください, お知らせください, ご一報ください join お申し出ください, お申し付け
# ください and お声がけください (same-meaning.json), each as a request only (its ⟨request⟩ key is part of the
# expression): ご連絡をお願いします and お知らせいただきますようお願いいたします say the same request.


@pytest.mark.parametrize(
    "old,new",
    [
        (
            "ご予約のキャンセルは、前日までにご連絡ください。",
            "ご予約のキャンセルは、前日までにお知らせいただきますようお願いいたします。",
        ),
        ("ご解約の際は、1か月前までにご連絡ください。", "ご解約の際は、1か月前までにお申し出ください。"),
        (
            "アレルギーをお持ちの方は、ご注文時にお申し出ください。",
            "アレルギーをお持ちの方は、ご注文の際にお知らせください。",
        ),
        (
            "ご予約の時間に遅れる場合は、ご連絡をお願いします。",
            "ご予約のお時間に遅れる場合は、ご一報くださいますようお願い申し上げます。",
        ),
        ("体調が悪い方は、係員に連絡してください。", "体調が悪い方は、係員にお声がけください。"),
    ],
)
def test_a_request_to_tell_us_however_said(old: str, new: str) -> None:
    assert reused(old, new)


@pytest.mark.parametrize(
    "old,new",
    [
        # A request is no statement: "please tell us" is not "we will tell you".
        ("結果はご連絡ください。", "結果はご連絡いたします。"),
        ("結果はお知らせください。", "結果はお知らせいたします。"),
        ("ご希望の方はお申し出ください。", "ご希望の方はお知らせいたします。"),
        # Nor is it another request: apply, guide, come.
        ("ご希望の方はお申し出ください。", "ご希望の方はお申し込みください。"),
        ("ご希望の方はお知らせください。", "ご希望の方はご案内ください。"),
        ("ご希望の方はご連絡ください。", "ご希望の方はお越しください。"),
        # Nor its negation, nor a telling done by the staff.
        ("変更はご連絡ください。", "変更のご連絡は不要です。"),
        ("変更はお知らせください。", "変更はお知らせいただく必要はありません。"),
        ("係員にお知らせください。", "係員からお知らせします。"),
        ("係員にご連絡ください。", "係員からご連絡ください。"),
    ],
)
def test_a_request_to_tell_us_stays_apart_from_what_it_is_not(old: str, new: str) -> None:
    assert not reused(old, new)


# まで after a place before an action's noun asked for with を (ご連絡をお願いいたします) is へ, "to", as before
# ご連絡ください; after a time or an event it stays "until", and までに "by".


@pytest.mark.parametrize(
    "old,new,english",
    [
        (
            "故障を見つけたら、サポートセンターに連絡してください。",
            "故障を見つけた場合は、サポートセンターまでご連絡をお願いいたします。",
            # たら against 場合: the English says "if" (under "when" 場合 would be refused)
            "If you find a fault, please contact the support center.",
        ),
        ("窓口へご連絡をお願いいたします。", "窓口までご連絡をお願いいたします。", "Please contact the counter."),
        (
            "ご不明な点は、窓口にお問い合わせください。",
            "ご不明な点は、窓口までお問い合わせをお願いいたします。",
            "Please ask at the counter about anything unclear.",
        ),
    ],
)
def test_until_a_place_before_an_action_asked_for_is_to(old: str, new: str, english: str) -> None:
    assert reused(old, new, english)


@pytest.mark.parametrize(
    "old,new",
    [
        ("前日に連絡してください。", "前日までにご連絡をお願いいたします。"),
        ("18時に連絡してください。", "18時までご連絡をお願いいたします。"),
        ("終了に連絡してください。", "終了までご連絡をお願いいたします。"),
        ("期限に連絡してください。", "期限までご連絡をお願いいたします。"),
        ("窓口までご連絡をお願いいたします。", "窓口からご連絡をお願いいたします。"),
        ("窓口にご連絡をお願いいたします。", "窓口でご連絡をお願いいたします。"),
    ],
)
def test_until_a_time_or_from_a_place_stays_itself(old: str, new: str) -> None:
    assert not reused(old, new)


# The merge: where the message closest by the ratio is a stock phrase said of something else, the next nearest
# (by the ratio, or in a short message by its content characters) is asked of the guard too.


def _suggestions(olds: dict[str, str], news: list[str]) -> dict[str, tuple[str | None, str]]:
    catalog, template = po.new_catalog(), po.new_catalog()
    for msgid, msgstr in olds.items():
        catalog.append(po.POEntry(msgid=msgid, msgstr=msgstr))
    for msgid in news:
        template.append(po.POEntry(msgid=msgid))
    merged, _ = merge(template, catalog, None, MergeOptions(japanese=True))
    return {e.msgid: (e.previous_msgid, e.msgstr) for e in merged if not e.obsolete}


def test_the_merge_asks_the_guard_past_the_closest_stock_phrase() -> None:
    olds = {"影響はありません。": "There is no impact.", "再起動は不要です。": "No restart is needed."}
    found = _suggestions(olds, ["再起動する必要はありません。"])
    assert found["再起動する必要はありません。"] == ("再起動は不要です。", "No restart is needed.")


def test_the_merge_reuses_no_translation_the_guard_refuses() -> None:
    olds = {"影響はありません。": "There is no impact.", "再起動は不要です。": "No restart is needed."}
    found = _suggestions(olds, ["再起動が必要です。", "再起動の予定はありません。"])
    assert found["再起動が必要です。"][1] == ""
    assert found["再起動の予定はありません。"][1] == ""
