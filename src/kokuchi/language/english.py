"""How an English translation writes the entities of its source: read in one pass, rewritten in place.

The English reader finds every date, clock time, duration, ordinal, number,
phone number, ID, version and URL of a text (as a reader sees it: full-width
forms folded, invisible format characters dropped) and gives each *keys* in
the same space as the Japanese entities' (language/entities.py): July 18,
2023, 18 July 2023, 2023-07-18 and Jul 18 are one date; 12:00 AM, midnight,
00:00 and 24:00 one time; the 27th a day; mid-October a month; "within 90
days" a duration with its relation. Month and weekday names come from Babel
(CLDR), not from a list here.

Each mention also says whether the source must account for it (``checked``):
every value written in digits, a clock time, a duration of two or more. Words
that may be numbers or not ("a", "first", "one of") are read for the source's
sake only.

``replacement`` writes a mention anew for another value in the translator's
own form (9:00 AM → 9:00 PM, never 21:00 AM; Wednesday, February 14 →
Thursday, February 15; "the 6th" → "the 7th"; "one hour" → "two hours"), or
says it cannot (None), so that an auto-update declines.
"""

from __future__ import annotations

import calendar
import datetime as _dt
import re
from decimal import Decimal
from functools import cache, lru_cache
from typing import Any, NamedTuple

from kokuchi.language.entities import (
    LATIN_PATTERNS,
    Candidates,
    Compiled,
    Entity,
    borne,
    combine,
    date_keys,
    digits_key,
    duration_amount,
    duration_keys,
    number_key,
    part_keys,
    scan,
    visible,
)

NUMBER_WORDS = {
    1: "one",
    2: "two",
    3: "three",
    4: "four",
    5: "five",
    6: "six",
    7: "seven",
    8: "eight",
    9: "nine",
    10: "ten",
    11: "eleven",
    12: "twelve",
    15: "fifteen",
    20: "twenty",
    24: "twenty-four",
    30: "thirty",
    45: "forty-five",
    60: "sixty",
    90: "ninety",
}
ORDINAL_WORDS = {
    1: "first",
    2: "second",
    3: "third",
    4: "fourth",
    5: "fifth",
    6: "sixth",
    7: "seventh",
    8: "eighth",
    9: "ninth",
    10: "tenth",
    11: "eleventh",
    12: "twelfth",
}
FRACTION_WORDS = {
    (1, 2): "one-half",
    (1, 3): "one-third",
    (2, 3): "two-thirds",
    (1, 4): "one-quarter",
    (3, 4): "three-quarters",
    (1, 5): "one-fifth",
    (1, 10): "one-tenth",
}
# Small numbers an English sentence often says without a numeral: 1件 → "a", 1日あたり → "daily", 2点 → "both".
LOOSE_WORDS = {
    0: ("zero", "no", "none"),
    1: (
        "a",
        "an",
        "single",
        "first",
        "once",
        "per",
        "each",
        "every",
        "daily",
        "hourly",
        "weekly",
        "monthly",
        "yearly",
        "annual",
        "annually",
        "fortnightly",
        "quarterly",
    ),
    2: ("both", "second", "twice", "double", "dual", "pair"),
    3: ("third", "three", "thrice", "triple", "treble"),
    # 20代, 30代: an age's decade, "in their twenties" (the plural of the tens' names, a closed class of English).
    **{
        10 * tens: (f"{name}ies",)
        for tens, name in enumerate("twent thirt fort fift sixt sevent eight ninet".split(), 2)
    },
}
# The adverbs of frequency that start a compound adjective (a twice-weekly class, once-monthly, thrice-daily): the
# compound says the count and its unit (twice-daily: 2 a day). A count written "N-times" (a three-times-a-week
# course) is the same. A closed class of English, not in Babel or JMdict's glosses (a documented supplement).
_FREQUENCY_ADVERBS = frozenset({"once", "twice", "thrice"})


# A number that may name rather than count: after a capitalized word (Flight, Gate, Room) or No./#.
@cache
def _label() -> re.Pattern[str]:
    return re.compile(r"(?:\b[A-Z][a-z]+|\bNo\.|#)\s?$")


_SCALES = {"thousand": 1000, "million": 1_000_000, "billion": 1_000_000_000}
_COMPACT = {"K": 1000, "M": 1_000_000, "B": 1_000_000_000}  # CLDR en's short compact decimal: ¥100K, ¥2M, ¥3B
# The tens and teens English spells past twelve; a number between (forty-two) is its ten and a unit joined by a
# hyphen, as inflect writes it. What each word is worth is inflect's to say (_word_values).
_TENS_AND_TEENS = (
    "thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty "
    "ninety".split()
)


@cache
def _word_values() -> dict[str, int]:
    """Each number from one to ninety-nine as inflect spells it (forty-two) → its value."""
    return {str(inflect_engine().number_to_words(n)): n for n in range(1, 100)}


_SMALL_WORD_VALUES = {word: value for value, word in NUMBER_WORDS.items() if value <= 12}


def word_value(word: str) -> int | None:
    """The value of a number spelt out in one word from one to ninety-nine, any case ("Forty-two": 42)."""
    word = word.lower()
    if word in _SMALL_WORD_VALUES:
        return _SMALL_WORD_VALUES[word]  # (twelve and below without loading inflect)
    return _word_values().get(word) if word.split("-")[0] in _TENS_AND_TEENS else None


_ORDINAL_VALUES = {word: value for value, word in ORDINAL_WORDS.items()}
# The ordinals past twelfth as English spells them: a teen's or a ten's with "th" ("fifteenth", "twentieth"), or a
# ten and a unit's ordinal joined by a hyphen ("twenty-fifth"); what each is worth, inflect's (``ordinal_value``).
_LARGE_ORDINAL = (
    rf"(?:{'|'.join(_TENS_AND_TEENS[:7])})th|(?:{'|'.join(t[:-1] for t in _TENS_AND_TEENS[7:])})ieth"
    rf"|(?:{'|'.join(_TENS_AND_TEENS[7:])})-(?:{'|'.join(ORDINAL_WORDS[n] for n in range(1, 10))})"
)


@cache
def _large_ordinal_values() -> dict[str, int]:
    engine = inflect_engine()
    return {str(engine.ordinal(engine.number_to_words(n))): n for n in range(13, 100)}


def ordinal_value(word: str) -> int | None:
    """The value of an ordinal spelt out in one word up to ninety-ninth, any case ("Twenty-fifth": 25)."""
    word = word.lower()
    return _ORDINAL_VALUES.get(word) or _large_ordinal_values().get(word)


_RELATION_BEFORE = {
    "within": "within",
    "for": "for",
    "after": "after",
    "at least": "at least",
    "a minimum of": "at least",
    "minimum of": "at least",
    "no less than": "at least",
    "not less than": "at least",
    "no fewer than": "at least",
    "not under": "at least",
    "upwards of": "at least",
    "every": "per",
    # the 6 hours before surgery: a span bounded from an event (with "before" or "after" after it), else a span
    "in the": "for",
    "during the": "for",
    "over the": "for",
    "for the": "for",
}
_RELATION_AFTER = {
    "later": "after",
    "after": "after",
    "from now": "after",
    "ago": "before",
    "before": "before",
    "earlier": "before",
    "in advance": "before",
    "beforehand": "before",
    "prior": "before",
    "ahead": "before",
    "or more": "at least",
    "or longer": "at least",
    # a bound said after the span: 2 business days max, 30 minutes at most (以内, 最大); 3 days minimum (最短, 以上)
    "max": "within",
    "tops": "within",
    "maximum": "within",
    "at most": "within",
    "at the most": "within",
    "or less": "within",
    "or fewer": "within",
    "or under": "within",
    "or below": "within",
    "or shorter": "within",
    "at the latest": "within",  # 2 business days at the latest: by then
    "at the earliest": "at least",  # 2 business days at the earliest: no sooner (最短)
    "minimum": "at least",
    "at minimum": "at least",
    "at a minimum": "at least",
    "at least": "at least",
    "at the least": "at least",
    "at the very least": "at least",
    # once eight days have passed since it arrived: the act after the span, "8 days after"
    "have passed": "after",
    "has passed": "after",
    "have elapsed": "after",
    "has elapsed": "after",
    "have gone by": "after",
    "has gone by": "after",
}
_UNIT_NAMES = {
    "second": "second",
    "seconds": "second",
    "sec": "second",
    "secs": "second",
    "minute": "minute",
    "minutes": "minute",
    "min": "minute",
    "mins": "minute",
    "hour": "hour",
    "hours": "hour",
    "hr": "hour",
    "hrs": "hour",
    "day": "day",
    "days": "day",
    "week": "week",
    "weeks": "week",
    "month": "month",
    "months": "month",
    "year": "year",
    "years": "year",
    # (3営業日: days the business is open, as English names them)
    "business day": "business day",
    "business days": "business day",
    "working day": "business day",
    "working days": "business day",
    "opening day": "business day",
    "opening days": "business day",
    "clinic day": "business day",
    "clinic days": "business day",
    "consultation day": "business day",
    "consultation days": "business day",
}


def _unit_key(said: str) -> str:
    """An English unit word as _UNIT_NAMES spells it ("Days", "business-days", "working  days")."""
    return " ".join(said.lower().replace("-", " ").split())


def _unit_name(said: str) -> str:
    """The unit an English unit word names."""
    return _UNIT_NAMES[_unit_key(said)]


ENGLISH_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
ENGLISH_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")  # Monday is 0


@cache
def _names() -> tuple[dict[str, int], dict[str, int], list[str], list[str], list[str], list[str]]:
    """Month and weekday names from CLDR: name → number, and the names in order (wide, abbreviated).

    CLDR's English names (Babel's, locale en) written out: loading Babel's locale
    data took ~16 ms of a catalog merge's start-up. tests/language/test_english_names.py
    compares them with Babel's."""
    wide_months = list(ENGLISH_MONTHS)
    short_months = [name[:3] for name in ENGLISH_MONTHS]
    wide_days = list(ENGLISH_DAYS)
    short_days = [name[:3] for name in ENGLISH_DAYS]
    months = {name: index + 1 for index, name in enumerate(wide_months)}
    months.update({name: index + 1 for index, name in enumerate(short_months)})
    months["Sept"] = 9
    days = {name: index for index, name in enumerate(wide_days)}
    days.update({name: index for index, name in enumerate(short_days)})
    days.update({"Tues": 1, "Thur": 3, "Thurs": 3})
    return months, days, wide_months, short_months, wide_days, short_days


# CLDR's English day periods as a clock time's words name them ("in the afternoon": afternoon1), written out:
# Babel's locale data loaded to read four names cost a catalog merge's start-up about a sixth of its work, since
# every English text read compiles this pattern. tests/language/test_english_names.py compares them with Babel's.
_DAY_PERIOD_PHRASES = {
    "in the morning": "morning1",
    "in the afternoon": "afternoon1",
    "in the evening": "evening1",
    "at night": "night1",
}


def _day_period_phrases() -> dict[str, str]:
    return _DAY_PERIOD_PHRASES


def _in_period(hour: int, minute: int, period: str) -> bool:
    """The clock time lies in CLDR's English day period (night1 runs past midnight, 21:00 to 6:00)."""
    from babel import Locale

    moment = (hour * 60 + minute) * 60  # CLDR's rules count seconds
    for span in Locale("en").day_period_rules[None][period]:
        start, before = span["from"], span["before"]
        if (start <= moment < before) if start < before else (moment >= start or moment < before):
            return True
    return False


def _alternation(names) -> str:
    return "|".join(re.escape(name) for name in sorted(names, key=len, reverse=True))


@cache
def weekday_ranges() -> re.Pattern[str]:
    """A range of weekdays as English writes it, full or abbreviated (Monday to Friday, Mon–Sat, Tues. through Fri.):
    groups ``first`` and ``last``, each a name ``weekday_index`` reads."""
    days = _alternation(_names()[1])
    return re.compile(
        rf"\b(?P<first>{days})\.?s?\s*(?:to|through|thru|until|till|[-–—~])\s*(?P<last>{days})\.?s?(?![A-Za-z])"
    )


@cache
def weekdays_excepted() -> re.Pattern[str]:
    """Every day but some weekdays, as English writes it ("every day except Sunday", "daily except Saturdays and
    Sundays"): groups ``first`` and ``second``, each a name ``weekday_index`` reads (the second may be absent)."""
    days = _alternation(_names()[1])
    return re.compile(
        rf"(?i:\b(?:every\s+day|daily|all\s+week)\s*,?\s+(?:except|but|other\s+than)\s+(?:on\s+)?)"
        rf"(?P<first>{days})\.?s?(?:\s*(?:,|and|&|or)\s*(?P<second>{days})\.?s?)?(?![A-Za-z])"
    )


def weekday_index(name: str) -> int:
    """The weekday (0 Monday) of a CLDR English name, full or abbreviated (Friday, Fri, Thurs)."""
    return _names()[1][name]


_UNIT_WORDS = "|".join(NUMBER_WORDS[n] for n in range(1, 10))
# A number spelt out, one to ninety-nine: a ten and its unit joined by a hyphen (twenty-five; never "twenty" of
# "twenty-five" alone), a teen, one to twelve.
_COUNT_WORD = (
    rf"(?:{'|'.join(_TENS_AND_TEENS[7:])})(?:-(?:{_UNIT_WORDS}))?(?!\w|-(?:{_UNIT_WORDS})\b)"
    rf"|{'|'.join(_TENS_AND_TEENS[:7])}|{'|'.join(NUMBER_WORDS[n] for n in range(1, 13))}"
)
# The same, or an article (an hour, a week).
_NUMBER_WORD = rf"(?i:{_COUNT_WORD}|an?)"
# No unit of measure after a number (a length, a weight, a share), so that two decimals joined are clock times.
_NO_UNIT_AFTER = (
    r"(?!\s*(?:m|cm|mm|km|kg|g|mg|t|l|ml|metres?|meters?|centimet\w*|millimet\w*|kilo\w*|litres?|liters?|miles?"
    r"|inch\w*|feet|foot|ft|lbs?|pounds?|tons?|tonnes?|yen|%|°|percent|per\s+cent)\b|\s*[%°])"
)
_POST = (
    r"(?i:later|after|from now|ago|before|earlier|in advance|beforehand|prior|ahead|or more|or longer"
    r"|max(?:imum)?\b|tops\b|at\s+(?:the\s+)?most|or\s+(?:less|fewer|under|below|shorter)|(?:at\s+(?:a\s+)?)?minimum\b"
    r"|at\s+(?:the\s+)?(?:very\s+)?least|at\s+the\s+(?:latest|earliest)"
    r"|(?:have|has)\s+(?:passed|elapsed|gone\s+by))"
)
_UNIT = (
    r"(?i:seconds?|secs?|minutes?|mins?|hours?|hrs?|(?:business|working|opening|clinic|consultation)[\s-]+days?"
    r"|days?|weeks?|months?|years?)"
)


@cache
def _patterns() -> tuple[list[tuple[str, str]], Candidates, Compiled]:
    months, days, wide_months, _, wide_days, short_days = _names()
    mon = _alternation(months)
    wd = _alternation(days)
    day = r"(?P<d>\d{1,2})(?P<suf>st|nd|rd|th)?(?![\d])(?!:\d)"  # (not 12:30, a time; "December 12: doors")
    # (31 Mar '27: the year in two digits after an apostrophe, 20xx)
    year = r"(?:,?\s+(?P<y>\d{4})(?!\d)|\s+['’](?P<yy>\d{2})(?![\d'’]))?"
    # A month alone by its full name, or abbreviated with its period (mid-Oct., in Sept.): "Mar" or "Jan"
    # without one may be a word or a name.
    abbreviated = [name for name in list(months) if name not in wide_months]
    month_only = _alternation([name for name in wide_months if name != "May"] + ["Sept"])
    # (an abbreviation takes its full stop, or stands at an end of a range of two: Oct–Mar)
    abbreviations = _alternation(abbreviated)
    month_only = (
        rf"(?:{month_only}|(?:{abbreviations})(?=\.)|(?:{abbreviations})(?=\s?[–—-]\s?(?:{abbreviations})\b)"
        rf"|(?<=[–—-])(?:{abbreviations})\b(?!\.?\s*\d{{1,2}}\b))"
    )
    abbreviated_end = "(?:" + "|".join(f"(?<={name})" for name in abbreviated) + ")"  # Mar. 2026
    # "May" is a month after a preposition or before a year; elsewhere it may be the verb.
    may_after = "|".join(
        f"(?<={word} )" for word in ("in", "In", "by", "By", "of", "until", "from", "From", "during", "early", "late")
    )
    may_after += "|(?<=mid-)"
    # Optional ends of patterns (combine's tails): the end of a range of days, a weekday in parentheses after a
    # date, the year after a month, the minutes after hours, the word after a duration (later, ago), a scale
    # after a number.
    range_after = (
        rf"(?:\s*(?:–|—|-|to|through|until|till)\s*(?:(?P<wd2>{wd})\.?,?\s+)?(?:(?P<mon2>{mon})\.?\s+)?"
        # (never a clock time: "August 14 until 10 p.m." ends at an hour of the 14th, not on the 10th)
        r"(?P<d2>\d{1,2})(?P<suf2>st|nd|rd|th)?(?![\d:])(?!\s*(?:[AaPp]\.?[Mm]\b|o['’]clock)))?"
    )
    # (Fri., holiday): the weekday and the holiday mark a Japanese date writes as (金・祝).
    holiday = r"(?:\s*[,/]\s*(?P<hol>(?i:(?:national\s+|public\s+)?holiday)))?"
    weekday_after = rf"(?:\s*\((?P<wd3>{wd})\.?{holiday}\))?"
    month_year = rf"(?:(?:{abbreviated_end}\.)?\s+(?P<y>\d{{4}})(?!\d))?"
    half_after = r"(?P<bhalf>\s+and\s+a\s+half)?"
    minutes_after = (
        rf"(?:(?:,?\s+and)?\s+(?P<n2>\d+|{_NUMBER_WORD})(?:\s+|-)(?P<unit2>(?i:minutes?|mins?|seconds?|secs?))"
        r"(?![A-Za-z]))?"
    )
    # (a week's notice, 10 days' notice: given that long before; 1週間前までにご連絡ください)
    # (a bound, then the side of the event it is counted from: "90 days or less before the wedding", within them;
    # "21 days or more before departure", a deadline)
    # (the last word of each bound _RELATION_AFTER reads, a lookbehind of its own: each is of one width)
    bounds = {said.split()[-1] for said, relation in _RELATION_AFTER.items() if relation in ("within", "at least")}
    bound_said = "|".join(f"(?<={word})" for word in sorted(bounds))
    side = rf"(?:(?:{bound_said})\s+(?P<side>(?i:before|after|prior|ahead|earlier|later|in\s+advance|beforehand)))?"
    post = rf"(?:\s+(?P<post>{_POST}){side}|(?P<notice>['’]s?\s+notice\b))?"
    or_so = r"(?P<orso>\s+or\s+so\b)?"  # (two weeks or so before: about then)
    clock_range = (
        # (never an age: "those under 18 until 10:00 p.m.")
        r"(?<!under )(?<!over )(?<!aged )(?<!ages )(?<!age )(?P<rh>\d{{1,2}})(?:[:.](?P<rm>\d{{2}}))?"
        r"(?=(?:{joined})(?:(?P<rh2>\d{{1,2}})(?:[:.]\d{{2}})?[ \u202f\u00a0]?"
        # (9 to 12 noon, 10–noon: a first end before noon is in the morning)
        r"(?P<rampm>[AaPp])(?:[Mm]\b|\.[Mm]\.?)|(?:12\s+)?(?P<rnoon>(?i:noon|midday))\b))"
    )
    # from 9 to 5 (business hours, below): two bare hours, each end in either half of the day
    bare_hours = (
        # (from 11.30 to 12.30: minutes after a full stop, as British English writes a bare time; never after a
        # colon, which the 24-hour clock reads exactly)
        r"(?P<bh>1[0-2]|[1-9])(?:\.(?P<bhm>[0-5]\d))?(?:{joined})(?P<bh2>1[0-2]|[1-9])(?:\.(?P<bhm2>[0-5]\d)|(?![.:]\d))"
        r"(?=\s*(?:$|[.,;)!?]|\s(?:on|every|daily|each|and|except|at|in|during)\b"
        rf"|\s(?:{_alternation(days)})\b))"
    )
    scale = r"(?:\s(?P<scale>thousand|million|billion)\b)?"
    patterns = [
        LATIN_PATTERNS[0],
        # around the clock, 24/7 (24時間, 24時間365日): a span of 24 hours said without its unit, read before the
        # dates and numbers ("24/7" is no date). Only that span, as a "for" (24時間以内 is not around the clock).
        ("duration", r"(?<![\w/])(?P<clock>(?i:a?round[-\s]the[-\s]clock)|24\s?/\s?7)(?![\w/])"),
        # 7 days a week, 365 days a year: every day (年中無休, 毎日), the span said with the period it fills.
        (
            "duration",
            r"(?<![\w-])(?P<everyday>(?P<ed_n>7|seven)\s+days\s+a\s+week|(?P<ed_y>365)\s+days\s+a\s+year)(?![\w-])",
        ),
        # under one, under-ones, under a year (0歳, 0歳児): the age before the first birthday, no number to account for.
        ("number", r"(?<![\w-])(?P<age0>(?i:under[-\s](?:one|1|a\s+year)(?:\s+years?\s+old)?|under-ones))(?![\w-])"),
        # 2026/27, 2026–27: a fiscal year as British English writes it (2026年度), the second year the next one's
        # last digits.
        ("number", r"(?<![\d/.–-])(?P<fy>(?:19|20)\d\d)[/–-](?P<fy2>\d\d)(?![\d/–-])"),
        # the 2026–2027 school year: the same with both years whole, only before the year it names
        (
            "number",
            r"(?<![\d/.–-])(?P<fy>(?:19|20)\d\d)\s*[/–-]\s*(?P<fy2>(?:19|20)\d\d)"
            r"(?=\s+(?i:school|academic|fiscal|financial|business)\s+year\b)",
        ),
        ("date", r"(?<![\d.])(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})(?![\d])"),
        ("date", r"(?<![\d.])(?P<y>\d{4})/(?P<m>\d{1,2})/(?P<d>\d{1,2})(?![\d])"),
        # 7/18/2023 as American English writes it; 18/7/2023 only when the first number cannot be a month.
        ("date", r"(?<![\d./])(?P<m>1[0-2]|0?[1-9])/(?P<d>3[01]|[12]\d|0?[1-9])/(?P<y>\d{4})(?![\d/])"),
        ("date", r"(?<![\d./])(?P<d>1[3-9]|2\d|3[01])/(?P<m>1[0-2]|0?[1-9])/(?P<y>\d{4})(?![\d/])"),
        # 3/7/26: CLDR's short date of en_US, the year in two digits (20xx).
        ("date", r"(?<![\d./])(?P<m>1[0-2]|0?[1-9])/(?P<d>3[01]|[12]\d|0?[1-9])/(?P<yy>\d{2})(?![\d/])"),
        (
            "date",
            rf"(?:(?P<wd>{wd})\.?,?\s+)?(?:the\s+)?(?P<mon>{mon})\.?\s+{day}{range_after}{year}{weekday_after}",
        ),
        # 8–10 July, 8 to 10 July 2026: a range of days written once before its month.
        (
            "date",
            # (Mon 16 – Fri 20 February, Sun. 20 and Mon. 21 September: each day may follow its weekday, as
            # British English writes it, and two days may be joined by "and")
            rf"(?<![\d.,/:])(?:(?<![\w])(?P<wd>{wd})\.?,?\s+)?(?P<d>\d{{1,2}})(?P<suf>st|nd|rd|th)?"
            rf"\s*(?:–|—|-|\s(?:to|through|until|till)\s|(?<=[\dhdt])\s(?:and|&)\s)\s*"
            rf"(?:(?P<wd2>{wd})\.?,?\s+)?"
            # (from the 8th to the 22nd of January: the second ordinal may take its article too)
            rf"(?:(?<=\s)the\s+(?=\d{{1,2}}(?:st|nd|rd|th)))?(?P<d2>\d{{1,2}})(?P<suf2>st|nd|rd|th)?\s+(?:of\s+)?(?P<mon>{mon})\b\.?{year}",
        ),
        ("date", rf"(?:(?P<wd>{wd})\.?,?\s+)?(?:the\s+)?{day}\s+(?:of\s+)?(?P<mon>{mon})\b\.?{year}"),
        # the last day of February 2027: the month's last day, as the calendar gives it (February's only with its year)
        (
            "date",
            rf"(?:(?P<wd>{wd})\.?,?\s+)?(?i:the\s+)?(?P<lastday>(?i:last))\s+day\s+of\s+(?P<mon>{mon})\b\.?{year}",
        ),
        (
            "month",
            r"(?:(?P<part>(?i:mid|early|late))(?P<psep>[-\s]+)"
            r"|(?P<partof>(?i:(?:the\s+)?(?:beginning|start|middle|end|(?:latter|last|early|first)\s+part)))\s+of\s+)?"
            rf"(?:(?P<mon>{month_only})|(?:{may_after})(?P<may>May)"
            rf"|(?P<may2>May)(?=\s+\d{{4}}|\s*(?:–|—|-|to |through |until )\s*(?:{month_only}))"
            r"|(?<=[a-z,;(–—] )(?P<may3>May)(?=[\s.,;:!?)–—-]|$))(?![A-Za-z])"
            # (not a month before its day: "the end of May 31" is May 31, at its end)
            r"(?!\.?\s+\d{1,2}(?:st|nd|rd|th)?(?![\d:]))"
            rf"{month_year}",
        ),
        ("date", r"(?<![\d./:])(?P<m>1[0-2]|0?[1-9])/(?P<d>3[01]|[12]\d|0?[1-9])(?![\d/])"),
        # Sunday the 5th: a day of the month named with its weekday (5日(日)), the month said elsewhere.
        ("date", rf"(?P<wd>{_alternation(wide_days)}),?\s+the\s+(?P<d>\d{{1,2}})(?P<suf>st|nd|rd|th)(?![\dA-Za-z:])"),
        # A weekday alone (every Saturday, on Saturdays): its full name only ("Sun" and "Sat" are words too).
        (
            "weekday",
            rf"\b(?P<wday>{_alternation(wide_days)})(?P<plural>s)?\b"
            rf"|(?<=\()\s*(?P<wdab>{_alternation(short_days)})\.?\s*(?=\))",
        ),
        # 9–11 AM, from 2:00 to 5:00 PM: the first end takes the half of the day from the second; so does the
        # first of two times offered as a choice ("at 6:00 or 8:00 p.m.").
        ("time", r"(?<![\d:.,])" + clock_range.format(joined=r"\s*[–—-]\s*|\s+(?:to|until|till|through|or)\s+")),
        # between 7 and 9 AM: the same range, joined by "and" after "between"
        ("time", r"(?<=\b[Bb]etween )" + clock_range.format(joined=r"\s+and\s+")),
        # from 9 to 5, open weekdays, 9 to 3: business hours as English says them, two bare hours joined. Each end
        # meets its hour in either half of the day; the numbers stay numbers the source must account for, so the
        # reading only adds what a time can meet (never a value the translation may add unchecked). Not before
        # a word that may be counted ("9 to 12 people"), only before the end of a clause, a weekday or a
        # preposition that starts one.
        (
            "time",
            # (from 10 until 6: "until" and "till" join the two ends as "to" does; "weekdays 10–12 and 1–5", "Sat
            # 9–12": after the days they are kept on, or after "and" joining a second pair of hours)
            r"(?:(?<=\b[Ff]rom )|(?<=[,:] )|(?<=\bopen )|(?<=\bweekdays )|(?<=\bweekends )|(?<=\bdaily )"
            r"|(?<=\band )|(?<=day )|(?<=\bMon )|(?<=\bTue )|(?<=\bWed )|(?<=\bThu )|(?<=\bFri )|(?<=\bSat )"
            r"|(?<=\bSun ))" + bare_hours.format(joined=r"\s*[–—]\s*|\s+(?:to|until|till)\s+"),
        ),
        ("time", r"(?<=\b[Bb]etween )" + bare_hours.format(joined=r"\s+and\s+")),
        # 3 in the afternoon, 9 o'clock at night: a clock time with CLDR's English day period (its format names).
        (
            "time",
            # (after a word that takes a time: "one in the morning and one in the afternoon" counts sessions)
            r"(?:(?<=\b[Aa]t )|(?<=\b[Uu]ntil )|(?<=\btill )|(?<=\b[Ff]rom )|(?<=\b[Bb]y )|(?<=\b[Bb]efore )"
            r"|(?<=\b[Aa]fter )|(?<=\baround )|(?<=\babout )|(?<=\bto )|(?<=\bpast ))"
            rf"(?P<ph>\d{{1,2}}|(?i:{'|'.join(NUMBER_WORDS[n] for n in range(1, 13))}))"
            r"(?::(?P<pmin>\d{2}))?(?:\s*o['’]clock)?"
            rf"\s+(?P<period>{_alternation(_day_period_phrases())})\b",
        ),
        # half past two, a quarter to ten in the evening, 20 minutes past 3: the hour said with the minutes
        # before or after it (an English idiom CLDR has no format for); the half of the day as the day
        # period after it says, else either ("half past two": 2:30 or 14:30, as o'clock is).
        (
            "time",
            r"(?<![\w-])(?P<qm>(?i:half|(?:a\s+)?quarter|(?:\d{1,2}|five|ten|twenty|twenty-five)\s+minutes))"
            r"\s+(?P<qdir>past|to)\s+"
            rf"(?P<qh>\d{{1,2}}|(?i:{'|'.join(NUMBER_WORDS[n] for n in range(1, 13))}))(?![\w:.,]\d|\w)"
            r"(?:\s*o['’]clock)?"
            rf"(?:\s+(?P<qperiod>{_alternation(_day_period_phrases())})\b)?",
        ),
        # ten to six in the evening: the minutes said without their word, only before a part of the day (never
        # after "from" or "between": "from ten to six" is a range of hours)
        (
            "time",
            r"(?<![\w-])(?<!from )(?<!between )(?P<qm>(?i:five|ten|twenty|twenty-five))\s+(?P<qdir>past|to)\s+"
            rf"(?P<qh>\d{{1,2}}|(?i:{'|'.join(NUMBER_WORDS[n] for n in range(1, 13))}))(?![\w:.,]\d|\w)"
            rf"\s+(?P<qperiod>{_alternation(_day_period_phrases())})\b",
        ),
        ("time", rf"(?<![\d:.,])(?P<oh>\d{{1,2}}|{_NUMBER_WORD})\s*o['’]clock\b"),
        (
            "time",
            # (3:00:00 PM, 15:00:00: CLDR's medium time, its seconds zero, say the minute)
            # (7.30pm: the minutes after a full stop, as British English writes a time with its half of the day)
            r"(?<![\d:.,])(?P<h>\d{1,2})(?:(?P<msep>[:.])(?P<m>\d{1,2})(?::00)?)?(?P<space>[ \u202f\u00a0]?)"
            r"(?P<ampm>[AaPp](?:[Mm]\b|\.[Mm]\.?))",
        ),
        ("time", r"(?<![\d:.,])(?P<h24>\d{1,2}):(?P<m24>\d{2})(?::00)?(?![\d:])"),
        # closes at 17.00, from 9.30: a 24-hour time with a full stop, as British English writes it; only after a
        # word that takes a time (17.50 alone may be a price or a version; "6.30 to 8.15 metres", lengths)
        (
            "time",
            r"(?:(?<=\b[Aa]t )|(?<=\b[Uu]ntil )|(?<=\btill )|(?<=\b[Ff]rom )|(?<=\b[Bb]y )|(?<=\b[Bb]efore )"
            r"|(?<=\b[Aa]fter ))(?P<h24>[01]?\d|2[0-9])\.(?P<m24>[0-5]\d)(?!\d|\.\d|\s*[AaPp]\.?[Mm]\b)",
        ),
        # 9.30–17.00, 9.00 to 17.00: two such times as a range, each end a clock (a range of lengths or weights,
        # "6.30 to 8.15 metres", names its unit after it)
        (
            "time",
            r"(?<![\d.:,])(?P<h24>[01]?\d|2[0-9])\.(?P<m24>[0-5]\d)"
            rf"(?=\s*(?:[–—-]|to|until|till)\s*(?:[01]?\d|2[0-9])\.[0-5]\d(?!\d|\.\d){_NO_UNIT_AFTER})",
        ),
        (
            "time",
            r"(?:(?<=\d\.\d\d[–—-])|(?<=\d\.\d\d [–—-] )|(?<=\d\.\d\d to )|(?<=\d\.\d\d until )"
            r"|(?<=\d\.\d\d till ))"
            rf"(?P<h24>[01]?\d|2[0-9])\.(?P<m24>[0-5]\d)(?!\d|\.\d){_NO_UNIT_AFTER}",
        ),
        ("time", r"\b(?P<word>(?i:noon|midday|midnight))\b"),
        # A time zone named by its offset (JST, UTC+9): a label, not a value of the notice.
        ("zone", r"\b(?:UTC|GMT)\s?[+\u2212-]\s?\d{1,2}(?::?\d{2})?(?![\d:])"),
        (
            "duration",
            # (expires after 10 minutes: a validity, the span it lasts, 10分間有効; the first 3 days: a span from
            # the start, whatever follows it, 最初の3日間)
            r"(?<![A-Za-z0-9.])(?:(?<=\b[Ff]irst )(?P<first>))?"
            r"(?:(?P<rel>(?i:within|for(?:\s+the)?|after|at least|(?:a\s+)?minimum\s+of|(?:no|not)\s+less\s+than"
            r"|no\s+fewer\s+than|not\s+under|upwards\s+of"
            r"|(?:in|during|over)\s+the|every"
            r"|(?:expires?|expiring)\s+after))\s+)?"
            r"(?:(?P<degree>(?i:about|approximately|around|roughly|some|nearly|almost|up to|at most|more than"
            r"|no more than|not more than|no longer than|not longer than|no later than|no earlier than|not earlier than"
            r"|a maximum of|maximum of"
            r"|a max\.? of"
            r"|less than|over|under))\s+)?"
            rf"(?P<n>\d{{1,3}}(?:,\d{{3}})+|\d+(?:\.\d+)?|{_NUMBER_WORD})(?P<ahalf>\s+and\s+a\s+half)?"
            # (3 or more hours: at least, 3時間以上)
            r"(?P<ormore>\s+or\s+(?i:more|longer))?"
            rf"(?P<sep>\s+|-)(?P<unit>{_UNIT})(?![A-Za-z])" + half_after + minutes_after + or_so + post,
        ),
        # between 60 and 15 minutes before departure: the first end takes its unit from the second
        (
            "duration",
            rf"(?<=\b[Bb]etween )(?P<n>\d+|{_NUMBER_WORD})"
            rf"(?=\s+and\s+(?:\d+|{_NUMBER_WORD})(?P<sep>\s+|-)(?P<unit>{_UNIT})(?![A-Za-z]))",
        ),
        # 2 to 3 days, 30–40 minutes: the first end of a range takes its unit from the second.
        (
            "duration",
            rf"(?<![A-Za-z0-9.,:/])(?P<n>\d+|{_NUMBER_WORD})"
            # (the dash or "to" alone between the ends: "a 3-night, 2-day tour" is no range)
            rf"(?=\s*[–—-]\s*|\s+to\s+)(?=\s*[–—-]?\s*(?:to\s+)?(?:\d+|{_NUMBER_WORD})(?P<sep>\s+|-)(?P<unit>{_UNIT})"
            r"(?![A-Za-z]))",
        ),
        (
            "duration",
            r"(?<![A-Za-z0-9.])(?:(?P<rel>(?i:within|for|after|at least|every))\s+)?"
            r"(?:(?i:about|approximately|around)\s+)?"
            r"(?P<hh>(?i:half\s+an\s+hour|a\s+half[-\s]hour|half[-\s]hour"
            # (a fortnight: two weeks; a decade: ten years; a quarter of an hour: 15 minutes, English words for a
            # span, no digits)
            r"|(?:a\s+|one\s+)?fortnight|(?:a\s+|one\s+)?decade|(?:a\s+)?quarter\s+of\s+an\s+hour|(?:a\s+)?quarter[-\s]hour"
            r"|three[-\s]quarters\s+of\s+an\s+hour))(?![A-Za-z])" + post,
        ),
        # fortnightly, quarterly (2週間に1回, 3か月ごと): once in each span the adverb names; like "every
        # hour", no numeral the source must account for. ("biweekly" is twice a week or every two weeks: unread.)
        (
            "duration",
            r"\b(?P<span_adverb>(?i:fortnightly|quarterly|(?:once\s+)?(?:a|per|each|every)\s+quarter(?!\s+(?:of|to|past)\b)))\b",
        ),
        # the day before, the week after (1日前, 1週間後): one unit on that side of an event, said in words
        ("duration", r"\b(?i:the)\s+(?P<theday>(?i:day|week|month|year))\s+(?P<therel>(?i:before|after))\b"),
        # within the past year, in the last month (1年以内, 1か月以内): one unit up to now, said in words
        (
            "duration",
            r"\b(?i:within|in|during|over)\s+(?i:the)\s+(?i:past|last|previous)\s+"
            r"(?P<pastunit>(?i:day|week|month|year))\b(?![’'])",
        ),
        # every other week, every other Wednesday, alternate weeks, on alternate Saturdays (隔週, 隔週土曜日): once
        # in each span of two; a weekday after it is read on its own. biweekly and bimonthly say it too, or twice in
        # each span (週2回): either reading is shown.
        (
            "duration",
            r"\b(?P<alternate>(?i:every\s+(?:other|second)|alternate))\s+(?:(?P<alt_unit>(?i:day|week|month|year))s?\b"
            rf"|(?=(?:{_alternation(wide_days)})s?\b(?!\s+of\b)))",
        ),
        ("duration", r"\b(?P<bi_unit>(?i:bi-?weekly|bi-?monthly))\b"),
        # every hour, every day (1時間ごと, 1日につき): one of the unit, each time; no numeral to check.
        # every hour; per hour (a rate's unit: "¥110 per hour" for 60分110円), one of them per
        ("duration", r"\b(?P<every>(?i:every|per))\s+(?P<eunit>(?i:second|minute|hour|day|week|month|year))\b(?!-)"),
        # a dozen, half a dozen, two dozen, a couple of: English counts by a word for the group (12, 6, 24, 2);
        # like a count in words, never one the source must account for
        # (before the fractions: half a dozen is 6, not a half and a dozen).
        (
            "number",
            r"(?<![\w-])(?P<dozen>(?i:an?\s+half|an?|one|half\s+a|half|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve))"
            r"[\s-]+(?i:dozen)(?![\w-])|(?<![\w-])(?P<couple>(?i:a\s+couple))\s+of\b",
        ),
        # a hundred, two hundred, a thousand, one million, the first hundred (先着100名): a round count said in words
        # (not before "and", "thousand" or a count of its own: two hundred and fifty, a hundred thousand, not read)
        (
            "number",
            rf"(?<![\w-])(?:(?P<hmany>(?i:an?|{_COUNT_WORD}))\s+|(?<=\b[Ff]irst ))"
            r"(?P<hscale>(?i:hundred|thousand|million|billion))(?![\w-]|\s+(?i:and|thousand|hundred|one|two|three|four|five|six"
            r"|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)\b)",
        ),
        # one and a half times (1.5倍): a multiple said in words, like a count in words read for the source's sake.
        ("number", r"(?<![\w-])(?P<xhalf>(?i:one|two|three|four|five))\s+and\s+a\s+half\s+times\b"),
        # the ground floor (1階): the floor a building is entered by, which British English numbers from zero.
        ("number", r"\b(?P<ground>(?i:ground))[-\s](?i:floor)\b"),
        # length, width and height, L + W + H (3辺の合計): three sides named, a count of 辺 (its own key).
        (
            "number",
            r"\b(?P<side1>(?i:length|width|height|depth))\s*(?:,|\+)\s*(?P<side2>(?i:length|width|height|depth))"
            r"\s*(?:,?\s*and|,|\+)\s*(?P<side3>(?i:length|width|height|depth))\b"
            r"|\b(?P<lside1>[LWHD])\s*\+\s*(?P<lside2>[LWHD])\s*\+\s*(?P<lside3>[LWHD])\b",
        ),
        # dinner and breakfast, half board (1泊2食付き): a count of meals said by naming them; it shows only a
        # count of 食 (its own key), never a number the source must account for.
        (
            "number",
            r"\b(?:(?P<meal1>(?i:breakfast|lunch|dinner|supper))\s*(?:,\s*(?P<meal3>(?i:breakfast|lunch|dinner|supper))"
            r"\s*,?)?\s*(?:and|&|\+)\s*(?P<meal2>(?i:breakfast|lunch|dinner|supper))"
            r"|(?P<board>(?i:half|full))[-\s](?i:board))\b",
        ),
        (
            "fraction",
            r"\b(?:(?P<num>(?i:one|two|three|four|five|a))[- ])?(?P<den>(?i:halved|half|halves|thirds?|quarters?"
            r"|fourths?|fifths?|tenths?))\b(?<!\b(?i:third))(?<!\b(?i:thirds))(?<!\b(?i:fifth))(?<!\b(?i:tenth))(?<!\b(?i:fourth))"
            r"|\b(?P<num2>(?i:one|two|three|four|five|a))[- ](?P<den2>(?i:thirds?|fourths?|fifths?|tenths?))\b",
        ),
        # day two, Day 2, Year 1, night 3 (2日目, 1年生, 3泊目): the Nth of a span, numbered after its unit's name as
        # English numbers the days of an event or a school's years; not after a word that makes it a rate or a
        # span ("twice a day 3 tablets", "every week 2 hours") nor before a unit or another number.
        (
            "ordinal",
            r"(?<![\w-])(?<![Aa] )(?<!per )(?<!each )(?<!every )(?<!this )(?<!next )(?<!last )(?<!same )"
            r"(?P<counted>(?i:day|week|night|year|month|round|lap|stage))\s+"
            rf"(?P<n>\d{{1,2}}|(?i:{'|'.join(NUMBER_WORDS[n] for n in range(1, 13))}))(?![\w:]|[.,/]\d)"
            r"(?!\s*(?:[–—-]\s*)?(?:\d|(?i:seconds?|minutes?|hours?|days?|weeks?|months?|years?|times?|to)\b))",
        ),
        # runner-up (第2位, 2位): second place, the dictionary's word for it; "first runner-up" is second place too,
        # "second runner-up" third, "third runner-up" fourth (a documented supplement).
        (
            "ordinal",
            r"(?<![\w-])(?:(?P<ruord>(?i:first|second|third|1st|2nd|3rd))[-\s])?(?P<runnerup>(?i:runner[-\s]up))"
            r"(?![\w-])",
        ),
        ("ordinal", r"(?<![\d.])(?P<n>\d+)(?P<suf>st|nd|rd|th)(?![A-Za-z0-9])"),
        ("ordinal", r"(?:\bNo\.|\bno\.|#)\s?(?P<n>\d+)(?![\d])"),
        # "the first 80 people", "the first two weeks": an ordinal before a count picks out that many
        # (先着80名), it numbers nothing.
        (
            "ordinal",
            r"\b(?P<word>(?i:" + _LARGE_ORDINAL + "|" + "|".join(ORDINAL_WORDS.values()) + r"))\b"
            rf"(?!\s+(?:\d|(?:{'|'.join(NUMBER_WORDS[n] for n in range(2, 13))})\b))",
        ),
        # 5x, 5×: a multiple (5倍), a number the source must have; not a name with digits (IPv6, 5G).
        ("number", r"(?<![A-Za-z0-9.,])(?P<num>\d+)(?=[x×](?![A-Za-z0-9]))"),
        # FY2025, FY 2025: a fiscal year (2025年度), its number written after the letters.
        ("number", r"(?<![A-Za-z0-9])FY\s?(?P<num>\d{4})(?![A-Za-z0-9])"),
        # ¥100K, ¥1.5M, JPY 3B: CLDR's short compact currency format (Babel's format_compact_currency), its
        # letter a scale; only after the yen's sign or code (5K alone may be a race's kilometres).
        (
            "number",
            r"(?:(?<=¥)|(?<=JPY)|(?<=JPY ))(?P<num>\d{1,3}(?:,\d{3})+|\d+)(?:\.(?P<frac>\d+))?"
            r"(?P<compact>[KkMB])(?![A-Za-z0-9])",
        ),
        *LATIN_PATTERNS[1:],
        ("id", r"(?<![\d.,])(?P<zeros>0\d+)(?![\d])"),
        (
            "number",
            # (15,00,000: the lakh grouping of Indian English, CLDR's en_IN; never another number)
            r"(?<![\d.,])(?P<num>\d{1,2}(?:,\d{2})+,\d{3}|\d{1,3}(?:,\d{3})+|\d+)(?:\.(?P<frac>\d+))?(?![\d])" + scale,
        ),
        # A count written as a word before what it counts (one sheet, Three red panda cubs, two child
        # seats): a value an auto-update can rewrite, never one the source must account for (one of,
        # no one, the one, one more are no counts).
        (
            "number",
            r"(?<![\w-])(?<!(?i:no) )(?<!(?i:any) )(?<!(?i:the) )(?<!(?i:each) )(?<!(?i:every) )"
            r"(?<!(?i:this) )(?<!(?i:that) )(?<!(?i:which) )"
            rf"(?P<nword>(?i:{_COUNT_WORD}))"
            # (or, from two, joined by a hyphen to what it counts, an adjective: a six-mat room, an eight-seat
            # car; not two-way, nor one-way, one-time, one-stop: one so joined is an idiom, no count)
            r"(?=\s+[a-z]|-[a-z])(?!-way\b)(?<!(?i:one)(?=-))(?!\s+(?:of|and|another|more|less|by|to|in|at|on|for|per|each|other|way)\b)"
            r"(?!\s+or\s+(?!more|fewer|less|longer)\b)",  # one or two: no count; two or more: a count
        ),
        # The same count before a measure that qualifies what it counts (twelve 2,300 kW-class turbines, five
        # 18-litre cans), and a count of those just named, from two (four of whom, three of them; "one of them"
        # picks one out, no count).
        (
            "number",
            r"(?<![\w-])(?<!(?i:no) )(?<!(?i:any) )(?<!(?i:the) )(?<!(?i:each) )(?<!(?i:every) )"
            rf"(?P<nwordm>(?i:{_COUNT_WORD}))"
            r"(?=\s+\d[\d,.]*\s?-?[A-Za-z])"
            rf"|(?<![\w-])(?P<nword2>(?i:{'|'.join(NUMBER_WORDS[n] for n in range(2, 13))}))"
            r"(?=\s+of\s+(?:whom|which|them|these|those)\b)"
            # (and an age in words with its bound after it: aged three and over, aged twelve or under)
            rf"|(?<=\b[Aa]ged )(?P<nwordage>(?i:{_COUNT_WORD}))"
            r"(?=\s+(?:and|or)\s+(?:over|above|older|up|under|below|younger)\b)",
        ),
    ]
    tails = (range_after, year, weekday_after, month_year, half_after, minutes_after, or_so, post, scale)
    candidates, each = combine(patterns, tails)
    return patterns, candidates, each


class Mention(NamedTuple):
    """One entity as an English text writes it."""

    kind: str  # date, month, weekday, time, duration, ordinal, number, phone, id, alnum, version, url
    start: int  # in the text as given
    end: int
    text: str
    value: Any  # a tuple; None: an impossible value (21:00 AM)
    keys: frozenset
    checked: bool  # the source must account for it (a value in digits, a clock time, a real duration)
    groups: dict  # name → (start, end) in the text
    style: str = ""  # time: 12h, 24h, word; duration: hyphen; number: grouped


def _clock_value(g: dict) -> tuple[tuple[int, int] | None, str]:
    if g.get("word"):
        return ((0, 0) if g["word"].lower() == "midnight" else (12, 0)), "word"
    if g.get("rnoon"):
        hour, minute = int(g["rh"]), int(g.get("rm") or 0)
        return ((hour, minute) if 1 <= hour <= 11 and minute < 60 else None), "range"
    if g.get("rampm"):
        hour, minute, last = int(g["rh"]), int(g.get("rm") or 0), int(g["rh2"])
        if not (1 <= hour <= 12 and 1 <= last <= 12 and minute < 60):
            return None, "range"
        afternoon = g["rampm"] in "Pp"
        if hour % 12 > last % 12:
            afternoon = not afternoon  # 11–1 PM: from 11 AM; 10–2 AM: from 10 PM
        return (hour % 12 + (12 if afternoon else 0), minute), "range"
    if g.get("qm"):
        return _said_clock(g)
    if g.get("period"):
        written, minute = g["ph"], int(g.get("pmin") or 0)
        hour = int(written) if written.isdigit() else word_value(written) or 0
        period = _day_period_phrases()[g["period"]]
        if not (1 <= hour <= 12 and minute < 60):
            return None, "period"
        found = [h for h in (hour % 12, hour % 12 + 12) if _in_period(h, minute, period)]
        if len(found) == 1:
            return (found[0], minute), "period"  # 3 in the afternoon: 15:00
        return (hour % 12, minute), "either half"  # 2 at night (CLDR's night ends at midnight): 2:00 or 14:00
    if g.get("oh"):
        hour = int(g["oh"]) if g["oh"].isdigit() else word_value(g["oh"]) or 0
        return ((hour, 0) if 1 <= hour <= 12 else None), "oclock"
    if g.get("ampm"):
        hour, minute = int(g["h"]), int(g.get("m") or 0)
        if not (1 <= hour <= 12 and minute < 60):
            return None, "12h"
        return (hour % 12 + (12 if g["ampm"][0] in "Pp" else 0), minute), "12h"
    hour, minute = int(g["h24"]), int(g["m24"])
    # 24:00 is the end of a day; 24:12 and 25:30 are how Japanese timetables write past midnight.
    if minute >= 60 or hour > 29:
        return None, "24h"
    return (hour, minute), "24h"


def _said_clock(g: dict) -> tuple[tuple[int, int] | None, str]:
    """half past two, a quarter to ten in the evening: the hour and the minutes before or after it."""
    said = g["qm"].lower().split()
    minutes = 30 if said[0] == "half" else 15 if said[-1] == "quarter" else _amount(said[0])
    hour = int(g["qh"]) if g["qh"].isdigit() else word_value(g["qh"]) or 0
    if not (1 <= hour <= 12 and isinstance(minutes, int) and 0 < minutes < 60):
        return None, "said"
    if g["qdir"] == "to":
        hour, minutes = hour - 1, 60 - minutes  # a quarter to ten: 9:45; a quarter to one: 12:45
    hour %= 12
    if g.get("qperiod"):
        period = _day_period_phrases()[g["qperiod"]]
        found = [h for h in (hour, hour + 12) if _in_period(h, minutes, period)]
        if len(found) == 1:
            return (found[0], minutes), "said"
    return (hour, minutes), "either half"


def _bare_hours(g: dict, spans: dict) -> list[tuple]:
    """from 9 to 5: each end a time in either half of the day (unchecked; its group names which end, bh or bh2)
    and a number (checked, as written)."""
    found: list[tuple] = []
    for name, minutes in (("bh", "bhm"), ("bh2", "bhm2")):
        hour, (start, end) = int(g[name]), spans[name]
        minute = int(g[minutes]) if minutes in g else 0
        clock = {("t", hour % 12, minute), ("t", hour % 12 + 12, minute)}
        written_end = spans[minutes][1] if minutes in g else end
        found.append(("time", start, written_end, (hour, minute), clock, {name: (start, end)}, False, "either half"))
        numbers = {number_key(hour), ("digits", str(hour))}
        found.append(("number", start, end, (hour,), numbers, {"num": (start, end)}, True, ""))
        if minutes in g:  # 11.30: the minutes a number too, which the source's time is made of
            at, until = spans[minutes]
            found.append(("number", at, until, (minute,), {number_key(minute)}, {"num": (at, until)}, True, ""))
            # (or the decimal it may be, 1.50 to 2.50: read for the source's sake only)
            decimal = Decimal(f"{hour}.{g[minutes]}")
            found.append(("number", start, written_end, (decimal,), {number_key(decimal)}, {}, False, "named"))
    return found


# Degrees that bound a span from above ("up to 15 minutes", "no longer than four weeks", "a maximum of six hours").
_AT_MOST = frozenset(
    {"up to", "at most", "no more than", "not more than", "no longer than", "not longer than", "a maximum of"}
    | {"maximum of", "a max of", "a max. of", "no later than"}
)
# A verb of waiting right before a span: what "before" then says is the act after the wait, not when.
# ("men must wait 12 weeks and women 16 weeks before": the verb may govern a list of spans, in its clause)
_WAITED = re.compile(r"(?i)\bwait(?:s|ed|ing)?\b[^.;:!?]*$")
# Verbs that grant a span rather than wait it out: "allow seven days before contacting us", "give us three days
# before changing", "leave four hours before taking the next dose". A wait only where an act follows "before" (a
# gerund): "allow 30 minutes before the show" and "allow 3 days for delivery" say when, or how long something
# takes, and keep their own relation.
_GRANTED = re.compile(
    r"(?i)\b(?:allow(?:s|ed|ing)?|leav(?:e|es|ing)|giv(?:e|es|ing)\s+(?:us|me|them|him|her))\b[^.;:!?]*$"
)
# The act after the wait, in the span's clause: "… from delivery before contacting us".
_ACT_AFTER = re.compile(r"(?i)[^.;:!?]{0,60}?\b(?:before|prior\s+to)\s+[a-z]+ing\b")


# Days counted without the days a business is closed, said after the span, in its clause: "within 3 days
# (excluding weekends and holidays)", "within three days of receipt, not counting weekends".
_CLOSED_DAYS_LEFT_OUT = re.compile(
    r"(?i)[^.;:!?]{0,40}?\b(?:excluding|not\s+counting|except(?:ing)?|other\s+than|apart\s+from|not\s+including)"
    r"\s+(?:(?:the|any)\s+)?(?:saturdays?|weekends?|(?:public\s+|national\s+|bank\s+)?holidays?|closing\s+days?)\b"
)


# "at the latest" or "at the earliest" ending the clause of a span with no other value after it (its comma
# before), read as the span's bound, by the span's relation: (bound, relation) → the relation said.
# How a span before an event is said (entities._BEFORE_SAID_AS): by then, a deadline ("at least 3 days before", "no
# later than"); from then, a start ("from 30 minutes before", "starting"); about then ("about two weeks before"); or
# plainly, as "up to" says it too: "up to three days before your visit" (3日前まで) and "up to one month in advance"
# (1か月前から, as early as then) are both written.
_FROM_THEN = re.compile(r"(?i)\b(?:from|starting|beginning|as early as)\s+$")
# A verb right before the span that opens or closes something ("Bookings close three days before your visit",
# "Applications open seven days before the event"): a deadline or a start said by the act.
_CLOSED_THEN = re.compile(r"(?i)\b(?:close[sd]?|closing|end(?:s|ed)?|stop(?:s|ped)?|cease[sd]?)\s+$")
_OPENED_THEN = re.compile(r"(?i)\b(?:opens?|opened|opening|starts?|started|begins?|began)\s+$")
_ABOUT_DEGREES = frozenset({"about", "approximately", "around", "roughly", "some"})


def _said_before(whole: str, start: int, before: str, degree: str) -> str:
    if _RELATION_BEFORE.get(before) == "at least" or degree == "no later than":
        return "by before"
    if degree in _ABOUT_DEGREES:
        return "about before"
    said = whole[max(0, start - 16) : start]
    if _FROM_THEN.search(said) or _OPENED_THEN.search(said):
        return "from before"
    if _CLOSED_THEN.search(said):
        return "by before"
    return "before"


_BOUND_OF_A_CLAUSE = {
    ("latest", None): "within",  # arrives in 3 days, at the latest
    ("latest", "for"): "within",
    ("latest", "in"): "within",
    ("latest", "after"): "within after",  # 3 days after ordering, at the latest: no later than then
    ("latest", "before"): "by before",  # 3 days before, at the latest: by then (3日前まで)
    ("latest", "within"): "within",
    ("earliest", None): "at least",  # ships in 3 days, at the earliest: no sooner
    ("earliest", "for"): "at least",
    ("earliest", "in"): "at least",
    ("earliest", "after"): "after",  # 8 working days after you apply, at the earliest: from then on
    ("earliest", "before"): "within before",  # 3 days before, at the earliest: no earlier than then
    ("earliest", "within"): "at least",
}


@cache
def _clause_end_bound() -> re.Pattern[str]:
    """The rest of a span's clause up to "at the latest" or "at the earliest" ending it: no digit, no comma but the one
    before the bound (a comma may end the span's clause: "…, and will reach you by the end of the month, at the
    latest" bounds the end of the month)."""
    return re.compile(
        r"[^\d.;!?:,]{0,80}?,?\s+at\s+the\s+(?:very\s+)?(?P<bound>latest|earliest)\s*(?:[.,;!?)]|$)", re.IGNORECASE
    )


def _clause_bound(whole: str, end: int) -> str | None:
    """ "latest" or "earliest" where the clause of the span ending at *end* ends with "at the latest" or "at the
    earliest", no other value between (Business cards are shipped 3 working days after your data is submitted, at
    the latest.); else None. A day, a month or a time of day said in words between, or a deadline's word, takes the
    bound ("… two weeks before the concert and must be paid for by Friday, at the latest": Friday's)."""
    found = _clause_end_bound().match(whole, end)
    if not found or _value_in_words().search(whole, end, found.start("bound")):
        return None
    return found.group("bound").lower()


@cache
def _value_in_words() -> re.Pattern[str]:
    months, days = _names()[:2]
    named = "|".join(sorted((*months, *days), key=len, reverse=True))
    return re.compile(
        rf"\b(?:{named}|noon|midday|midnight|today|tonight|tomorrow|yesterday|by|until|till|no later than)\b"
    )


def _waited(whole: str, start: int, end: int, spans: dict, relation: str | None) -> bool:
    """The span at *start*–*end* is one to let pass before an act: after "wait" (with "before" right after it), or after
    "allow", "leave" or "give us" with an act after "before" or "prior to" (a gerund), directly or later in its
    clause; never a notice ("three days notice before changing")."""
    after = spans["post"][0] if "post" in spans else end
    if re.match(r"(?i)\s*(?:advance\s+)?notice\b", whole[after:]):
        return False
    act_after = _ACT_AFTER.match(whole, after) is not None
    if _WAITED.search(whole, max(0, start - 60), start):
        return relation == "before" or act_after
    return act_after and _GRANTED.search(whole, max(0, start - 60), start) is not None


def _amount(word: str) -> int | Decimal | None:
    word = word.lower()
    if word in ("a", "an"):
        return 1
    if (value := word_value(word)) is not None:
        return value
    try:
        number = Decimal(word.replace(",", ""))
    except ArithmeticError:
        return None
    return int(number) if number == number.to_integral_value() else number


def _date_mentions(g: dict, spans: dict, start: int, end: int, text: str) -> list[tuple]:
    months, days, *_ = _names()
    year = int(g["y"]) if g.get("y") else 2000 + int(g["yy"]) if g.get("yy") else None
    month = int(g["m"]) if g.get("m") else months.get(g.get("mon", ""))
    if g.get("lastday"):  # the last day of February 2027: 28, as the calendar of that year gives it
        if month is None or (month == 2 and year is None):
            return []
        day = calendar.monthrange(year or 2001, month)[1]
        groups = {name: spans[name] for name in ("wd", "mon", "y") if name in spans}
        weekday = days.get(g["wd"]) if g.get("wd") else None
        return [("date", start, end, (year, month, day, weekday), date_keys(year, month, day, english=True), groups)]
    day = int(g["d"])
    if month is None and g.get("wd") and "mon" not in g and "m" not in g and 1 <= day <= 31:
        named = days[g["wd"]]
        keys = date_keys(None, None, day, english=True)
        return [("date", start, end, (year, None, day, named), keys, {k: spans[k] for k in ("wd", "d", "suf")})]
    if month is None or not (1 <= month <= 12 and 1 <= day <= 31):
        return []
    weekday = g.get("wd") or g.get("wd3")
    first_groups = {name: spans[name] for name in ("wd", "wd3", "hol", "mon", "m", "d", "suf", "y") if name in spans}
    first_end = (spans["suf"] if "suf" in spans else spans["d"])[1] if "d2" in spans else end
    found = [
        (
            "date",
            start,
            first_end,
            (year, month, day, days.get(weekday) if weekday else None),
            date_keys(year, month, day, english=True),
            first_groups,
        )
    ]
    if g.get("d2"):
        second_month = months.get(g.get("mon2", ""), month)
        second_day = int(g["d2"])
        if 1 <= second_day <= 31:
            groups = {"d": spans["d2"]}
            if "suf2" in spans:
                groups["suf"] = spans["suf2"]
            if "mon2" in spans:
                groups["mon"] = spans["mon2"]
            elif "mon" in spans and spans["mon"][0] > spans["d2"][0]:
                groups["mon"] = spans["mon"]  # 8–10 July: one month for both days
            if "wd2" in spans:
                groups["wd"] = spans["wd2"]
            if "y" in spans:
                groups["y"] = spans["y"]
            second_weekday = days.get(g["wd2"]) if g.get("wd2") else None
            found.append(
                (
                    "date",
                    (spans["wd2"] if "wd2" in spans else spans.get("mon2", spans["d2"]))[0],
                    spans["d2"][1],
                    (year, second_month, second_day, second_weekday),
                    date_keys(year, second_month, second_day, english=True),
                    groups,
                )
            )
    return found


def _mentions_of(kind: str, g: dict, spans: dict, start: int, end: int, text: str, whole: str) -> list[tuple]:
    """(kind, start, end, value, keys, groups, checked, style) of one match (*text*), in the folded text (*whole*)."""
    value: Any
    found_keys: set[Any]
    total: Any
    digits = any(char.isdigit() for char in text)
    if kind == "date":
        return [(*found, True, "") for found in _date_mentions(g, spans, start, end, text)]
    if kind == "weekday":  # unchecked: "Saturdays" may say what 土日 or 週末 does
        weekday = _names()[1][g.get("wday") or g["wdab"]]
        return [("weekday", start, end, (weekday,), {("wd", weekday)}, dict(spans), False, "")]
    if kind == "month":
        months = _names()[0]
        month = months[g.get("mon") or g.get("may") or g.get("may2") or g["may3"]]
        year = int(g["y"]) if g.get("y") else None
        groups = {name: spans[name] for name in ("mon", "may", "may2", "may3", "y", "part", "partof") if name in spans}
        for name in ("may", "may2", "may3"):
            if name in groups:
                groups["mon"] = groups.pop(name)
        found_keys = date_keys(year, month, None, english=True)
        style = ""
        if g.get("part") or g.get("partof"):
            # early December, the end of December: the part of the month (上旬, 末) as well as the month.
            said = (g.get("part") or g["partof"]).lower().split()
            written = said[-2] if said[-1] == "part" else said[-1]  # (the latter part: late)
            found_keys |= part_keys(year, month, _PART_WORDS[written], english=True)
            style = "of" if g.get("partof") else "part"
        return [("month", start, end, (year, month, None), found_keys, groups, False, style)]
    if kind == "time" and g.get("bh"):
        return _bare_hours(g, spans)
    if kind == "time":
        value, style = _clock_value(g)
        found_keys = {("t", value[0] % 24, value[1])} if value else set()
        if value and style in ("oclock", "either half"):
            found_keys.add(("t", (value[0] + 12) % 24, value[1]))  # ten o'clock: 10:00 or 22:00, as the context says
        return [("time", start, end, value, found_keys, dict(spans), value is not None, style)]
    if kind == "duration":
        # "at least 30 minutes before": the word after says when (before), the word before how strictly.
        before = " ".join((g.get("rel") or "").lower().split())
        relation = (
            "before" if g.get("notice") else _RELATION_AFTER.get(" ".join((g.get("post") or "").lower().split()))
        ) or _RELATION_BEFORE.get(before)
        if g.get("ormore") and relation is None:
            relation = "at least"  # 3 or more hours
        if (
            relation == "before"
            and (g.get("post") or "").lower() == "ago"
            and _RELATION_BEFORE.get(before) == "at least"
        ):
            relation = "at least"  # no less than two weeks ago: at least that long has passed (2週間以上経過)
        if g.get("side") and relation in ("within", "at least"):
            # 90 days or less before: within them (90日前以降); 21 days or more before: by then (21日前まで); 20
            # minutes or more after: the least (15分以上遅れた場合)
            side = _RELATION_AFTER[" ".join(g["side"].lower().split())]
            relation = f"within {side}" if relation == "within" else "by before" if side == "before" else relation
        degree = " ".join((g.get("degree") or "").lower().split())
        if g.get("orso") and not degree:
            degree = "about"
        at_most = degree in _AT_MOST
        deadline = degree in ("up to", "no later than") and relation == "before"  # 3日前まで
        if degree in ("no earlier than", "not earlier than") and relation == "before":
            relation = "within before"  # no earlier than 20 minutes before: within them, never by then (20分前まで)
        if at_most and not deadline and relation in ("after", "before") and not before:
            # no more than one month after your last treatment: a bound from it ("up to 15 minutes before
            # departure" and "no later than 3 days before the lesson" are deadlines, 15分前まで)
            relation = f"within {relation}"
        bounded = relation in (None, "for") and at_most and not g.get("post")
        if bounded:
            # for up to 15 minutes, lasts at most 2 hours: a bound of the span (15分以内, inclusive; 最大60秒間, a
            # span at its longest, entities.Entity.bound), never the span itself (12週間保管: "for 12 weeks")
            relation = "within"
        elif (
            relation in ("before", None)
            and not g.get("notice")
            and (not before or _RELATION_BEFORE.get(before) == "at least")
            and _waited(whole, start, end, spans, relation)
        ):
            # wait 16 weeks before donating again: the span waited (16週間あける), whatever follows it; "leave at
            # least four hours before taking the next dose", the least waited (4時間以上あけて)
            relation = "at least" if before else "for"
        elif "first" in g and not before and g.get("post"):
            relation = "for"  # the first three days after joining: the span itself, from what "after" names
        elif before.endswith("after"):
            relation = "after"  # expires after 10 minutes: valid for them (below), or ending after them
        spans_from_an_event = before == "within" or _RELATION_BEFORE.get(before) == "for"
        if spans_from_an_event and relation in ("after", "before"):
            # within 18 hours after diving (ダイビング後18時間以内), for 2 hours after donating, in the 6 hours
            # before surgery (手術前6時間以内): a span bounded from an event on that side, no point after or before
            # it (3日前まで, 3日後)
            relation = f"within {relation}"
        if (late := _clause_bound(whole, end)) is not None:
            # shipped 3 working days after your data is submitted, at the latest: the bound the clause ends with is
            # the span's (by then: "within"), as right after it; "at the earliest", no sooner (a minimum)
            relation = _BOUND_OF_A_CLAUSE.get((late, relation), relation)
        if relation == "before" and not g.get("notice"):
            relation = _said_before(whole, start, before, degree)
        if g.get("every"):  # every hour, per hour: one hour, per
            unit = _unit_name(g["eunit"])
            found_keys = duration_keys(*duration_amount(unit, 1), "per", english=True)
            value = ("hour", 1, 0) if unit == "hour" else (unit, 1)
            style = "every" if g["every"].lower() == "every" else "per"
            return [("duration", start, end, value, found_keys, dict(spans), False, style)]
        if g.get("alternate") or g.get("bi_unit"):  # every other week, alternate Wednesdays, biweekly
            said = (g.get("alt_unit") or g.get("bi_unit") or "week").lower()
            value = ("month", 2) if "month" in said else (_UNIT_NAMES.get(said, "week"), 2)
            found_keys = duration_keys(*duration_amount(*value), "per", english=True)
            if g.get("bi_unit"):
                found_keys = found_keys | {("n", 2)}  # biweekly: or twice a week (週2回)
            if not g.get("alt_unit") and not g.get("bi_unit"):
                end = spans["alternate"][1]  # every other | Tuesday: the weekday is read on its own
            # (checked: a span of two the source does not say is refused, "every other Tuesday" for 毎週火曜日)
            return [("duration", start, end, value, found_keys, dict(spans), True, "words")]
        if g.get("span_adverb"):  # fortnightly: every two weeks, once in each
            value = ("week", 2) if g["span_adverb"].lower() == "fortnightly" else ("month", 3)  # (once a quarter)
            found_keys = duration_keys(*duration_amount(*value), "per", english=True)
            if value == ("month", 3):
                found_keys = found_keys | {("n", 4)}  # quarterly: or four times a year (年4回)
            return [("duration", start, end, value, found_keys, dict(spans), True, "words")]
        if g.get("everyday"):  # 7 days a week: every day; shows 週7日 too, and is held against no source saying 毎日
            value = ("day", 7) if g.get("ed_n") else ("day", 365)
            found_keys = duration_keys(*duration_amount(*value), None, english=True)
            return [("duration", start, end, value, found_keys, dict(spans), True, "every day")]
        if g.get("clock"):  # around the clock, 24/7: 24 hours, as a span (never within, after or before)
            value = ("hour", 24, 0)
            found_keys = duration_keys(*duration_amount("hour", 24), "for", english=True)
            found = [("duration", start, end, value, found_keys, dict(spans), True, "words")]
            if "/" in text:  # 24/7: and every day of the year (24時間365日), which it need not say
                every_day = duration_keys(*duration_amount("day", 365), "for", english=True)
                found.append(("duration", start, end, ("day", 365), every_day, dict(spans), False, "words"))
            return found
        if g.get("pastunit"):  # within the past year: one year, within (unchecked, as "a year" is)
            unit = _unit_name(g["pastunit"])
            found_keys = duration_keys(*duration_amount(unit, 1), "within", english=True)
            return [("duration", start, end, (unit, 1), found_keys, dict(spans), False, "words")]
        if g.get("theday"):  # the day before: one day, before
            unit = _unit_name(g["theday"])
            found_keys = duration_keys(*duration_amount(unit, 1), g["therel"].lower(), english=True)
            # (unchecked: 前日, "the day before", is no value of the source's, and no value is added)
            return [("duration", start, end, (unit, 1), found_keys, dict(spans), False, "words")]
        if g.get("hh"):  # half an hour, a fortnight, a decade, a quarter of an hour
            said = g["hh"].lower()
            in_minutes = 45 if "three" in said else 15 if "quarter" in said else 30
            value = ("week", 2) if "fortnight" in said else ("year", 10) if "decade" in said else ("minute", in_minutes)
            found_keys = duration_keys(*duration_amount(*value), relation, english=True)
            # (every half hour: a rate's period, as "every hour" is, so that no loose "every" says 1時間ごと)
            style = "every" if before == "every" else "words"
            return [("duration", start, end, value, found_keys, dict(spans), True, style)]
        amount = _amount(g["n"])
        unit = _unit_name(g["unit"])
        if amount is None:
            return []
        if g.get("ahalf") or g.get("bhalf"):  # two and a half hours, an hour and a half
            if unit == "hour":
                found_keys = duration_keys("s", int(amount * 3600 + 1800), relation, english=True)
                return [("duration", start, end, ("hour", amount, 30), found_keys, dict(spans), True, "words")]
            amount = Decimal(amount) + Decimal("0.5")
        if g.get("n2") and re.search(r"(?i)\bbetween\s+$", whole[max(0, start - 12) : start]):
            # between one hour and 20 minutes before departure, between 90 minutes and 30 minutes before: two ends
            # of a range, never 1 hour 20 minutes
            ends = (
                (start, spans["unit"][1], unit, amount, {"n": spans["n"], "unit": spans["unit"]}),
                (
                    spans["n2"][0],
                    end,
                    _unit_name(g["unit2"]),
                    _amount(g["n2"]) or 0,
                    {"n": spans["n2"], "unit": spans["unit2"]},
                ),
            )
            return [
                (
                    "duration",
                    at,
                    until,
                    ("hour", count, 0) if end_unit == "hour" else (end_unit, count),
                    duration_keys(*duration_amount(end_unit, count), relation, english=True) | {number_key(count)},
                    groups,
                    True,
                    "",
                )
                for at, until, end_unit, count, groups in ends
            ]
        if g.get("n2") and unit == "hour":
            minutes = _amount(g["n2"]) or 0
            scale, total = "s", amount * 3600 + minutes * (60 if _unit_name(g["unit2"]) == "minute" else 1)
            value = ("hour", amount, minutes)
        else:
            if unit == "day" and _CLOSED_DAYS_LEFT_OUT.match(whole, end):
                unit = "business day"  # within 3 days, excluding weekends and holidays: 3営業日以内
            scale, total = duration_amount(unit, amount)
            value = ("hour", amount, 0) if unit == "hour" else (unit, amount)
        found_keys = duration_keys(scale, total, relation, english=True) | {number_key(amount)}
        if before.startswith("expir") or (_RELATION_BEFORE.get(before) == "for" and relation != "for" and not bounded):
            found_keys |= duration_keys(scale, total, "for", english=True)  # for 3 days after surgery: a span too
        # (a span of one is checked where "one" is written with a relation, "up to one week", and "a week" with a
        # bound, "a week or more", "within an hour": "a week", "an hour" alone may say a span the source gives no
        # number)
        checked = (
            g["n"][0].isdigit()
            or amount >= 2
            or (g["n"].lower() == "one" and relation is not None)
            or relation in ("at least", "within")
        )
        style = "hyphen" if g["sep"] == "-" else ""
        if spans["unit"][0] >= end:
            style = "range"  # 2 in "2 to 3 days": the unit belongs to the second end
        return [("duration", start, end, value, found_keys, dict(spans), checked, style)]
    if kind == "fraction":
        numerator = _amount(g.get("num") or g.get("num2") or "one") or 1
        word = str(g.get("den") or g.get("den2")).lower().rstrip("s")
        denominator = {
            "half": 2,
            "halve": 2,
            "halved": 2,
            "third": 3,
            "quarter": 4,
            "fourth": 4,
            "fifth": 5,
            "tenth": 10,
        }[word]
        value = (numerator, denominator)
        return [("fraction", start, end, value, {("frac", *value)}, dict(spans), numerator >= 2, "")]
    if kind == "ordinal" and g.get("runnerup"):  # second place (the Nth runner-up: place N + 1), a word
        before = (g.get("ruord") or "first").lower()
        place = 1 + (_ORDINAL_VALUES.get(before) or int(before[0]))
        return [("ordinal", start, end, (place,), {("ord", place), number_key(place)}, dict(spans), False, "named")]
    if kind == "ordinal" and g.get("counted"):  # day two, Day 2: the Nth, never a day of the month
        number = int(g["n"]) if g["n"].isdigit() else word_value(g["n"])
        style = "numbered" if g["n"].isdigit() else "numbered word"
        found_keys = {("ord", number), number_key(number)}
        return [("ordinal", start, end, (number,), found_keys, dict(spans), g["n"].isdigit(), style)]
    if kind == "ordinal":
        number = (ordinal_value(g["word"]) or 0) if g.get("word") else int(g["n"])
        found_keys = {("ord", number), ("day", number), number_key(number)}
        return [("ordinal", start, end, (number,), found_keys, dict(spans), digits, "word" if g.get("word") else "")]
    if kind == "number" and (g.get("side1") or g.get("lside1")):
        side_groups = ("side1", "side2", "side3", "lside1", "lside2", "lside3")
        sides = [g[name].lower()[0] for name in side_groups if g.get(name)]
        if len(set(sides)) < 3:
            return []
        return [("number", start, end, (3,), {("sides", 3)}, dict(spans), False, "named")]
    if kind == "number" and g.get("fy"):
        first, second = int(g["fy"]), int(g["fy2"])
        if second % 100 != (first + 1) % 100 or second >= 100 and second != first + 1:
            return []  # 2026/28: no fiscal year
        found_keys = {("fy", first), ("pair", first, second % 100)}  # or the two numbers as the source writes them
        return [("number", start, end, (first,), found_keys, dict(spans), True, "named")]
    if kind == "number" and g.get("age0"):
        return [("number", start, end, (0,), {("age0",)}, dict(spans), False, "named")]
    if kind == "number" and (g.get("meal1") or g.get("board")):
        if g.get("board"):
            value = 2 if g["board"].lower() == "half" else 3
        else:
            named = {g[name].lower().replace("supper", "dinner") for name in ("meal1", "meal2", "meal3") if g.get(name)}
            if len(named) < len([name for name in ("meal1", "meal2", "meal3") if g.get(name)]):
                return []  # "lunch and lunch": no count
            value = len(named)
        return [("number", start, end, (value,), {("meals", value)}, dict(spans), False, "named")]
    if kind == "number" and g.get("xhalf"):  # one and a half times: 1.5, as 1.5倍 writes it
        value = Decimal(_amount(g["xhalf"]) or 1) + Decimal("0.5")
        return [("number", start, end, (value,), {number_key(value)}, dict(spans), False, "named")]
    if kind == "number" and g.get("ground"):  # the ground floor: 1階 (its own key; "first floor" is 1 or 2)
        return [("number", start, end, (1,), {("floor", 1)}, dict(spans), False, "named")]
    if kind == "number" and (g.get("dozen") or g.get("couple")):
        said = (g.get("dozen") or "").lower().split()
        value = 2 if g.get("couple") else 6 if "half" in said else 12 * (_amount(said[0]) or 1)
        return [("number", start, end, (value,), {number_key(value)}, dict(spans), False, "dozen")]
    if kind == "number" and g.get("hscale"):  # a hundred, the first hundred, three thousand
        value = (_amount(g.get("hmany") or "one") or 1) * {"hundred": 100, "thousand": 1000}.get(
            g["hscale"].lower(), _SCALES.get(g["hscale"].lower(), 1)
        )
        return [("number", start, end, (value,), {number_key(value)}, dict(spans), False, "dozen")]
    if kind == "number" and (counted := g.get("nword") or g.get("nwordm") or g.get("nword2") or g.get("nwordage")):
        value = word_value(counted)
        return [("number", start, end, (value,), {number_key(value)}, dict(spans), False, "word")]
    if kind == "number":
        value = Decimal(f"{g['num'].replace(',', '')}.{g['frac']}") if g.get("frac") else int(g["num"].replace(",", ""))
        if g.get("scale") or g.get("compact"):  # 300 million, 1.5 million, ¥100K
            scaled = Decimal(value) * (_SCALES[g["scale"]] if g.get("scale") else _COMPACT[g["compact"].upper()])
            value = int(scaled) if scaled == scaled.to_integral_value() else scaled
        found_keys = {number_key(value)}
        if isinstance(value, int):
            found_keys.add(("digits", str(value)))
        style = "grouped" if "," in g["num"] else ""
        return [("number", start, end, (value,), found_keys, dict(spans), True, style)]
    if kind == "phone":
        return [("phone", start, end, (g["phone"],), {digits_key(g["phone"])}, dict(spans), True, "")]
    if kind == "id":
        written = str(g.get("digits") or g.get("zeros") or g.get("id") or g.get("code"))
        if re.fullmatch(r"[\d-]+", written):
            found_keys = {digits_key(written)}
            if written.isdigit():
                found_keys.add(number_key(written))
            return [("id", start, end, (written,), found_keys, dict(spans), True, "")]
        return [("id", start, end, (written,), {("a", written.casefold())}, dict(spans), False, "")]
    if kind == "version":
        found_keys = {("v", g["ver"])}
        if g["ver"].count(".") == 1:
            found_keys.add(number_key(g["ver"]))
        dotted = re.fullmatch(r"((?:19|20)\d\d)\.(\d{1,2})\.(\d{1,2})", g["ver"])
        if dotted and 1 <= int(dotted.group(2)) <= 12 and 1 <= int(dotted.group(3)) <= 31:
            # 2026.3.7: a date as Japanese notices write it, which a translation may keep
            found_keys |= date_keys(*map(int, dotted.groups()), english=True)
        return [("version", start, end, (g["ver"],), found_keys, dict(spans), True, "")]
    if kind == "alnum":
        found_keys = {("a", g["alnum"].casefold())} | {number_key(n) for n in re.findall(r"\d+", g["alnum"])}
        return [("alnum", start, end, (g["alnum"],), found_keys, dict(spans), False, "")]
    if kind == "zone":
        return [("zone", start, end, (text,), {("zone", text)}, {}, False, "")]
    return [("url", start, end, (text,), {("url", text)}, {}, False, "")]


def read(text: str) -> list[Mention]:
    """Every entity of an English *text*, in order, in one pass; offsets into *text* as given.

    A new list each time, of the mentions read once for the text (``_read``): a merge's guard and checks read one
    old English a few times over (223 reads of 106 translations in a 10,000-message merge)."""
    return list(_read(text))


@lru_cache(maxsize=1 << 10)
def _read(text: str) -> tuple[Mention, ...]:
    """``read``'s mentions of *text*: the answer is the text's alone (the patterns are the module's)."""
    shown, origin = visible(text)
    patterns, candidates, each = _patterns()

    def back(offset: int) -> int:
        return origin[offset] if origin else offset

    mentions: list[Mention] = []
    for index, match in scan(candidates, each, shown):
        g = {k: v for k, v in match.groupdict().items() if v is not None}
        spans = {k: match.span(k) for k in g}
        for kind, start, end, value, found_keys, groups, checked, style in _mentions_of(
            patterns[index][0], g, spans, match.start(), match.end(), match.group(0), shown
        ):
            a, b = back(start), back(end)
            mapped = {name: (back(s), back(e)) for name, (s, e) in groups.items()}
            mentions.append(Mention(kind, a, b, text[a:b], value, frozenset(found_keys), checked, mapped, style))
    return tuple(_days_listed_before_their_month(mentions, text))


# The separator of a list of days: "7, 14 and 21 November", "3, 10, 17, and 24 May".
_DAY_LIST_COMMA = re.compile(r",\s*(?:(?:and|or|&)\s+)?|\s+(?:and|or|&)\s+")
_DAY_ORDINAL = re.compile(r"(\d{1,2})(st|nd|rd|th)?")


def _days_listed_before_their_month(mentions: list[Mention], text: str) -> list[Mention]:
    """A list of days written once before their month, as British English writes it ("7, 14 and 21 November"):
    the pattern of days reads its last two (a range or a pair) as dates; each day before them in the same list,
    joined by a comma (or by "and" where the list's last day stands alone: "7, 14, and 21 November 2026"), is a
    date of that month and year too, not a bare number."""
    for index, mention in enumerate(mentions):
        if mention.kind != "date" or "mon" not in mention.groups or "d" not in mention.groups:
            continue
        if mention.groups["mon"][0] < mention.groups["d"][1] or mention.value[2] is None:
            continue  # the month first: "November 7, 14 and 21" is read day by day where the source is
        year, month = mention.value[0], mention.value[1]
        following = mention
        for previous_index in range(index - 1, -1, -1):
            previous = mentions[previous_index]
            written = _DAY_ORDINAL.fullmatch(previous.text)
            if (
                previous.kind not in ("number", "ordinal")
                or written is None
                or not 1 <= int(written.group(1)) <= 31
                or not _DAY_LIST_COMMA.fullmatch(text[previous.end : following.start])
            ):
                break
            groups = {"d": (previous.start, previous.start + len(written.group(1))), "mon": mention.groups["mon"]}
            if written.group(2):
                groups["suf"] = (groups["d"][1], previous.end)
            if "y" in mention.groups:
                groups["y"] = mention.groups["y"]
            day = int(written.group(1))
            mentions[previous_index] = previous._replace(
                kind="date",
                value=(year, month, day, None),
                keys=frozenset(date_keys(year, month, day, english=True)),
                checked=True,
                groups=groups,
                style="",
            )
            following = previous
    return mentions


def words(text: str) -> frozenset[str]:
    """The lowercased words of *text*, for the loose number words (one set, looked up in constant time)."""
    found = set(re.findall(r"[a-z]+(?:-[a-z]+)?", visible(text)[0].lower()))
    for word in [word for word in found if "-" in word]:
        first, _, second = word.partition("-")
        if first in _FREQUENCY_ADVERBS or (second == "times" and word_value(first) is not None):
            found |= {first, second}  # twice-weekly: twice, weekly; three-times(-a-week): three
    return frozenset(found)


# Writing a mention anew ------------------------------------------------------------------------------


def ordinal_suffix(n: int) -> str:
    return "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


def _same_case(word: str, model: str) -> str:
    if model.isupper() and len(model) > 1:
        return word.upper()
    if model[:1].isupper():
        return word[:1].upper() + word[1:]
    return word


def _format_number(number: int) -> str:
    from babel.numbers import format_decimal

    return format_decimal(number, locale="en")


def _digits_like(number: int, model: str) -> str:
    """*number* written like *model*: the same zero padding, the same grouping."""
    if re.fullmatch(r"\d{1,2}(?:,\d{2})+,\d{3}", model):
        from babel.numbers import format_decimal

        return format_decimal(number, locale="en_IN")  # 15,00,000 → 16,00,000: the lakh grouping kept
    if "," in model:
        return f"{number:,}"
    return f"{number:0{len(model)}d}" if model.startswith("0") and len(model) > 1 else str(number)


def scalar(entity: Entity):
    """The one number a Japanese entity shows when an English text writes it as a plain number or ordinal."""
    kind, value = entity.kind, entity.value
    if kind in ("number", "ordinal", "year"):
        return value[0]
    if kind == "date" and value[0] is None and value[1] is None:
        return value[2]
    if kind in ("id", "phone") and value[0].isdigit():
        return int(value[0]) if not value[0].startswith("0") else None
    return None


def _weekday_of(entity: Entity, date: tuple) -> int | None:
    if entity.weekday is not None:
        return entity.weekday
    year, month, day = date
    if year is None or month is None or day is None:
        return None
    try:
        return _dt.date(year, month, day).weekday()
    except ValueError:
        return None


def _rewrite_date(mention: Mention, text: str, new: Entity) -> list[tuple[int, int, str]] | None:
    _, _, wide_months, short_months, wide_days, short_days = _names()
    g = mention.groups
    year, month, day = new.value if new.kind == "date" else (None, None, None)
    if new.kind != "date":
        return None
    edits: list[tuple[int, int, str]] = []
    if month is None:  # a day of the month alone (27日): only the day may change
        if "mon" in g or "m" in g:
            month = mention.value[1]
        elif mention.value[1] is not None or "wd" not in g:
            return None
    if day is None and "d" in g:
        return None
    if "mon" in g and month != mention.value[1]:
        s, e = g["mon"]
        written = text[s:e]
        names = wide_months if written in wide_months else short_months  # Sept. 30 → Oct. 31
        edits.append((s, e, names[month - 1]))
    elif "m" in g and month != mention.value[1]:
        s, e = g["m"]
        edits.append((s, e, _digits_like(month, text[s:e])))
    if "d" in g and day != mention.value[2]:
        s, e = g["d"]
        written = _digits_like(day, text[s:e])
        if "suf" in g:
            e = g["suf"][1]
            written += ordinal_suffix(day)
        edits.append((s, e, written))
    if "y" in g and year is not None and year != mention.value[0]:
        s, e = g["y"]
        edits.append((s, e, str(year)))
    for name in ("wd", "wd3"):
        if name in g:
            shown_year = year if year is not None else mention.value[0]
            weekday = _weekday_of(new, (shown_year, month, day))
            if weekday is None:
                return None  # the translation names a weekday kokuchi cannot know: a human must look
            s, e = g[name]
            names = wide_days if text[s:e] in wide_days else short_days
            if names[weekday] != text[s:e]:
                edits.append((s, e, names[weekday]))
    return edits


# early, mid-, late December; the beginning, middle, end of December: the part each word names.
_PART_WORDS = {"early": "early", "beginning": "early", "start": "early", "mid": "mid", "middle": "mid"}
_PART_WORDS |= {"late": "late", "end": "end", "latter": "late", "last": "late", "first": "early"}
# How each part is written, in either style (early December; the beginning of December).
PART_WRITTEN = {
    "part": {"early": "early", "mid": "mid", "late": "late", "end": "late"},
    "of": {"early": "beginning", "mid": "middle", "late": "end", "end": "end"},
}


def _rewrite_month(mention: Mention, text: str, new: Entity) -> list[tuple[int, int, str]] | None:
    if new.kind != "date" or new.value[1] is None or new.value[2] is not None:
        return None
    if bool(mention.style) != (new.part is not None):
        return None  # "early December" for 12月, or "December" for 12月上旬: the English says more, or less
    _, _, wide_months, short_months, *_ = _names()
    s, e = mention.groups["mon"]
    names = wide_months if text[s:e] in wide_months or text[s:e] == "Sept" and text[e : e + 1] != "." else short_months
    edits = [(s, e, names[new.value[1] - 1])]
    if new.part is not None:
        word = PART_WRITTEN[mention.style][new.part]
        if mention.style == "of":  # the end of March: the last word before "of"
            ps, pe = mention.groups["partof"]
            last = text[ps:pe].split()[-1]
            edits.append((pe - len(last), pe, _same_case(word, last)))
        else:  # early December → mid-January: the word and what joins it to the month
            ps, pe = mention.groups["part"]
            separator = text[pe:s]
            if (word == "mid") != (text[ps:pe].lower() == "mid"):
                separator = "-" if word == "mid" else " "
            edits = [(ps, e, _same_case(word, text[ps:pe]) + separator + names[new.value[1] - 1])]
    if "y" in mention.groups and new.value[0] is not None:
        s, e = mention.groups["y"]
        edits.append((s, e, str(new.value[0])))
    return edits


_BARE_FIRST_END = re.compile(r"\b\d{1,2}(?:[:.]\d{2})?\s*(?:[–—-]|\s(?:to|until|till|through|and|or))\s*$")


def _shares_its_half(mention: Mention, text: str) -> bool:
    """*mention* ends a range whose first end, written bare before it, takes its half of the day from it
    (7–9 AM, from 2:00 to 5:00 PM, between 7 and 9 AM)."""
    if mention.value is None or mention.style != "12h":
        return False  # (13:00 to 15:00: each end says its own hour)
    return bool(_BARE_FIRST_END.search(text[: mention.start]))


def _hours_bare(text: str, mention: Mention) -> bool:
    """Another clock time of *text* with its half of the day is written on the hour without its minutes (5 p.m.),
    and none with them (5:00 p.m.)."""
    others = [m for m in read(text) if m.kind == "time" and m.style == "12h" and m.start != mention.start]
    hours = [m for m in others if m.value is not None and m.value[1] == 0]
    return bool(hours) and all(not re.search(r"[:.]\d\d", m.text) for m in hours)


def rewrite_clock(mention: Mention, value: tuple[int, int], *, midnight: bool = False) -> str | None:
    """A clock time showing *value* instead, written the same way; None if that form cannot show it.

    9:00 AM → 9:00 PM (never 21:00 AM), 9am → 9pm, 09:00 → 21:00, 24:12 → 23:58, 11:00 PM or 23:00 → midnight,
    midnight → noon; a word for any other time declines here (``replacement`` writes it as the
    translation's other clock times, or in CLDR's short form).
    """
    hour, minute = value
    if not (0 <= hour <= 29 and 0 <= minute < 60):
        return None
    if mention.style == "word":
        word = {(0, 0): "midnight", (24, 0): "midnight", (12, 0): "noon"}.get((hour, minute))
        return _same_case(word, mention.text) if word else None
    if mention.style in ("period", "either half", "said"):
        return None  # 3 in the afternoon: the words of the day period are the translator's, not rewritten
    if mention.style in ("range", "oclock"):
        return _rewrite_bare_clock(mention, value)
    return _rewrite_time_text(mention.text, mention.style, value, midnight=midnight)


def sentence_stop(text: str, mention: Mention, written: str) -> str:
    """*written*, which replaces *mention*, with the full stop that ended both the old "p.m." and the sentence:
    "… to 11 p.m." → "… to midnight." (and "11 p.m. daily" → "midnight daily")."""
    if not mention.text.endswith(".") or written.endswith("."):
        return written
    rest = text[mention.end :]
    return written + "." if not rest.strip() or re.match(r"\s+[\"“‘'(]?[A-Z]", rest) else written


def _cldr_clock(value: tuple[int, int]) -> str:
    """A clock time as CLDR's English short form writes it (3:00 PM), with a plain space."""
    from babel.dates import format_time

    from kokuchi.language.dates import plain_spaces

    return plain_spaces(format_time(_dt.time(*value), "short", locale="en"))


def _rewrite_bare_clock(mention: Mention, value: tuple[int, int]) -> str | None:
    """A time written without its half of the day: the first end of 8:45–11:30 a.m. (the second end
    says a.m.), or "10 o'clock" (the context says). Written bare again, and only where the reader
    keeps the half of the day: the range's first end stays in the old one; an o'clock stays on the hour.
    """
    hour, minute = value
    hour %= 24
    written = mention.text
    if not written[:1].isdigit():
        return None  # ten o'clock: a number word kokuchi does not rewrite
    if mention.style == "oclock":
        return None if minute else f"{hour % 12 or 12}{written.lstrip('0123456789')}"
    if mention.value is None or (mention.value[0] >= 12) != (hour >= 12):
        return None  # 8:45–11:30 a.m. → 1:00–… p.m.: the second end would have to change its marker
    if ":" in written or "." in written or minute:
        return f"{hour % 12 or 12}{'.' if '.' in written else ':'}{minute:02d}"
    return f"{hour % 12 or 12}"


def _rewrite_time_text(written: str, style: str, value: tuple[int, int], *, midnight: bool = False) -> str | None:
    hour, minute = value
    patterns, _, each = _patterns()
    kinds = [index for index, (kind, _) in enumerate(patterns) if kind == "time"]
    match = next((m for m in (each[i].fullmatch(written) for i in kinds) if m), None)
    if match is None:
        return None
    g = match.groupdict()
    if midnight and ((hour, minute) == (0, 0) or (style != "24h" and (hour, minute) == (24, 0))):
        # 午前0時 as a closing time is neither "0:00" (the day's start) nor "12:00 a.m." (misread by many
        # readers): style guides and professionals write "midnight", which the gate reads as 0:00 and 24:00.
        return "midnight"
    if style == "24h":
        padded = g["h24"].startswith("0")  # 09:00 stays padded; 13:00 → 9:00, not 09:00
        return f"{hour:02d}:{minute:02d}" if padded else f"{hour}:{minute:02d}"
    hour %= 24
    if (hour, minute) == (12, 0):
        # 正午 as "12:00 p.m." is read as midnight by many readers: style guides (Microsoft's, AP, Chicago)
        # write "noon", which the gate reads as 12:00.
        return "noon"
    marker = g["ampm"]
    if (hour >= 12) != (marker[0] in "Pp"):
        letter = "P" if hour >= 12 else "A"
        marker = (letter if marker[0].isupper() else letter.lower()) + marker[1:]
    clock = f"{hour % 12 or 12:02d}" if g["h"].startswith("0") else f"{hour % 12 or 12}"
    if g["m"] is not None or minute:
        clock += f"{g['msep'] or ':'}{minute:02d}"  # 7.30pm stays written with its full stop
    return clock + g["space"] + marker


_HOURS = frozenset({"hour", "hours"})


def _and_minutes(minutes: int, number: str, model: str) -> str | None:
    """ " and 30 minutes", added after an hour: the minutes written like *number* (digits or words), their
    unit like *model* (min, minutes)."""
    added = _amount_like(minutes, number)
    return None if added is None else f" and {added} {_unit_word('minute', model, minutes, False)}"


def _possessive(text: str, end: int, *, plural: bool) -> list[tuple[int, int, str]]:
    """The possessive after a unit rewritten in number: one year's worth, two years' worth."""
    mark = text[end : end + 1]
    if mark not in ("'", "’"):
        return []
    has_s = text[end + 1 : end + 2] == "s" and not text[end + 2 : end + 3].isalpha()
    if plural and has_s:
        return [(end, end + 2, mark)]
    if not plural and not has_s:
        return [(end, end + 1, mark + "s")]
    return []


def _unit_word(unit: str, written: str, amount, hyphen: bool) -> str:
    plural = not hyphen and amount != 1
    short = {"second": "sec", "minute": "min", "hour": "hr"}.get(unit)
    base = short if short and written.lower().startswith(short) and not written.lower().startswith(unit) else unit
    if " " in unit and _UNIT_NAMES.get(_unit_key(written)) == unit:
        # business days, working days: the translator's words, with the number's ending
        singular = written[:-1] if written.lower().endswith("s") else written
        return singular + ("s" if plural else "")
    if base == short and written.lower() == short:
        plural = False  # "90 min", "2 hr": an abbreviation written without -s stays so (120 min, not 120 mins)
    return _same_case(base + ("s" if plural else ""), written)


def _amount_like(amount, written: str) -> str | None:
    if written[0].isdigit():
        return _format_number(amount) if isinstance(amount, int) and amount >= 1000 else str(amount)
    if written.lower() in ("a", "an") and isinstance(amount, int) and amount > 1:
        return _same_case(_small_number(amount), written)  # about an hour → about 40 minutes, two hours
    word = NUMBER_WORDS.get(amount) if isinstance(amount, int) else None
    word = word or _in_words(amount, word_value(written))
    return _same_case(word, written) if word else None


@cache
def inflect_engine():
    """inflect's engine, made once: the plural lexicon beside lemminflect's, and the names of numbers past twelve
    (imported only when first asked: an import the commands that never need it should not pay)."""
    import inflect

    return inflect.engine()


def _in_words(number: object, old: object) -> str | None:
    """*number* in words where a count the translator wrote in words (*old*) stood: up to twelve as every style
    writes them; 13 to 99 only where the old count was ten or more in words too, a translator who spells counts
    out past nine (Chicago's style), as inflect writes them ("fifteen", "forty-two"); None otherwise."""
    if not isinstance(number, int) or number < 0:
        return None
    if number <= 12:
        return NUMBER_WORDS.get(number)
    if number <= 99 and isinstance(old, int) and old >= 10:
        return str(inflect_engine().number_to_words(number))
    return None


# The hyphens that join a span to the noun it describes ("an hour-long class", "a two-and-a-half-hour tour").
_HYPHENS = ("-", "\u2010", "\u2011")


def _rewrite_duration(mention: Mention, text: str, old: Entity, new: Entity) -> list[tuple[int, int, str]] | None:
    if new.kind != "duration" or borne(new) != borne(old):
        return None
    g = mention.groups
    if mention.style in ("every", "per"):
        return _rewrite_every(mention, text, new)
    if ("n" in g and ("ahalf" in g or "bhalf" in g)) or "hh" in g:
        return _rewrite_half(mention, text, new)
    if "n" not in g:
        return None  # written in words kokuchi does not rewrite
    if text[slice(*g["n"])].lower() in ("a", "an") and text[mention.end : mention.end + 1] in _HYPHENS:
        return None  # an hour-long class, a week-long festival: an adjective whose article and unit both change
    old_unit = "hour" if mention.value[0] == "hour" else mention.value[0]
    new_unit = new.value[0]
    amount = new.value[1]
    minutes = new.value[2] if new_unit == "hour" else 0
    has_minutes = "n2" in g
    # "a week" for 7日, "an hour" for 60分, "one year" for 12か月: the English said the old value in words, in a
    # unit of its own; the new value is written in the source's unit. In digits (60 minutes for 1時間), the unit
    # was the translator's choice: declined, a human must look.
    worded = old.value[0] != old_unit and not text[g["n"][0]].isdigit()
    if old.value[0] != old_unit and not worded:
        return None
    if new_unit != old_unit:
        # 1時間前 → 30分前: the translation wrote the source's unit, so it writes the new one ("30 minutes
        # before"; 40分 → 1時間10分: "1 hour and 10 minutes"); not where the unit is shared or split
        # (2–3 hours, 1 hour and 30 minutes), nor in an adjective (a 40-minute wait).
        if has_minutes or mention.style in ("range", "hyphen"):
            return None
        s, e = g["n"]
        written = _amount_like(amount, text[s:e])
        if worded:  # counted as style guides count: within a week → within 10 days, one year → six months
            written = _same_case(_small_number(amount), text[s:e]) if isinstance(amount, int) and amount else None
        if written is None:
            return None
        us, ue = g["unit"]
        unit = _unit_word(new_unit, text[us:ue], amount, False)
        if minutes:
            model = text[us:ue] if old_unit == "minute" else "minute"  # 40 mins → 1 hour and 10 mins
            joined = _and_minutes(minutes, text[s:e], model)
            if joined is None:
                return None
            unit += joined
        return [(s, e, written), (us, ue, unit), *_possessive(text, ue, plural=amount != 1 or bool(minutes))]
    hyphen = mention.style == "hyphen"
    if has_minutes and (new_unit != "hour" or not text[slice(*g["unit2"])].lower().startswith("min")):
        return None  # "5 minutes and 30 seconds": only hours and minutes are one Japanese value (1時間30分)
    if minutes and not has_minutes and (hyphen or mention.style == "range"):
        return None  # "a 2-hour class", "2–3 hours": no place kokuchi can add the minutes to
    s, e = g["n"]
    if amount == 1 and not minutes and not has_minutes and mention.style == "" and _every(text, g):
        # every 2 hours → every hour: the count goes, the unit is singular
        us, ue = g["unit"]
        return [(s, us, ""), (us, ue, _unit_word(new_unit, text[us:ue], 1, False))]
    written = _amount_like(amount, text[s:e])
    if written is None:
        return None
    if mention.style == "range":
        return [(s, e, written)]  # the unit is the second end's, written with it
    us, ue = g["unit"]
    # (business days said as days with the closed days left out: the writer's "days" stays)
    written_unit = "day" if _unit_name(text[us:ue]) == "day" else new_unit
    unit = _unit_word(written_unit, text[us:ue], amount, hyphen)
    if minutes == 30 and not has_minutes and not hyphen and written.isalpha() and text[us:ue].lower() in _HOURS:
        # 3時間 → 2時間半 beside "three hours": "two and a half hours", as English says a half hour in words.
        written, unit = f"{written} and a half", _unit_word(new_unit, text[us:ue], 2, False)
    elif minutes and not has_minutes:
        # 2時間 → 1時間30分: "2 hours" → "1 hour and 30 minutes", the minutes written like the hours.
        joined = _and_minutes(minutes, text[s:e], "min" if text[us:ue].lower().startswith("hr") else text[us:ue])
        if joined is None:
            return None
        unit += joined
    edits = [(s, e, written), (us, ue, unit)]
    edits += _possessive(text, ue, plural=not hyphen and (amount != 1 or bool(minutes and not has_minutes)))
    if has_minutes and not minutes:
        # 1時間30分 → 2時間: "1 hour and 30 minutes" → "2 hours"; the minutes and what joined them go.
        edits.append((ue, g["unit2"][1], ""))
    elif has_minutes:
        s2, e2 = g["n2"]
        written2 = _amount_like(minutes, text[s2:e2])
        if written2 is None:
            return None
        u2s, u2e = g["unit2"]
        edits += [(s2, e2, written2), (u2s, u2e, _unit_word("minute", text[u2s:u2e], minutes, hyphen))]
    return edits


def _every(text: str, g: dict) -> bool:
    return "rel" in g and text[slice(*g["rel"])].lower() == "every"


def _rewrite_half(mention: Mention, text: str, new: Entity) -> list[tuple[int, int, str]] | None:
    """Half an hour, an hour and a half, two and a half hours: a span of hours said in words with its half, rewritten
    in words to a new span of whole or half hours (1時間30分 → 2時間: "about two hours"; → 2時間30分: "two and a half
    hours"; 30分 → 1時間: "an hour"; 90分 → 120分: "two hours"), the writer's article kept for one hour ("an hour
    and a half") and the possessive after it agreeing ("two and a half hours' walk"); None for any other value, or
    where the words make an adjective ("a two-and-a-half-hour tour")."""
    g = mention.groups
    if new.value[0] == "hour":
        hours, minutes = new.value[1], new.value[2]
    elif new.value[0] == "minute" and isinstance(new.value[1], int):
        hours, minutes = divmod(new.value[1], 60)
    else:
        return None
    if minutes not in (0, 30) or not 0 <= hours <= 12 or (hours, minutes) == (0, 0):
        return None
    if "hh" in g:  # half an hour
        start, end = g["hh"]
        article = True
    else:
        start = g["n"][0]
        end = max(g["unit"][1], *(g[name][1] for name in ("ahalf", "bhalf") if name in g))
        article = text[slice(*g["n"])].lower() in ("a", "an")
    if text[end : end + 1] in _HYPHENS or "-" in text[start:end]:
        return None
    half = minutes == 30
    if hours == 0:
        phrase = "half an hour"
    elif hours == 1 and article:
        phrase = "an hour and a half" if half else "an hour"
    else:
        phrase = f"{NUMBER_WORDS[hours]}{' and a half' if half else ''} hour{'s' if half or hours != 1 else ''}"
    return [(start, end, _same_case(phrase, text[start:end])), *_possessive(text, end, plural=phrase.endswith("s"))]


def _small_number(amount: int) -> str:
    """A count written where the translation wrote none (every hour → every two hours): in words
    below ten, in digits from ten on, as English style guides write counts (AP, Chicago's simpler rule)."""
    return NUMBER_WORDS[amount] if amount < 10 else _format_number(amount)


def _rewrite_every(mention: Mention, text: str, new: Entity) -> list[tuple[int, int, str]] | None:
    """every hour (1時間ごと) → every two hours (2時間ごと), every day, per hour → per two hours; a count with
    minutes declines."""
    unit, amount = (new.value[0], new.value[1]) if new.value[0] != "hour" or not new.value[2] else (None, None)
    if unit is None or not isinstance(amount, int) or amount < 1 or "eunit" not in mention.groups:
        return None  # (every half hour: a span in words, declined)
    s, e = mention.groups["eunit"]
    written = _unit_word(unit, text[s:e], amount, False)
    return [(s, e, written if amount == 1 else f"{_small_number(amount)} {written}")]


def _rewrite_digits(mention: Mention, old: Entity, new: Entity) -> str | None:
    """A phone number or ID with its digits replaced, separators kept: 0120 123 456 → 0120 123 789."""
    old_digits, new_digits = digits_key(old.value[0])[1], digits_key(new.value[0])[1]
    shown = re.sub(r"\D", "", mention.text)
    if mention.text.lstrip().startswith("+81"):
        shown, new_digits, old_digits = shown[2:], new_digits[1:], old_digits[1:]
    if shown != old_digits or len(new_digits) != len(old_digits):
        return new.value[0] if mention.text == old.value[0] else None
    digits = iter(new_digits)
    prefix = mention.text[: mention.text.index("+81") + 3] if mention.text.lstrip().startswith("+81") else ""
    body = mention.text[len(prefix) :]
    return prefix + "".join(next(digits) if char.isdigit() else char for char in body)


# A count in digits before what it counts (25 volunteers), no amount of money, measure, code or clock time.
_COUNT_IN_DIGITS = re.compile(r"(?<![\w¥$€£#.,:/-])([1-9]\d{1,2})\s+(?![ap]\.?m\b)[a-z]")


def _counts_from_ten_in_digits(text: str) -> bool:
    """*text* writes a count of ten or more in digits before what it counts ("25 volunteers"): its writer
    counts from ten in digits, as AP does, and a count written in words grown past nine is written so too."""
    return bool(_COUNT_IN_DIGITS.search(text))


# The parts of a date, in the order of Entity.value and of a date or month mention's value.
_DATE_PARTS = ("year", "month", "day")


def unwritten_changes(mention: Mention, old: Entity, new: Entity) -> list[str]:
    """The parts of a date that changed in the source but that *mention* does not write: a rewrite of it
    cannot show them, so an auto-update that would rely on it must decline.

    2025年12月29日 → 2026年12月29日 beside "from December 29": the year changed and the English leaves it out;
    the English "rewritten" is the old one, which reads as this year's December. So too a weekday the source
    changes (12月29日(月) → 12月30日(火)) beside an English date that names none ("December 29"), a month beside
    "the 29th", a year beside "September" (2025年9月). A value the English writes whole (a time, a count, a
    duration) has no part left out; neither has a part both sources leave out.
    """
    if old.kind != "date" or new.kind != "date":
        return []
    if mention.kind in ("date", "month"):
        written = (*mention.value[:3], mention.value[3] if len(mention.value) > 3 else None)
    else:  # "the 29th", "29": the day alone
        written = (None, None, mention.value[0], None)
    missing = [
        part
        for part, before, after, shown in zip(_DATE_PARTS, old.value, new.value, written, strict=False)
        if before != after and shown is None
    ]
    if old.weekday != new.weekday and written[3] is None:
        missing.append("weekday")
    return missing


def replacement(mention: Mention, text: str, old: Entity, new: Entity) -> list[tuple[int, int, str]] | None:
    """The edits that make *mention* (which shows *old*) show *new*, in the same form, its article agreeing;
    None if it cannot."""
    edits = _replacement(mention, text, old, new)
    return None if edits is None else _with_articles(text, edits)


def _replacement(mention: Mention, text: str, old: Entity, new: Entity) -> list[tuple[int, int, str]] | None:
    if mention.kind == "time":
        if new.kind != "time":
            return None
        if _shares_its_half(mention, text) and (mention.value[0] % 24 >= 12) != (new.value[0] % 24 >= 12):
            return None  # between 7 and 9 AM → 13時: "between 7 and 1 PM" would move the first end to the evening
        # (but beside a date, "midnight on June 1" is read as the end of that day by many: 0:00 stays in digits)
        written = rewrite_clock(mention, new.value, midnight=not any(m.kind == "date" for m in read(text)))
        if written is None and mention.style == "word":
            # midnight → 1:00 a.m.: written as the translation writes its other clock times, if it has one
            models = [m for m in read(text) if m.kind == "time" and m.style in ("12h", "24h") and m.value is not None]
            if models and 0 <= new.value[0] <= 29 and 0 <= new.value[1] < 60:
                written = _rewrite_time_text(models[0].text, models[0].style, new.value)
            elif not models and 0 <= new.value[0] <= 29 and 0 <= new.value[1] < 60:
                # none to copy: as English writes a time (CLDR's short form), past midnight too ("until midnight"
                # for 24時 → 25時: "until 1:00 AM", which the gate refuses on the source's date, the morning before)
                written = _cldr_clock((new.value[0] % 24, new.value[1]))
        if written is not None and mention.style == "12h" and new.value[1] == 0 and _hours_bare(text, mention):
            # 9:30 a.m. → 10 a.m. beside "to 5 p.m.": an hour written as the translation writes its other hours
            written = re.sub(r"[:.]00(?=\s*[AaPp])", "", written, count=1)
        return None if written is None else [(mention.start, mention.end, sentence_stop(text, mention, written))]
    if mention.kind == "date":
        return _rewrite_date(mention, text, new)
    if mention.kind == "month":
        return _rewrite_month(mention, text, new)
    if mention.kind == "weekday":
        if new.kind != "weekday":
            return None
        s, e = mention.groups["wday"] if "wday" in mention.groups else mention.groups["wdab"]
        names = _names()[4] if "wday" in mention.groups else _names()[5]
        return [(s, e, names[new.value[0]])]  # the plural s, if any, stays
    if mention.kind == "duration":
        return _rewrite_duration(mention, text, old, new)
    if mention.kind in ("phone",) or (mention.kind == "id" and old.kind in ("phone", "id") and "-" in old.value[0]):
        written = _rewrite_digits(mention, old, new) if new.kind == old.kind else None
        return None if written is None else [(mention.start, mention.end, written)]
    decade = re.fullmatch(r"(\d+)(['’]?s)", mention.text) if mention.kind == "alnum" else None
    if decade and old.kind == new.kind == "number" and int(decade[1]) == scalar(old):
        # 20代 → 60代 beside "in their 20s": a decade (of age, or of years: 1990年代, "the 1990s") is written
        # as one again; a number that is no decade's cannot be
        number = scalar(new)
        if not isinstance(number, int) or number % 10 or number < 10:
            return None
        return [(mention.start, mention.end, f"{number}{decade[2]}")]
    if mention.kind in ("version", "alnum", "id") and old.kind == new.kind and old.kind in ("version", "alnum", "id"):
        if mention.text.casefold() == str(old.value[0]).casefold():
            return [(mention.start, mention.end, str(new.value[0]))]
        if mention.kind == "id" and old.kind == "id" and new.value[0].isdigit() and mention.text.isdigit():
            return [(mention.start, mention.end, new.value[0])]
        return None
    if mention.kind == "fraction":
        word = FRACTION_WORDS.get(new.value) if new.kind == "fraction" else None
        return None if word is None else [(mention.start, mention.end, _same_case(word, mention.text))]
    number = scalar(new)
    if number is None or old.kind != new.kind:
        return None
    if mention.kind == "ordinal":
        if not isinstance(number, int) or mention.style in ("named", "numbered word"):
            return None  # runner-up, day two: words kokuchi does not rewrite
        if mention.style == "word":
            word = ORDINAL_WORDS.get(number)
            return None if word is None else [(mention.start, mention.end, _same_case(word, mention.text))]
        s, e = mention.groups["n"]
        edits = [(s, e, str(number))]
        if "suf" in mention.groups:
            edits.append((*mention.groups["suf"], ordinal_suffix(number)))
        return edits
    if mention.kind == "number" and (mention.style in ("dozen", "named") or "compact" in mention.groups):
        return None  # a dozen, a couple of: words kokuchi does not rewrite
    if mention.kind == "number" and mention.style == "word":
        if isinstance(number, int) and 10 <= number and mention.value[0] < 10 and _counts_from_ten_in_digits(text):
            # "nine staff and 25 volunteers" → 12: a writer who counts from ten in digits (AP's style)
            return [(mention.start, mention.end, str(number))]
        word = _in_words(number, mention.value[0])
        if word is None:
            return None
        return [(mention.start, mention.end, _same_case(word, mention.text))]
    if mention.kind == "number":
        s, e = mention.groups["num"]
        if "frac" in mention.groups:
            e = mention.groups["frac"][1]
        if "scale" in mention.groups:  # 300 million → 400 million; a value the word cannot show declines
            shown = Decimal(number) / _SCALES[mention.text[mention.groups["scale"][0] - mention.start :].strip()]
            if shown * 100 != (shown * 100).to_integral_value():
                return None  # (3 million → 2.5 million, 12.34 million: a scale's decimals as English writes them)
            return [(s, e, str(int(shown)) if shown == shown.to_integral_value() else str(shown.normalize()))]
        old_number = mention.value[0]
        # Grouped as written; a number that had too few digits to show a style is grouped as English groups (CLDR).
        grouped = mention.style == "grouped" or (isinstance(old_number, int) and old_number < 1000)
        if mention.style != "grouped" and _label().search(text[: mention.start]):
            grouped = False  # Flight 1000, Room 1204, No. 1500: a name, never grouped
        written = _format_number(number) if grouped and isinstance(number, int) else str(number)
        return [(s, e, written)]
    return None


_ARTICLE = re.compile(r"(?<![A-Za-z])(?P<article>[Aa]n?) $")


def _starts_with_a_vowel_sound(written: str) -> bool:
    """Whether a number, as written, is said with a vowel first: eight, eleven, eighteen and eighty in words; in
    digits, a number said from its leading group of three (8, 80, 800, 8,000, 11, 11,000, 18,500: "eight",
    "eleven thousand", "eighteen thousand five hundred"; 1,100 is "one thousand one hundred"). One is "wun"."""
    digits = re.match(r"\d+", written.replace(",", ""))
    if digits is None:
        return written[:1].lower() == "e"
    lead = int(digits.group())
    while lead >= 1000:
        lead //= 1000
    return str(lead).startswith("8") or lead in (11, 18)


def _article_before(text: str, start: int, word: str) -> list[tuple[int, int, str]]:
    """The edit of the article right before a number written anew (a six-mat room → an eight-mat room, a 10-minute
    session → an 8-minute session), or none. An "A" inside a sentence is a name (Plan A 8, Grade A), no article."""
    found = _ARTICLE.search(text, 0, start)
    if found is None:
        return []
    article = found.group("article")
    if article[0] == "A" and not re.search(r"(?:^|[.!?:;]\s+|[(\"“‘]\s*)$", text[: found.start("article")]):
        return []
    wanted = "an" if _starts_with_a_vowel_sound(word) else "a"
    if article.lower() == wanted:
        return []
    return [(found.start("article"), found.end("article"), article[0] + wanted[1:])]


def _with_articles(text: str, edits: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """*edits*, and the edit of an article each number written anew needs (a 10-minute → an 8-minute)."""
    written_at = {start for start, _, _ in edits}
    articles = [
        article
        for start, end, written in edits
        if written[:1].isdigit() or word_value(written.split(" ")[0]) is not None
        for article in _article_before(text, start, written)
        if article[0] not in written_at
    ]
    return sorted({*edits, *articles})


# Clock times alone, for the callers that ask for them (the release gate's check of valid times).


class EnglishTime(NamedTuple):
    """A clock time as an English text writes it; value None when it is no valid time."""

    start: int
    end: int
    text: str
    value: tuple[int, int] | None
    style: str  # 12h, 24h, word


def english_times(text: str) -> list[EnglishTime]:
    """Every clock time in an English text, valid or not (21:00 AM, 13:15 PM, 0:30 AM)."""
    return [
        EnglishTime(mention.start, mention.end, mention.text, mention.value, mention.style)
        for mention in read(text)
        if mention.kind == "time"
    ]
