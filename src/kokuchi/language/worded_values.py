"""Words of an English translation that say a value the entity layer does not read: a part of the day, a holiday.

"Tonight's performance begins at 6:30 p.m." says the half of the day twice, once as a clock time the entity layer
reads and rewrites, once as "tonight", which it does not; "Monday, November 3 (Culture Day)" says the date twice,
once as a holiday's name. An auto-update that rewrites the time or the date alone leaves the word saying the old
value beside the new one ("Tonight's performance begins at 1:00 p.m."), so the catalog asks these words first
(catalog/suggest.py).

The parts of the day are CLDR's English day periods, read from Babel: their names (morning, afternoon, evening,
night) and their hours (morning1 before 12:00, afternoon1 before 18:00, evening1 before 21:00, night1 to the end of
the day; noon and midnight at their minute). Other words tied to a time of day (breakfast, lunch, dinner, matinee)
are those JMdict gives as the gloss of a word spelt with a kanji of a part of the day (朝食 "breakfast", 昼の部
"matinee", 夕食 "dinner"): which part they name is not read, only that they name one. The holidays are the English
names of Japan's public holidays and of the days the `holidays` package's United States calendar keeps in all its
categories (Christmas Day, New Year's Eve, Valentine's Day, Mother's Day, Halloween): named days an English
notice writes beside their date. All are loaded on first use.
"""

from __future__ import annotations

import calendar
import datetime
import re
from functools import cache
from typing import NamedTuple

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
# Words of English grammar that may follow a day's name without making it a noun's modifier ("On Halloween, we",
# "Christmas Day is", "New Year's Eve and"): a closed class.
_GRAMMAR = frozenset(
    """a an the of or and but to in on at for by with from as until till through is are was were be will would can
    may must shall should we you they it our your this that there only all every each""".split()
)
# The kanji of a part of the day (朝 morning, 昼 noon and daytime, 夕 and 晩 evening, 夜 night): a JMdict word spelt
# with one names a time of day, and so do its English glosses (朝食 "breakfast", 昼興行 "matinee").
_DAY_PART_KANJI = "朝昼夕晩夜"
# Words tied to a time of day that JMdict glosses only under a word spelt without such a kanji (a hand supplement,
# documented in docs/catalogs.md): ラッシュアワー, ラッシュ時 "rush hour".
_TIME_OF_DAY_SUPPLEMENT = frozenset({"rush hour", "dawn"})
# The words of English grammar before a day's name that say the day itself is meant, not a thing named after it
# ("on New Year's Eve", "until Christmas Day"; "New Year's Eve soba" is a dish, sold on other days too).
_BEFORE_A_DAY = frozenset({"on", "by", "until", "till", "from", "through", "before", "after", "since"})


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


def _words(text: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group().lower()) for m in re.finditer(r"[A-Za-z]+(?:'[a-z]+)?", text)]


def _singulars(word: str) -> tuple[str, ...]:
    """The singulars an English plural may have ("lunches": lunche, lunch; "dinners": dinner)."""
    if not word.endswith("s"):
        return ()
    return (word[:-1], word[:-2]) if word.endswith("es") else (word[:-1],)


def _tied_to_a_time_of_day(phrase: str) -> bool:
    """JMdict gives *phrase* (a word or two, lower case) as a gloss of a noun spelt with a kanji of a part of the
    day: lunch (昼食), dinner (夕食), breakfast (朝食), matinee (昼の部); or the supplement lists it. A noun's, since
    a thing or a time is what names a time of day: 晩い "late" is 遅い's other spelling ("late arrivals")."""
    return phrase in _TIME_OF_DAY_SUPPLEMENT or bool(_spellings_tied(phrase))


@cache
def _spellings_tied(phrase: str) -> frozenset[str]:
    """The JMdict spellings, with a kanji of a part of the day, of the nouns glossed *phrase* (夕食 for "dinner"):
    none where they are fewer than a quarter of the nouns spelt in kanji glossed so, the gloss then a sense of
    another thing ("period" for 朝, a dynasty, among 期間, 時代, 時期 and twenty more)."""
    import sqlite3

    from kokuchi.language.synonyms import jmdict_database

    connection = sqlite3.connect(f"file:{jmdict_database()}?mode=ro", uri=True)
    try:
        forms = connection.execute(
            "SELECT Kanji.idseq, Kanji.text FROM SenseGloss JOIN Sense ON SenseGloss.sid = Sense.ID"
            " JOIN Kanji ON Kanji.idseq = Sense.idseq WHERE SenseGloss.text = ? AND EXISTS (SELECT 1 FROM Sense AS"
            " Other JOIN pos ON pos.sid = Other.ID WHERE Other.idseq = Sense.idseq AND pos.text LIKE 'noun%')",
            (phrase,),
        ).fetchall()
    finally:
        connection.close()
    tied = {(entry, form) for entry, form in forms if any(kanji in form for kanji in _DAY_PART_KANJI)}
    if 4 * len({entry for entry, _ in tied}) < len({entry for entry, _ in forms}):
        return frozenset()
    return frozenset(form for _, form in tied)


def time_of_day_words(text: str, values: list[tuple[int, int]], source: str = "") -> list[str]:
    """The words of *text* outside the *values* (spans the entity layer reads and rewrites) tied to a time of day
    that the CLDR day periods do not name: "Lunch is served from 11:30 a.m." says the time twice.

    Not a word that translates a word of the *source* JMdict glosses so ("Dinner" for 夕食は、17時30分から): the
    English then says what the source says, whatever its clock time, and stays true when only the time moves."""
    parts = {word.lower() for word, _ in day_parts(text)}
    words = [word for word in _words(text) if not any(start < word[1] and word[0] < end for start, end in values)]
    found = []
    for k, (_start, end, word) in enumerate(words):
        if word in parts or word.rstrip("s") in parts:
            continue  # morning, tonight: day_parts reads which period they name
        candidates = [word, *_singulars(word)]
        following = words[k + 1][2] if k + 1 < len(words) and text[end : words[k + 1][0]] == " " else ""
        if following and following not in parts and following.rstrip("s") not in parts:
            # (not "next morning", "this evening": the period their last word names is read by day_parts)
            candidates += [f"{word} {singular}" for singular in (following, *_singulars(following))]
        try:
            found += [
                phrase
                for phrase in candidates
                if _tied_to_a_time_of_day(phrase)
                and not (source and any(spelling in source for spelling in _spellings_tied(phrase)))
            ]
        except ImportError:
            return [word]  # JMdict is not installed: no word can be shown free of a time of day (the safe answer)
    return found


@cache
def _holiday_names() -> tuple[re.Pattern[str], dict[tuple, frozenset[str]], frozenset[str]]:
    """Japan's public holidays' English names and the seasons' as one pattern, and the names each date may bear:
    by (year, month, day) for the years the calendar covers, by (month, day) and by (month,) in any of them."""
    import holidays

    calendar = holidays.country_holidays("JP", years=_HOLIDAY_YEARS, language="en_US")
    observed = holidays.country_holidays(
        "US", years=_HOLIDAY_YEARS, categories=holidays.US.supported_categories, language="en_US"
    )
    public = frozenset(name.strip() for joined in calendar.values() for name in str(joined).split(";"))
    by_date: dict[tuple, set[str]] = {}
    for date, joined in [*calendar.items(), *observed.items()]:
        for holiday in str(joined).split(";"):
            for key in ((date.year, date.month, date.day), (date.month, date.day), (date.month,)):
                by_date.setdefault(key, set()).add(holiday.strip())
    for season, days in _NAMED_SEASONS.items():
        for month, day in days:
            for key in ((month, day), (month,)):
                by_date.setdefault(key, set()).add(season)
    names = {name for day_names in by_date.values() for name in day_names}
    alternation = "|".join(sorted(map(re.escape, names), key=len, reverse=True))
    pattern = re.compile(rf"\b(?:{alternation})")
    return pattern, {key: frozenset(value) for key, value in by_date.items()}, public | frozenset(_NAMED_SEASONS)


def holidays_named(text: str) -> list[str]:
    """The holidays *text* names as days ("Culture Day", "On New Year's Eve", "Golden Week"); the calendar is loaded
    only for a text that may name one (a word Day, Week, Holiday, Birthday, Eve, Halloween, Friday or Sunday). A
    name before a noun, no preposition of time before it, names a thing called after the day ("New Year's Eve
    soba", sold on December 30 too): not the day; Japan's public holidays and the seasons are read as days
    wherever they stand ("Culture Day festival")."""
    if not re.search(r"Day\b|Week\b|Holiday\b|Birthday\b|Eve\b|Halloween\b|Friday\b|Sunday\b", text):
        return []
    pattern, _, public = _holiday_names()
    found = []
    for match in pattern.finditer(text):
        before = re.search(r"([A-Za-z]+)\s+$", text[: match.start()])
        after = re.match(r"\s+([a-z]+)\b", text[match.end() :])
        attributive = after is not None and after.group(1) not in _GRAMMAR
        if attributive and match.group() not in public and not (before and before.group(1).lower() in _BEFORE_A_DAY):
            continue
        found.append(match.group())
    return found


def may_be_named(name: str, date: tuple, weekday: int | None = None) -> bool:
    """The date (year, month, day; the year or the day may be absent) may be the holiday *name*: November 3 of
    any year is Culture Day, 2026-01-12 is Coming of Age Day and 2025-01-12 is not; a season's days in any year.
    With its *weekday* (Monday 0) and no year, only the years in which the date falls on that weekday count:
    January 13 is Coming of Age Day in 2025, a Monday, never on a Tuesday."""
    year, month, day = (tuple(date) + (None, None, None))[:3]
    if month is None:
        return False
    _, by_date, _ = _holiday_names()
    if day is None:
        return name in by_date.get((month,), frozenset())
    if year is not None and name not in _NAMED_SEASONS and year in _HOLIDAY_YEARS:
        return name in by_date.get((year, month, day), frozenset())
    if weekday is not None and name not in _NAMED_SEASONS:
        return any(
            _falls_on(candidate, (month, day), weekday) and name in by_date.get((candidate, month, day), frozenset())
            for candidate in _HOLIDAY_YEARS
        )
    return name in by_date.get((month, day), frozenset())


def named_in_the_same_years(name: str, old: tuple, old_weekday: int, new: tuple, new_weekday: int) -> bool:
    """The new date (year, month, day) bears the holiday *name* in every year the old date does where both fall
    on their weekdays: a notice speaks of one year, which an edit of its date keeps. 3月20日(金) → 3月21日(土)
    beside "Vernal Equinox Day": in 2020 and 2026, the years March 20 is that day on a Friday, March 21 is not
    (in 2015 it was, but then March 20 was no holiday). Where no year has both weekdays, the edit moved the
    notice to another year (5月11日(日) → 5月10日(日), next year's Mother's Day): `may_be_named` of the new date
    with its weekday. Dates written without their year only."""
    years = [
        year
        for year in _HOLIDAY_YEARS
        if _falls_on(year, old[1:3], old_weekday)
        and _falls_on(year, new[1:3], new_weekday)
        and may_be_named(name, (year, *old[1:3]))
    ]
    if not years:
        return may_be_named(name, new, new_weekday)
    return all(may_be_named(name, (year, *new[1:3])) for year in years)


def _falls_on(year: int, month_day: tuple, weekday: int) -> bool:
    """The month and day (month, day) of *year* is a *weekday* (Monday 0); never a date the year has not
    (February 29 of a common year) or one without its day."""
    try:
        return datetime.date(year, *month_day).weekday() == weekday
    except (TypeError, ValueError):
        return False


# The words of a period of the calendar an English notice says beside a date ("until the end of the year, December
# 31", "this summer, in August", "this weekend, on Saturday, May 10"), each found as the English glosses JMdict
# gives a Japanese word (年末 "end-of-year", 年の瀬 "end of the year", 月末 "end of the month", 週末 "weekend",
# 夏 "summer"). Which days the word spans is this table's, a hand supplement documented in docs/catalogs.md: the
# months of the year's end (December), its start (January), the fiscal year's end (March) and start (April); the
# days of a month's start, middle and end as JMdict glosses 上旬 "first 10 days of month", 中旬 "11th to 20th day
# of a month" and 下旬 "21st to the last day of a month"; the seasons as the Japan Meteorological Agency counts
# them (spring March to May, summer June to August, autumn September to November, winter December to February),
# which are also English's meteorological seasons; the weekend and the weekdays as CLDR's English (Babel) counts
# them. Each entry: the reading that picks the entry (秋 is also とき "time"), or ""; what the period holds
# ("month", "day", "weekday"); its values, or None for CLDR's weekend (True) or the days outside it (False); and
# which of its days the word is certain of: every day of the band ("band": a day of 中旬, of July for "summer", a
# Saturday for "weekend"), or only its first or last day ("first", "last"). A year's or a month's end or start
# is no span of days English agrees on ("the end of the month, May 25"?): only its last or first day is surely
# in it, so a date of the period moved to another day is a change unless it lands there (issue 21, red team 22).
_CALENDAR_PERIODS: dict[str, tuple[str, str, frozenset[int] | bool, str]] = {
    "年末": ("", "month", frozenset({12}), "last"),
    "年の瀬": ("", "month", frozenset({12}), "last"),
    "歳末": ("", "month", frozenset({12}), "last"),
    "年始": ("", "month", frozenset({1}), "first"),
    "年明け": ("", "month", frozenset({1}), "first"),
    "年度末": ("", "month", frozenset({3}), "last"),
    "年度初め": ("", "month", frozenset({4}), "first"),
    "月初め": ("", "day", frozenset(range(1, 11)), "first"),
    "上旬": ("", "day", frozenset(range(1, 11)), "band"),
    "中旬": ("", "day", frozenset(range(11, 21)), "band"),
    "月末": ("", "day", frozenset(range(21, 32)), "last"),
    "下旬": ("", "day", frozenset(range(21, 32)), "band"),
    "春": ("はる", "month", frozenset({3, 4, 5}), "band"),
    "夏": ("なつ", "month", frozenset({6, 7, 8}), "band"),
    "秋": ("あき", "month", frozenset({9, 10, 11}), "band"),
    "冬": ("ふゆ", "month", frozenset({12, 1, 2}), "band"),
    "週末": ("", "weekday", True, "band"),
    "平日": ("", "weekday", False, "band"),
}
# The English words that say a part of a month with or without its name ("mid-May", "early June", "late in the
# month", "the end of May", "the beginning of the month"), each read as the entry of the Japanese word they
# translate (中旬, 上旬, 下旬, 月末, 月初め): JMdict glosses these words only as "middle of a month" and the like.
# A short hand supplement, documented in docs/catalogs.md; the months' names are CLDR's English (Babel).
_PART_OF_A_MONTH = {
    "early": "上旬",
    "mid": "中旬",
    "middle": "中旬",
    "late": "下旬",
    "beginning": "月初め",
    "start": "月初め",
    "end": "月末",
}


class CalendarPeriod(NamedTuple):
    """A phrase of the English that names a period of the calendar, with what it holds (`_CALENDAR_PERIODS`) and
    the month it names, if any ("mid-May": 5)."""

    phrase: str
    unit: str
    values: frozenset[int]
    certain: str
    month: int | None = None


# Glosses left out: "new year" (年始) is also the holiday whose days each writer sets (the New Year holidays, as
# `_NAMED_SEASONS` says), and "ordinary days" (平日) names no day of the week.
_UNREAD_GLOSSES = frozenset({"new year", "ordinary days"})
# Season words that are also English verbs ("if the date falls on", "spring into action") are a season only after
# a word that makes them a noun of time ("this fall", "in the fall", "early spring"), never after "hot" (温泉).
_AS_A_SEASON = re.compile(
    r"\b(?:this|next|last|the|in|of|early|late|mid|during|until|till|by|from|for|since|through)[\s-]+$", re.IGNORECASE
)
_ALSO_VERBS = frozenset({"fall", "spring"})
_ARTICLES = ("the", "a", "an")
# A word every English phrase of _CALENDAR_PERIODS and _AGE_BANDS holds (a test asserts it of JMdict's glosses):
# a text without one names no period and no age group, and JMdict is not opened for it.
CALENDAR_STEMS = re.compile(r"year|month|spring|summer|autumn|fall|winter|week", re.IGNORECASE)
AGE_STEMS = re.compile(r"infant|bab[yi]|toddler|child|school|teen|minor|adult|old|elder|senior", re.IGNORECASE)
# Words before a period's name that say the period itself, never a thing named after it ("this weekend's",
# "next summer", "every weekend morning").
_THIS = frozenset({"this", "next", "last", "coming", "every", "each"})


def _entries_of(word: str, reading: str) -> list:
    """JMdict's entry of *word* read *reading* (秋 あき, not とき), or its first entry (年明け "beginning of the
    year", not its second, "expiration of a term of service"); only entries with a sense."""
    from kokuchi.language.synonyms import jmdict_entries

    entries = [entry for entry in jmdict_entries(word) if entry.senses]
    if reading:
        return [entry for entry in entries if reading in [kana.text for kana in entry.kana_forms]]
    return entries[:1]


def _gloss_words(gloss: str) -> tuple[str, ...]:
    """A gloss as the words to look for: lower case, notes in parentheses and articles dropped, hyphens as spaces
    ("end-of-year" and "the end of the year" are one phrase: end of year)."""
    words = re.sub(r"\([^)]*\)", " ", gloss).lower().replace("-", " ").split()
    return tuple(word for word in words if word not in _ARTICLES)


def _phrase_pattern(phrases, plural: str) -> re.Pattern[str]:
    """One pattern for the *phrases* (tuples of words) in a text as written: the words apart by spaces or hyphens,
    an article between them or not ("end of the year", "year-end"), the last one's *plural* ending allowed."""
    joint = r"[\s-]+(?:(?:the|a|an)[\s-]+)?"
    forms = sorted({joint.join(map(re.escape, words)) for words in phrases}, key=len, reverse=True)
    return re.compile(rf"\b(?:{'|'.join(forms)})(?:{plural})?\b", re.IGNORECASE)


def _key(found: str) -> tuple[str, ...]:
    return tuple(word for word in re.split(r"[\s-]+", found.lower()) if word not in _ARTICLES)


@cache
def _calendar_words() -> tuple[re.Pattern[str], dict[tuple[str, ...], tuple[str, frozenset[int] | bool, str, str]]]:
    """The English phrases of the calendar's periods (JMdict's glosses of _CALENDAR_PERIODS' words), one pattern,
    and what each phrase holds, with the Japanese word it glosses."""
    phrases: dict[tuple[str, ...], tuple[str, frozenset[int] | bool, str, str]] = {}
    for word, (reading, unit, values, certain) in _CALENDAR_PERIODS.items():
        for entry in _entries_of(word, reading):
            for gloss in entry.senses[0].gloss:
                words = _gloss_words(gloss.text)
                if words and " ".join(words) not in _UNREAD_GLOSSES and re.fullmatch(r"[a-z0-9 ]+", " ".join(words)):
                    phrases.setdefault(words, (unit, values, certain, word))
    return _phrase_pattern(phrases, "s"), phrases


# The source's own words of a part of a month (12月上旬, 5月中旬, 月末): the English of one is its date's, which the
# entity layer reads and rewrites ("early December" → "mid-January").
_SAID_IN_JAPANESE = ("旬", "月初", "月末", "月の初め", "月の終わり")
# A word of _PART_OF_A_MONTH, which a text must hold before the months' names are loaded.
_PART_STEMS = re.compile(r"\b(?:early|mid|middle|late|beginning|start|end)\b", re.IGNORECASE)


@cache
def _parts_of_a_month() -> tuple[re.Pattern[str], dict[str, int]]:
    """One pattern for "mid-May", "early in the month", "the end of June", "late May": the part (group 1 or 3)
    and the month's name or "month" (group 2 or 4); CLDR's English months' names by their number. Not "the end
    of May 31", the end of a day."""
    from babel import Locale

    months = {str(name).lower(): number for number, name in Locale("en").months["format"]["wide"].items()}
    month = "|".join(["month", *months])
    pattern = re.compile(
        rf"\b(early|mid|late)(?:[\s-]+in)?[\s-]+(?:the\s+)?({month})\b"
        rf"|\b(beginning|start|middle|end)\s+of\s+(?:the\s+)?({month})\b(?!\s*\d)",
        re.IGNORECASE,
    )
    return pattern, months


def _month_parts(text: str, source: str) -> list[CalendarPeriod]:
    """The parts of a month *text* names ("mid-May", "the end of the month"), read as the words of
    _PART_OF_A_MONTH; before a noun too ("the mid-May deadline" is the deadline's date)."""
    if not _PART_STEMS.search(text):
        return []
    pattern, months = _parts_of_a_month()
    found = []
    for match in pattern.finditer(text):
        part, name = (match.group(1), match.group(2)) if match.group(1) else (match.group(3), match.group(4))
        japanese = _PART_OF_A_MONTH[part.lower()]
        if any(word in source for word in _SAID_IN_JAPANESE):
            continue  # 12月上旬 → 1月中旬: the English ("early December") is the source's date, which is rewritten
        _, unit, values, certain = _CALENDAR_PERIODS[japanese]
        assert isinstance(values, frozenset)
        found.append(CalendarPeriod(match.group(), unit, values, certain, months.get(name.lower())))
    return found


def _same_period(japanese: str) -> list[str]:
    """The words of _CALENDAR_PERIODS that name the period *japanese* names (年末, 年の瀬, 歳末)."""
    return [word for word, entry in _CALENDAR_PERIODS.items() if entry[1:] == _CALENDAR_PERIODS[japanese][1:]]


def calendar_periods(text: str, source: str = "") -> list[CalendarPeriod]:
    """Each phrase of *text* that names a period of the calendar ("the end of the year", "year-end", "this
    summer", "weekend", "mid-May"), with what it holds ("month", "day" of the month, "weekday", Monday 0), its
    values, the days it is certain of and the month it names.

    Not a phrase before a noun, no preposition of time before it: it names a thing called after the period ("the
    weekend and holiday timetable", "the winter program"), as `holidays_named` reads "New Year's Eve soba"; nor one
    that translates the word of the *source* it glosses (冬の特別番組, "the special winter program"): the English
    then says what the source says, or by another word of the same period (年末年始 for "year-end"). Without JMdict
    only the parts of a month are read."""
    found = _month_parts(text, source)
    if not CALENDAR_STEMS.search(text):
        return found  # (JMdict is opened only for a text that may name a period: a merge of dates alone stays fast)
    try:
        pattern, phrases = _calendar_words()
    except ImportError:
        return found
    for match in pattern.finditer(text):
        if any(match.group() in period.phrase for period in found):
            continue  # "the end of the month", read with its part of a month
        words = _key(match.group())
        unit, values, certain, japanese = phrases.get(words) or phrases[(*words[:-1], words[-1][:-1])]  # weekends
        if any(word in source for word in _same_period(japanese)):
            continue
        before = re.search(r"([A-Za-z]+)[\s-]+$", text[: match.start()])
        after = re.match(r"(?:\s+(?:and|or)\s+[a-z]+)?\s+([a-z]+)\b", text[match.end() :])
        told = before is not None and before.group(1).lower() in _BEFORE_A_DAY | _THIS
        if after and after.group(1) not in _GRAMMAR and not told:
            continue  # "the weekend and holiday timetable", "year-end sale": a thing named after the period
        if words[-1] in _ALSO_VERBS and len(words) == 1 and not _a_season_noun(text, match.start()):
            continue
        if isinstance(values, bool):
            values = _weekend() if values else frozenset(range(7)) - _weekend()
        found.append(CalendarPeriod(match.group(), unit, values, certain))
    return found


def _a_season_noun(text: str, start: int) -> bool:
    """The word at *start* ("fall", "spring") stands as a season: after "this", "in the", "early"; not "hot"."""
    return _AS_A_SEASON.search(text[:start]) is not None and re.search(r"\bhot\s+$", text[:start], re.I) is None


@cache
def _weekend() -> frozenset[int]:
    """CLDR's English weekend (Babel), Monday 0: Saturday and Sunday."""
    from babel import Locale

    locale = Locale("en")
    start, end = locale.weekend_start, locale.weekend_end
    return frozenset(range(start, end + 1)) if start <= end else frozenset({*range(start, 7), *range(end + 1)})


def _weekday_of(date: tuple, weekday: int | None) -> int | None:
    if weekday is not None:
        return weekday
    year, month, day = (tuple(date) + (None, None, None))[:3]
    if year is None or month is None or day is None:
        return None
    try:
        return datetime.date(year, month, day).weekday()
    except (TypeError, ValueError):
        return None


def leaves_period(
    period: CalendarPeriod, old: tuple, old_weekday: int | None, new: tuple, new_weekday: int | None
) -> bool:
    """The new date (year, month, day) may be outside the *period* the English names beside the old one.

    A date of the period (its month, or its day of the month, in the period's values; in the month the phrase
    names) is moved out of it unless the new date is a day the phrase is certain of: any day of the band (a day
    of 11 to 20 for "mid-May", in May; a day of July for "summer"), else only the period's last or first day
    (December 31 for "the end of the year", the last day of its month for "the end of the month"), or the same
    day of the month in another month for a phrase that names no month ("the end of the month, March 25" →
    April 25 is as much its end). A date outside the period is another date the phrase does not speak of, or one
    the writer counted in it ("this summer, in September"): moved out only into another month (day) outside it.
    A weekday neither date writes nor its year tells is in the period only where the day moved by whole weeks,
    the year unchanged."""
    old_ymd, new_ymd = (tuple(old) + (None, None, None))[:3], (tuple(new) + (None, None, None))[:3]
    if period.unit == "month" or period.unit == "day":
        index = 1 if period.unit == "month" else 2
        moved = new_ymd[index]
        if _in_period(period, old_ymd):
            return not _certainly_in(period, old_ymd, new_ymd)
        if period.month is not None and old_ymd[1] is not None and old_ymd[1] != period.month:
            return False  # "mid-May" beside a date of June: another date
        return moved is not None and moved not in period.values and moved != old_ymd[index]
    weekday = _weekday_of(new_ymd, new_weekday)
    if weekday is not None:
        return weekday not in period.values and weekday != _weekday_of(old_ymd, old_weekday)
    return not _whole_weeks_apart(old_ymd, new_ymd)


def _in_period(period: CalendarPeriod, date: tuple) -> bool:
    """The date (year, month, day) is one the *period* may speak of: its month or day in the values, in the month
    the phrase names. A date without the unit (a month alone beside "mid-May") is, the safe reading."""
    _, month, day = date
    if period.month is not None and month is not None and month != period.month:
        return False
    held = month if period.unit == "month" else day
    return held is None or held in period.values


def _certainly_in(period: CalendarPeriod, old: tuple, new: tuple) -> bool:
    """The new date (year, month, day) is a day the *period* is certain of (`leaves_period`)."""
    year, month, day = new
    if period.month is not None and month != period.month:
        return False
    if period.certain == "band":
        held = month if period.unit == "month" else day
        return held is not None and held in period.values
    if period.unit == "month" and (month is None or month not in period.values):
        return False
    if day is None:
        # A month alone: the same month as the old date's ("the end of the year, December" kept), nothing else
        return old[2] is None and month == old[1]
    if period.unit == "day" and period.month is None and day == old[2] and old[1] != month:
        return True  # the same day of another month, the phrase naming none
    if period.certain == "first":
        return day == 1
    return _last_day_of(year, month, day)


def _last_day_of(year: int | None, month: int | None, day: int) -> bool:
    """*day* is the last of its month, in its year, or in every year where none is written (February 28 is not:
    a leap year has a 29th)."""
    if month is None:
        return False
    years = (year,) if year is not None else (2025, 2028)
    try:
        return all(calendar.monthrange(each, month)[1] == day for each in years)
    except (calendar.IllegalMonthError, TypeError):
        return False


def _whole_weeks_apart(old: tuple, new: tuple) -> bool:
    """Two dates of one unwritten year (month, day) fall on the same weekday in a common and in a leap year."""
    if None in old[1:] or None in new[1:] or old[0] != new[0]:
        return False
    try:
        return all(
            (datetime.date(year, *new[1:]) - datetime.date(year, *old[1:])).days % 7 == 0 for year in (2025, 2028)
        )
    except ValueError:
        return False


# The English nouns of an age group, each found as the English glosses JMdict gives a Japanese noun of one: 乳児
# "infant (below 1 year old)", 幼児 "toddler", "young child", 未就学児 "pre-schooler", 十代 "teens (10-19)", 未成年
# "minor", 成人 "adult", 高齢者, 老人 "old person", "senior citizen", シニア "senior". A band JMdict or the law gives
# the Japanese word is not what its English gloss means (幼児 runs to school age, 6, a "toddler" is about 1 to 3;
# 十代 is 10 to 19, a 10-year-old is no "teen"; "senior" starts anywhere from 50 to 65), so an age moved beside
# such a noun is a change (issue 21, red team 22). The one band held is English's own: the teens are the ages
# whose English names end in -teen, 13 to 19 (a hand supplement, documented in docs/catalogs.md). None: no band
# certain.
_AGE_BANDS: dict[str, tuple[int, int | None] | None] = {
    "乳児": None,
    "赤ちゃん": None,
    "幼児": None,
    "未就学児": None,
    "十代": (13, 19),
    "ティーンエイジャー": (13, 19),
    "未成年者": None,
    "児童": None,
    "成人": None,
    "高齢者": None,
    "老人": None,
    "年寄り": None,
    "シニア": None,
}
# Glosses too wide to name a band, or no noun of a person: "children" (児童) names a child of any age in a notice
# ("children aged 15 and under"), "juvenile" a young offender, "teenage" no person, "grownup" every adult, "aged"
# (老人's "the aged") is the English of an age itself ("aged 3 and under").
_WIDE_GLOSSES = frozenset({"children", "juvenile", "teenage", "grownup", "not of age", "person under age", "aged"})


@cache
def _age_words() -> tuple[re.Pattern[str], dict[tuple[str, ...], tuple[tuple[int, int | None] | None, str]]]:
    """The English nouns of the age groups (JMdict's glosses of _AGE_BANDS' words), one pattern, and each noun's
    band (or None) with the Japanese word it glosses."""
    bands: dict[tuple[str, ...], tuple[tuple[int, int | None] | None, str]] = {}
    for word, band in _AGE_BANDS.items():
        for entry in _entries_of(word, ""):
            for gloss in entry.senses[0].gloss:
                words = _gloss_words(gloss.text)
                if words and " ".join(words) not in _WIDE_GLOSSES and re.fullmatch(r"[a-z ]+", " ".join(words)):
                    bands.setdefault(words, (band, word))
                    if "-" in gloss.text:
                        bands.setdefault(("".join(words),), (band, word))  # "pre-schooler", "preschooler"
    plurals = {(*words[:-1], words[-1][:-1] + "ies"): band for words, band in bands.items() if words[-1][-1] == "y"}
    return _phrase_pattern([*bands, *plurals], "s|es|ren"), {**bands, **plurals}


def age_groups(text: str, source: str = "") -> list[tuple[str, tuple[int, int | None] | None]]:
    """Each noun of *text* that names an age group ("toddlers", "infants", "senior citizens", "teens"), with its
    band in whole years where English's own is certain (`_AGE_BANDS`), else None; not one that translates the
    word of the *source* it glosses (幼児（6歳以下）, "toddlers (6 and under)": the English says what the source
    says), nor a singular before a noun ("the adult fare"). Empty without JMdict."""
    if not AGE_STEMS.search(text):
        return []
    try:
        pattern, bands = _age_words()
    except ImportError:
        return []
    found = []
    own: set[tuple[str, ...]] | None = None
    for match in pattern.finditer(text):
        words = _key(match.group())
        last = words[-1]
        for singular in (last, last[:-1], last[:-2], last[:-3]):  # -s, -es, -ren
            if (entry := bands.get((*words[:-1], singular))) is not None:
                band, japanese = entry
                if own is None:
                    own = _source_glosses(source)
                said = japanese in source or (*words[:-1], singular) in own
                if not said and not (singular == last and _before_a_noun(text, match.end())):
                    found.append((match.group(), band))
                break
    return found


def _source_glosses(source: str) -> set[tuple[str, ...]]:
    """The glosses of JMdict's first sense of each noun of *source*, as words: an English age group among them
    translates the source's own noun ("adults" for 大人, though _AGE_BANDS glosses 成人), no age it leaves."""
    from kokuchi.language.morphology import analyze
    from kokuchi.language.synonyms import first_sense_glosses

    nouns = {morph.text for morph in analyze(source) or () if morph.pos_is("名詞", "普通名詞")}
    return {_gloss_words(gloss) for noun in nouns for gloss in first_sense_glosses(noun)}


# Words after an age group's noun that keep it the noun of a person ("adult aged 18", "infant under 1").
_AFTER_A_PERSON = frozenset({"aged", "under", "over", "and", "or"})


def _before_a_noun(text: str, end: int) -> bool:
    """The singular noun ending at *end* stands before a word that is no word of grammar: it names a thing called
    after the age group ("the adult fare", "a senior discount", "Infant Seats"), whose ages the notice itself sets;
    English writes the people as a plural ("Adults pay", "Toddlers ride free") or with an article."""
    after = re.match(r" ([A-Za-z]+)\b", text[end:])
    return after is not None and after.group(1).lower() not in _GRAMMAR | _AFTER_A_PERSON


def in_band(age: int, band: tuple[int, int | None]) -> bool:
    """*age*, in whole years, is in the *band* (lowest, highest or None)."""
    low, high = band
    return low <= age and (high is None or age <= high)
