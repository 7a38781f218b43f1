"""Dates and times per language, through Babel's CLDR data (never strftime).

A notice's times are shown in the offset the editor wrote them in. +09:00 reads
as JST (the notices are Japanese); any other offset as UTC±hh:mm.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from functools import cache, lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from babel import Locale
from babel.dates import format_date, format_interval, format_skeleton, format_time

from kokuchi.core.errors import KokuchiError
from kokuchi.core.model import Period
from kokuchi.language.labels import Labels

_JST = timedelta(hours=9)


def zone(name: str) -> ZoneInfo:
    """An IANA time zone such as Asia/Tokyo or America/New_York."""
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise KokuchiError(f"unknown time zone {name!r} (use an IANA name such as Asia/Tokyo or UTC)") from None


def zone_label(moment: datetime) -> str:
    if isinstance(moment.tzinfo, ZoneInfo):
        return moment.tzname() or "UTC"  # the zone's own abbreviation: JST, EDT, CET
    offset = moment.utcoffset() or timedelta(0)
    if offset == _JST:
        return "JST"
    if offset == timedelta(0):
        return "UTC"
    sign = "+" if offset > timedelta(0) else "-"
    minutes = abs(int(offset.total_seconds())) // 60
    return f"UTC{sign}{minutes // 60:02d}:{minutes % 60:02d}"


@cache
def _locale(lang: str) -> Locale:
    return Locale.parse(lang)


def format_local(moment: datetime, lang: str) -> str:
    """Date and time in the locale's own style, without the zone."""
    # Cached on the wall-clock time: aware datetimes of one instant in two
    # zones are equal (and hash alike), but they read differently.
    return _format_wall(moment.replace(tzinfo=None), lang)


def plain_spaces(text: str) -> str:
    """CLDR writes "12:15\u202fPM" with a narrow no-break space; readers search for and type a plain space.

    The line breakers keep a time and its AM/PM together themselves (``language/linebreak.py``).
    """
    return text.replace("\u202f", " ").replace("\u00a0", " ")


@lru_cache(maxsize=8192)
def _format_wall(moment: datetime, lang: str) -> str:
    locale = _locale(lang)
    if lang == "ja":
        # 2023年6月19日(月) 0:00: the weekday in parentheses, 24-hour time.
        date = format_skeleton("yMMMEd", moment, locale=locale)
        time = format_skeleton("Hm", moment, locale=locale)
    else:
        # June 19, 2023, 12:00 AM
        date = format_date(moment, "long", locale=locale)
        time = plain_spaces(format_time(moment, "short", locale=locale))
    pattern = locale.datetime_formats["medium"]
    return pattern.format(time, date)


def format_timestamp(moment: datetime, labels: Labels) -> str:
    return labels("timestamp", "{datetime} {zone}", datetime=format_local(moment, labels.lang), zone=zone_label(moment))


def _endpoint(moment: datetime, approximate: bool, labels: Labels) -> str:
    msgid = "{datetime} {zone} (approx.)" if approximate else "{datetime} {zone}"
    return labels("period endpoint", msgid, datetime=format_local(moment, labels.lang), zone=zone_label(moment))


def format_period(period: Period, labels: Labels) -> str:
    start = _endpoint(period.start, period.approximate, labels)
    zone = zone_label(period.start)
    if period.end is None:
        return labels("period", "{start} – ongoing", start=start, zone=zone)
    end = _endpoint(period.end, period.approximate, labels)
    return labels("period", "{start} – {end}", start=start, end=end, zone=zone)


@lru_cache(maxsize=8192)
def _format_clock(moment: datetime, lang: str) -> str:
    """The time of day alone, in the locale's style: 4:40, 4:40 AM."""
    locale = _locale(lang)
    return (
        format_skeleton("Hm", moment, locale=locale)
        if lang == "ja"
        else plain_spaces(format_time(moment, "short", locale=locale))
    )


def format_change(before: datetime | None, after: datetime | None, labels: Labels) -> tuple[str, str]:
    """Two moments of a change summary, in the style of the rest of the output.

    The second drops the date and the first the zone when both fall on the
    same day in the same zone: 2026年4月25日(土) 6:00 → 8:00 (JST).
    """
    ongoing = labels("event", "ongoing")
    if before is None or after is None:
        return (
            format_timestamp(before, labels) if before else ongoing,
            format_timestamp(after, labels) if after else ongoing,
        )
    if (
        before.utcoffset() == after.utcoffset()
        and before.date() == after.date()
        and zone_label(before) == zone_label(after)
    ):
        first = format_local(before, labels.lang)
        second = labels(
            "timestamp",
            "{datetime} {zone}",
            datetime=_format_clock(after.replace(tzinfo=None), labels.lang),
            zone=zone_label(after),
        )
        return first, second
    return format_timestamp(before, labels), format_timestamp(after, labels)


def date_forms(value: tuple, lang: str = "en") -> list[str]:
    """The ways a translation may write a date, most usual first.

    (2023, 7, 14) → July 14, 2023 / Jul 14, 2023 / 2023-07-14; (None, 7, 14) →
    July 14 / Jul 14. Positions line up for dates of one shape, so that a
    rewritten date keeps the translator's form.
    """
    year, month, day = value
    try:
        moment = date(year or 2000, month, day)
    except ValueError:
        return []
    if year is None:
        return [format_skeleton("MMMMd", moment, locale=lang), format_skeleton("MMMd", moment, locale=lang)]
    return [format_date(moment, "long", locale=lang), format_date(moment, "medium", locale=lang), moment.isoformat()]


def format_number(value: int, lang: str = "en") -> str:
    """1500 → 1,500: grouped as the language groups digits (CLDR)."""
    from babel.numbers import format_decimal

    return format_decimal(value, locale=lang)


def date_range_forms(first: tuple, last: tuple, lang: str = "en") -> list[str]:
    """The ways a translation may write a range of dates: July 14 – 17, 2023 / Jul 14 – 17, 2023."""
    try:
        start, end = date(first[0] or 2000, first[1], first[2]), date(last[0] or 2000, last[1], last[2])
    except ValueError:
        return []
    short = format_interval(start, end, "MMMd" if first[0] is None else "yMMMd", locale=lang)
    # CLDR has abbreviated-month intervals only; the full month names come from the same locale.
    months = _locale(lang).months["format"]
    full = short
    for moment in {start.month: start, end.month: end}.values():
        full = full.replace(months["abbreviated"][moment.month], months["wide"][moment.month], 1)
    return [full, short]


def language_name(lang: str, in_lang: str | None = None) -> str:
    """The language's own name for itself (日本語, English), or its name in *in_lang* (Japanese)."""
    return _locale(lang).get_display_name(_locale(in_lang or lang)) or lang


def format_items(items: list[str], lang: str) -> str:
    """Items as a sentence lists them: 5.2.7, 5.3.3, and 5.1.10 / 5.2.7、5.3.3、5.1.10."""
    from babel.lists import format_list

    return format_list(items, style="standard", locale=_locale(lang))


def format_age(delta: timedelta, lang: str = "en") -> str:
    """A duration as people say it: 3 hours, 2 days."""
    from babel.dates import format_timedelta

    return format_timedelta(delta, locale=_locale(lang), threshold=1.5)


def format_month(year: int, month: int, lang: str) -> str:
    """A month as a heading: 2026年6月 / June 2026."""
    return format_skeleton("yMMMM", date(year, month, 1), locale=_locale(lang))
