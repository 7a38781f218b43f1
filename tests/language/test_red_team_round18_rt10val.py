"""Red team 10, round 18 (rt10val): a value added beside one that stays, and a JMdict gloss noted (esp. ...).

New sentences, none from the corpora. A year, a month, a day or a clock time added to a date that stays is
no value rewritten: the old English, which leaves that part out, says the old value and is not offered,
unless it already writes the added part. 学生 ("student (esp. a university student)") and 生徒 (a pupil)
share no gloss once JMdict's note is kept.
"""

import pytest

from kokuchi.catalog.suggest import decide

ADDED_UNSAID = [
    # a year added: the yearless English says the nearer date
    (
        "説明会は、3月15日に開催します。",
        "The briefing will be held on March 15.",
        "説明会は、2028年3月15日に開催します。",
    ),
    ("12月に、店内を改装します。", "We will renovate the store in December.", "2027年12月に、店内を改装します。"),
    # a month added to a day: another month's day
    ("点検日は、20日です。", "The inspection is on the 20th.", "点検日は、8月20日です。"),
    # a day added to a month: no longer the start of the month
    (
        "9月から、営業時間を変更します。",
        "Our opening hours change from September.",
        "9月15日から、営業時間を変更します。",
    ),
    # a clock time added right after a date: no longer the whole day
    ("受付は、6月20日までです。", "Entries close on June 20.", "受付は、6月20日17時までです。"),
    ("返却期限は、10月3日です。", "Books are due back on October 3.", "返却期限は、10月3日の15時です。"),
]


@pytest.mark.parametrize(("old", "old_en", "new"), ADDED_UNSAID)
def test_a_value_added_that_the_english_leaves_out_is_a_change(old, old_en, new):
    decision = decide(old, old_en, new)
    assert decision.kind == "change", decision
    assert decision.translation == ""


RESTATED_OR_REWRITTEN = [
    # the English already writes the added year, month or time: the addition restates it
    (
        "説明会は、3月15日に開催します。",
        "The briefing will be held on March 15, 2028.",
        "説明会は、2028年3月15日に開催します。",
    ),
    ("点検日は、20日です。", "The inspection is on August 20.", "点検日は、8月20日です。"),
    ("受付は、6月20日までです。", "Entries close at 5:00 PM on June 20.", "受付は、6月20日17時までです。"),
]


@pytest.mark.parametrize(("old", "old_en", "new"), RESTATED_OR_REWRITTEN)
def test_a_value_restated_or_rewritten_is_still_offered(old, old_en, new):
    decision = decide(old, old_en, new)
    assert decision.kind != "change" and decision.kind != "flip", decision
    assert decision.translation


def test_a_value_changed_is_auto_updated():
    decision = decide(
        "説明会は、3月15日に開催します。", "The briefing will be held on March 15.", "説明会は、3月16日に開催します。"
    )
    assert decision.kind == "auto"
    assert decision.translation == "The briefing will be held on March 16."


def test_a_pupil_is_no_university_student():
    decision = decide(
        "学生の方は、参加費が無料です。",
        "Participation is free for university students.",
        "生徒の方は、参加費が無料です。",
    )
    assert decision.kind == "change", decision
    assert (decision.flip.old, decision.flip.new) == ("学生", "生徒")


def test_a_synonym_glossed_without_a_note_is_still_offered():
    # 通常 / 平常 share "usual", "normal", "ordinary", none of them noted (esp. ...): still one word's meaning
    decision = decide(
        "明日は、通常どおり営業します。", "We are open as usual tomorrow.", "明日は、平常どおり営業します。"
    )
    assert decision.kind == "fuzzy", decision


def test_a_weekday_added_to_a_date_restates_it():
    # the date already fixes its weekday: no value added that moves it
    decision = decide("5月31日に開催します。", "It will be held on May 31.", "5月31日(土)に開催します。")
    assert decision.kind not in ("change", "flip"), decision
