"""The eighth red team's value and list families closed (tests/data/safety/open/redteam8.yaml).

- A year (or another part of a date) the source changes and the English never wrote (redteam8-067..072):
  an auto-update rewrites every changed value in the English or declines; declined, the old English stays a
  fuzzy suggestion, never a rewritten (kokuchi-auto) one.
- Nouns of a list in another order where the sentence pairs them by place with another list, or says
  "respectively" (redteam8-037, 038, 041, 042): the order is meaning, a change.

Beside each, the nearest edits that must stay rewritten or offered.
"""

from __future__ import annotations

import pytest
from guard_cases import reused

from kokuchi.catalog.suggest import AUTO, FUZZY, decide


@pytest.mark.parametrize(
    "old,english,new",
    [
        # the year changed, the English names the day alone
        (
            "2025年3月14日に、閉館いたします。",
            "The library will close on March 14.",
            "2026年3月14日に、閉館いたします。",
        ),
        # a Reiwa year, the English a month alone
        (
            "令和7年6月から、ごみ袋の料金を改定します。",
            "Garbage bag prices will be revised from June.",
            "令和8年6月から、ごみ袋の料金を改定します。",
        ),
        # the year and the day changed: the day is rewritten, the year would be lost
        (
            "2025年11月20日まで、応募を受け付けます。",
            "Entries are accepted until November 20.",
            "2026年11月21日まで、応募を受け付けます。",
        ),
        # the weekday changed with the date the same (another year, unsaid), the English naming no weekday
        (
            "定期演奏会は、5月10日(土)に開催します。",
            "The regular concert will be held on May 10.",
            "定期演奏会は、5月10日(日)に開催します。",
        ),
        # the year written once before a range, the English writing none
        (
            "点検は2025年7月1日から7月3日まで行います。",
            "Inspections will take place from July 1 to July 3.",
            "点検は2026年7月1日から7月3日まで行います。",
        ),
    ],
)
def test_a_changed_value_the_english_never_wrote_declines_the_rewrite(old, english, new):
    decision = decide(old, english, new)
    assert decision.kind == FUZZY  # offered for the translator to write, never shipped as kokuchi-auto
    assert decision.translation == english


@pytest.mark.parametrize(
    "old,english,new,rewritten",
    [
        # the English writes the year: rewritten
        (
            "2025年3月14日に、閉館いたします。",
            "The library will close on March 14, 2025.",
            "2026年3月14日に、閉館いたします。",
            "The library will close on March 14, 2026.",
        ),
        (
            "2025年9月に、新校舎が完成します。",
            "The new school building will be completed in September 2025.",
            "2026年9月に、新校舎が完成します。",
            "The new school building will be completed in September 2026.",
        ),
        # the year the same, only the day changed: the English without a year still shows every change
        (
            "2025年11月20日まで、応募を受け付けます。",
            "Entries are accepted until November 20.",
            "2025年11月21日まで、応募を受け付けます。",
            "Entries are accepted until November 21.",
        ),
        # the month changed, the English writing it
        (
            "令和7年6月から、ごみ袋の料金を改定します。",
            "Garbage bag prices will be revised from June.",
            "令和7年7月から、ごみ袋の料金を改定します。",
            "Garbage bag prices will be revised from July.",
        ),
        # the weekday changed with the date, the English writing both
        (
            "定期演奏会は、5月10日(土)に開催します。",
            "The regular concert will be held on Saturday, May 10.",
            "定期演奏会は、5月11日(日)に開催します。",
            "The regular concert will be held on Sunday, May 11.",
        ),
        # a time and a count: written whole, nothing left out
        (
            "受付は午前9時から、先着30名です。",
            "Reception opens at 9:00 AM for the first 30 people.",
            "受付は午前10時から、先着40名です。",
            "Reception opens at 10:00 AM for the first 40 people.",
        ),
    ],
)
def test_a_change_the_english_writes_in_full_is_still_rewritten(old, english, new, rewritten):
    decision = decide(old, english, new)
    assert decision.kind == AUTO
    assert decision.translation == rewritten


@pytest.mark.parametrize(
    "old,english,new",
    [
        # それぞれ pairs the listed nouns with the prices by place
        (
            "平日と休日の駐車料金は、それぞれ300円と500円です。",
            "Parking costs 300 yen on weekdays and 500 yen on holidays.",
            "休日と平日の駐車料金は、それぞれ300円と500円です。",
        ),
        # 各々, three items paired with three rooms
        (
            "数学と英語と理科の補習は、各々3階と4階と5階の教室で行います。",
            "Remedial classes are held on the 3rd floor for math, the 4th for English and the 5th for science.",
            "英語と数学と理科の補習は、各々3階と4階と5階の教室で行います。",
        ),
        # no word of "respectively": another list of as many items pairs them all the same
        (
            "資料請求と見学予約の受付は、電話とメールでお願いします。",
            "Please request brochures by phone and book visits by email.",
            "見学予約と資料請求の受付は、電話とメールでお願いします。",
        ),
        # 上から順に: "in order from the top"
        (
            "赤と青のボタンは、上から順に呼び出しと取消です。",
            "The red button is for calling and the blue one for cancelling, from the top.",
            "青と赤のボタンは、上から順に呼び出しと取消です。",
        ),
        # それぞれ with the paired list joined by ・
        (
            "東口と西口の改札は、それぞれ6時・7時に開きます。",
            "The east gate opens at 6:00 and the west gate at 7:00.",
            "西口と東口の改札は、それぞれ6時・7時に開きます。",
        ),
    ],
)
def test_a_list_reordered_against_what_it_is_paired_with_is_a_change(old, english, new):
    assert not reused(old, new, english)


@pytest.mark.parametrize(
    "old,english,new",
    [
        # a list with nothing to pair with
        (
            "受付では、保険証と診察券をご提示ください。",
            "Please show your insurance card and patient card at reception.",
            "受付では、診察券と保険証をご提示ください。",
        ),
        # 先着順に is an order of the readers, not of the list
        (
            "整理券と記念品は、先着順にお渡しします。",
            "Numbered tickets and souvenirs are handed out on a first-come basis.",
            "記念品と整理券は、先着順にお渡しします。",
        ),
        # いずれも: one value for both
        (
            "本店と支店の営業時間は、いずれも10時までです。",
            "Both the main store and the branch are open until 10:00.",
            "支店と本店の営業時間は、いずれも10時までです。",
        ),
        # another list, of another length
        (
            "会員と学生は、月・水・金にご利用いただけます。",
            "Members and students may use it on Mondays, Wednesdays and Fridays.",
            "学生と会員は、月・水・金にご利用いただけます。",
        ),
        # a list of as many items in another sentence
        (
            "大人と子供の方が参加できます。会場は体育館と講堂です。",
            "Adults and children may take part. The venues are the gym and the auditorium.",
            "子供と大人の方が参加できます。会場は体育館と講堂です。",
        ),
    ],
)
def test_a_list_reordered_with_nothing_paired_by_place_stays_offered(old, english, new):
    assert reused(old, new, english)
