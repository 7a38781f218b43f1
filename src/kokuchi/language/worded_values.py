"""Words of an English translation that say a value the entity layer does not read: a part of the day, a holiday.

"Tonight's performance begins at 6:30 p.m." says the half of the day twice, once as a clock time the entity layer
reads and rewrites, once as "tonight", which it does not; "Monday, November 3 (Culture Day)" says the date twice,
once as a holiday's name. An auto-update that rewrites the time or the date alone leaves the word saying the old
value beside the new one ("Tonight's performance begins at 1:00 p.m."), so the catalog asks these words first
(catalog/suggest.py).

The parts of the day are CLDR's English day periods, read from Babel: their names (morning, afternoon, evening,
night) and their hours (morning1 before 12:00, afternoon1 before 18:00, evening1 before 21:00, night1 to the end of
the day; noon and midnight at their minute). The holidays are the English names of Japan's public holidays from the
`holidays` package. Both are loaded on first use.
"""

from __future__ import annotations

import re
from functools import cache

# Day-part words CLDR does not name, each read as the period it is a form of (a hand supplement, documented in
# docs/catalogs.md): "tonight" and "overnight" are the night of the day the text speaks of.
_DAY_PART_FORMS = {"tonight": "night1", "overnight": "night1"}
# The hours a part of the day's word may name beyond its own CLDR period: noon ends a morning ("9:00 a.m. to
# 12:00 p.m.") and starts an afternoon; a night runs from the evening through midnight into the small hours
# ("tonight until 1:00 a.m."), which CLDR's English counts as morning1.
_WORD_REACH = {
    "morning1": frozenset({"morning1", "noon"}),
    "afternoon1": frozenset({"afternoon1", "noon"}),
    "evening1": frozenset({"evening1"}),
    "night1": frozenset({"evening1", "night1", "midnight", "small hours"}),
}
# A named period of the year that is no single public holiday, said beside its dates in notices, with the days it
# spans (a hand supplement to the holiday calendar: Golden Week runs from 昭和の日 to the substitute holiday after
# こどもの日). Periods whose days each writer sets (the New Year holidays, 年末年始, Obon) are not listed: their
# name stays true of other dates, as a dish's name does ("New Year's Eve soba" sold on December 30).
_NAMED_SEASONS = {"Golden Week": [(4, 29), (4, 30), *((5, day) for day in range(1, 7))]}
_HOLIDAY_YEARS = range(2000, 2041)


@cache
def _periods() -> tuple[tuple[str, int, int], ...]:
    """CLDR's English day periods as (id, from, before) in minutes of the day; noon and midnight at their minute."""
    from babel import Locale

    rules = Locale("en").day_period_rules[None]
    spans = []
    for period, ranges in rules.items():
        for span in ranges:
            if "at" in span:
                spans.append((period, span["at"] // 60, span["at"] // 60 + 1))
            else:
                spans.append((period, span["from"] // 60, span["before"] // 60))
    return tuple(spans)


@cache
def _day_part_words() -> tuple[re.Pattern[str], dict[str, str]]:
    from babel import Locale

    names = Locale("en").day_periods["stand-alone"]["wide"]
    words = {str(names[period]).lower(): period for period in _WORD_REACH if period in names}
    words.update(_DAY_PART_FORMS)
    alternation = "|".join(sorted(map(re.escape, words), key=len, reverse=True))
    return re.compile(rf"\b(?:{alternation})s?\b", re.IGNORECASE), words


def time_periods(value: tuple) -> frozenset[str]:
    """The CLDR day periods a clock time (hour, minute) falls in; 25:30 is 1:30 of the next day."""
    hour, minute = value[0], value[1] if len(value) > 1 and value[1] is not None else 0
    if not isinstance(hour, int):
        return frozenset()
    moment = (hour % 24) * 60 + minute
    found = {period for period, start, before in _periods() if start <= moment < before}
    if moment < 6 * 60:
        found.add("small hours")
    return frozenset(found)


def day_parts(text: str) -> list[tuple[str, frozenset[str]]]:
    """Each word of *text* that names a part of the day ("morning", "tonight"), with the periods it may name."""
    pattern, words = _day_part_words()
    found = []
    for match in pattern.finditer(text):
        word = match.group().lower()
        period = words.get(word) or words[word[:-1]]  # "mornings"
        found.append((match.group(), _WORD_REACH[period]))
    return found


@cache
def _holiday_names() -> tuple[re.Pattern[str], dict[tuple, frozenset[str]]]:
    """Japan's public holidays' English names and the seasons' as one pattern, and the names each date may bear:
    by (year, month, day) for the years the calendar covers, by (month, day) and by (month,) in any of them."""
    import holidays

    calendar = holidays.country_holidays("JP", years=_HOLIDAY_YEARS, language="en_US")
    by_date: dict[tuple, set[str]] = {}
    for date, joined in calendar.items():
        for holiday in str(joined).split(";"):
            for key in ((date.year, date.month, date.day), (date.month, date.day), (date.month,)):
                by_date.setdefault(key, set()).add(holiday.strip())
    for season, days in _NAMED_SEASONS.items():
        for month, day in days:
            for key in ((month, day), (month,)):
                by_date.setdefault(key, set()).add(season)
    names = {name for day_names in by_date.values() for name in day_names}
    alternation = "|".join(sorted(map(re.escape, names), key=len, reverse=True))
    return re.compile(rf"\b(?:{alternation})"), {key: frozenset(value) for key, value in by_date.items()}


def holidays_named(text: str) -> list[str]:
    """The holidays *text* names ("Culture Day", "New Year's Day", "Golden Week"); the calendar is loaded only for a
    text that may name one (a word Day, Week, Holiday or Birthday)."""
    if not re.search(r"Day\b|Week\b|Holiday\b|Birthday\b", text):
        return []
    pattern, _ = _holiday_names()
    return [match.group() for match in pattern.finditer(text)]


def may_be_named(name: str, date: tuple) -> bool:
    """The date (year, month, day; the year or the day may be absent) may be the holiday *name*: November 3 of
    any year is Culture Day, 2026-01-12 is Coming of Age Day and 2025-01-12 is not; a season's days in any year."""
    year, month, day = (tuple(date) + (None, None, None))[:3]
    if month is None:
        return False
    _, by_date = _holiday_names()
    if day is None:
        return name in by_date.get((month,), frozenset())
    if year is not None and name not in _NAMED_SEASONS and year in _HOLIDAY_YEARS:
        return name in by_date.get((year, month, day), frozenset())
    return name in by_date.get((month, day), frozenset())
