"""Values the auto-update writes in the style of localized English (issue 21, eighteenth round).

- a count of ten or more in digits where the English wrote the old count in words ("eight venues" → "12 venues",
  "about two weeks" → "about 10 days"), as the Microsoft Writing Style Guide and AP ask; minutes beside hours in
  words stay in words (one style in one phrase);
- a clock time moved to 12:00 in an English that writes a.m./p.m. is "noon", never the ambiguous "12:00 p.m.";
  a 24-hour English keeps "12:00".

New sentences of several domains; each rewrite is accepted by the gate, and the old English is never kept.
"""

from __future__ import annotations

import pytest

from kokuchi.catalog.checks import Glossary, check_unit
from kokuchi.catalog.suggest import AUTO, decide

REWRITTEN = [
    # a count in words moved to ten or more
    (
        "巡回展は全国8会場で開催します。",
        "The touring exhibition will visit eight venues across the country.",
        "巡回展は全国12会場で開催します。",
        "The touring exhibition will visit 12 venues across the country.",
    ),
    (
        "採寸からお仕立てまで約2週間かかります。",
        "Tailoring takes about two weeks from measurement.",
        "採寸からお仕立てまで約10日かかります。",
        "Tailoring takes about 10 days from measurement.",
    ),
    (
        "見学ツアーは1回につき6組までです。",
        "Each tour takes up to six groups.",
        "見学ツアーは1回につき15組までです。",
        "Each tour takes up to 15 groups.",
    ),
    # and back below ten: in words again
    (
        "見学ツアーは1回につき12組までです。",
        "Each tour takes up to twelve groups.",
        "見学ツアーは1回につき4組までです。",
        "Each tour takes up to four groups.",
    ),
    # minutes beside an hour in words stay in words
    (
        "撮影は約2時間です。",
        "The shoot lasts about two hours.",
        "撮影は約1時間15分です。",
        "The shoot lasts about one hour and fifteen minutes.",
    ),
    # 12:00 in a.m./p.m. English: noon
    (
        "窓口の受付は午後4時で終了いたします。",
        "The counter stops accepting applications at 4:00 p.m.",
        "窓口の受付は正午で終了いたします。",
        "The counter stops accepting applications at noon.",
    ),
    (
        "臨時休業のため、本日は午前11時に閉店いたします。",
        "Due to a temporary closure, the shop will close at 11 AM today.",
        "臨時休業のため、本日は12時に閉店いたします。",
        "Due to a temporary closure, the shop will close at noon today.",
    ),
    (
        "午前の部は9時30分〜11時30分です。",
        "The morning session runs from 9:30 a.m. to 11:30 a.m.",
        "午前の部は9時30分〜12時です。",
        "The morning session runs from 9:30 a.m. to noon.",
    ),
    # a 24-hour English keeps 12:00
    (
        "休憩は11時30分からです。",
        "The break starts at 11:30.",
        "休憩は12時からです。",
        "The break starts at 12:00.",
    ),
]


@pytest.mark.parametrize("old,old_en,new,new_en", REWRITTEN, ids=[case[2] for case in REWRITTEN])
def test_a_value_is_rewritten_in_the_style_of_localized_english(old, old_en, new, new_en):
    decision = decide(old, old_en, new)
    assert (decision.kind, decision.translation) == (AUTO, new_en)
    glossary = Glossary({}, ())
    assert not check_unit(new, new_en, glossary)
    assert check_unit(new, old_en, glossary)  # the old English no longer fits
