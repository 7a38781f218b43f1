"""The English month, weekday and day-period names kokuchi reads are CLDR's, as Babel gives them for locale en."""

from __future__ import annotations

from babel.dates import get_day_names, get_month_names

from kokuchi.language import english


def test_the_written_out_names_are_babels():
    _, _, wide_months, short_months, wide_days, short_days = english._names()
    assert wide_months == [get_month_names("wide", locale="en")[m] for m in range(1, 13)]
    assert short_months == [get_month_names("abbreviated", locale="en")[m] for m in range(1, 13)]
    assert wide_days == [get_day_names("wide", locale="en")[d] for d in range(7)]
    assert short_days == [get_day_names("abbreviated", locale="en")[d] for d in range(7)]


def test_the_written_out_day_periods_are_babels():
    from babel import Locale

    names = Locale("en").day_periods["format"]["wide"]
    assert english._day_period_phrases() == {
        str(names[period]): period for period in ("morning1", "afternoon1", "evening1", "night1")
    }
