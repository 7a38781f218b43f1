"""Entities of Japanese notices, and how an English translation writes them.

A notice's facts are its entities: dates (2023年7月14日), clock times (午後7時,
19:00), durations (1時間, 2時間30分), ordinals (第1報), phone numbers and IDs
whose leading zeros matter (0120-123-456), names with digits (IPv6, us-1),
versions (1.2), plain numbers, URLs; a range (9時〜12時, 14日〜17日) is two
entities, the second taking what it leaves out from the first.

Used by the catalog update (a change that only swaps an entity rewrites the
entity in the translation, in the translator's own form) and by the
consistency checks (a translation must carry the same entities as its source,
and every English clock time in it must be a valid time: "21:00 AM" is not).
The English forms of dates come from Babel (dates.py); the rest is rules.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

_RANGE = r"(?:〜|~|-|–|から)"
# Order matters: the first alternative that matches at a position wins, so
# 午前9時 is a time before 9 can be a number, and 1時間 is a duration because
# the clock time refuses a 時 followed by 間.
_PATTERNS = [
    ("url", r"https?://[^\s<>()（）「」、。]+"),
    ("date", r"(?P<y>\d{4})年\s*(?P<m>\d{1,2})月\s*(?P<d>\d{1,2})日(?![間後前])"),
    ("date", r"(?<![\d.])(?P<y2>\d{4})[-/](?P<m2>\d{1,2})[-/](?P<d2>\d{1,2})(?![\d])"),
    ("date", r"(?<![\d.])(?P<m3>\d{1,2})月\s*(?P<d3>\d{1,2})日(?![間後前])"),
    ("day", r"(?:(?<=[〜~\-–])|(?<=から))\s*(?P<d4>\d{1,2})日(?![間後前])"),
    (
        "time",
        r"(?:(?P<ampm>午前|午後)\s*)?(?<![\d.])(?P<h>\d{1,2})時(?!間)"
        r"(?:\s*(?P<min>\d{1,2})分(?!間)|(?P<half>半))?",
    ),
    ("time", r"(?:(?P<ampm2>午前|午後)\s*)?(?<![\d.:])(?P<h2>\d{1,2}):(?P<min2>\d{2})(?![\d:])"),
    ("time", r"(?P<noon>正午)"),
    ("duration", r"(?<![\d.])(?P<dh>\d+)時間(?:\s*(?P<dm>\d{1,2})分(?:間)?)?"),
    ("duration", r"(?<![\d.])(?P<dn>\d+)(?P<du>分|秒|日|週|か月|カ月|ヶ月|ケ月|年)(?P<dsuffix>間|後|以内)?"),
    ("ordinal", r"第\s*(?P<o1>\d+)\s*(?=[報回版条項号次期弾部])"),
    ("ordinal", r"(?<![\d.])(?P<o2>\d+)(?=(?:回目|番目|件目|度目|次))"),
    ("phone", r"(?<![\d-])(?P<phone>0\d{1,4}-\d{1,4}-\d{3,4}|0\d{1,4}\(\d{1,4}\)\d{3,4})(?![\d-])"),
    ("id", r"ID\s*[:：]\s*(?P<id>[A-Za-z0-9][A-Za-z0-9_-]*)"),
    ("id", r"(?<![A-Za-z0-9])(?P<code>[A-Z][A-Z0-9]+(?:-[A-Z0-9]+)*-\d+)(?![A-Za-z0-9])"),
    (
        "alnum",
        r"(?<![A-Za-z0-9])(?P<alnum>(?:[A-Za-z]+[0-9]|[0-9]+[A-Za-z])[A-Za-z0-9]*(?:[-_/.][A-Za-z0-9]+)*"
        r"|[A-Za-z]+(?:[-_/][A-Za-z]*\d[A-Za-z0-9]*)+)(?![A-Za-z0-9])",
    ),
    ("version", r"(?<![\d.])(?P<ver>\d+(?:\.\d+){1,3})(?![\d.])"),
    ("number", r"(?<![\d.])(?P<man>\d+)万(?!円)"),
    ("id", r"(?<![\d.,])(?P<zeros>0\d+)(?![\d])"),
    ("number", r"(?<![\d.])(?P<num>\d{1,3}(?:,\d{3})+|\d+)(?![\d])"),
]
_ENTITY = re.compile("|".join(f"(?P<k{i}>{pattern})" for i, (_, pattern) in enumerate(_PATTERNS)))
_UNITS = {
    "分": "minute",
    "秒": "second",
    "日": "day",
    "週": "week",
    "か月": "month",
    "カ月": "month",
    "ヶ月": "month",
    "ケ月": "month",
    "年": "year",
}


@dataclass(frozen=True)
class Entity:
    kind: str  # url, date, time, duration, ordinal, phone, id, alnum, version, number
    value: tuple  # normalized: (y, m, d) with y None when absent; (h, m); ("hour", 2, 30); (728,); ("0120-123-456",)
    start: int
    end: int
    text: str
    joined: bool = False  # the second end of a range (14日〜17日), joined to the entity before it


def normalize(text: str) -> str:
    """Full-width forms to half-width (NFKC), as the comparisons use it."""
    return unicodedata.normalize("NFKC", text)


def _clock(ampm: str | None, hour: int) -> int:
    if ampm == "午後" and hour < 12:
        return hour + 12
    if ampm == "午前" and hour == 12:
        return 0
    return hour


def _value(kind: str, g: dict, text: str) -> tuple:
    if kind == "date":
        year = g.get("y") or g.get("y2")
        return (
            int(year) if year else None,
            int(g.get("m") or g.get("m2") or g.get("m3")),
            int(g.get("d") or g.get("d2") or g.get("d3")),
        )
    if kind == "day":
        return (None, None, int(g["d4"]))
    if kind == "time":
        if g.get("noon"):
            return (12, 0)
        hour = int(g.get("h") or g.get("h2"))
        minute = 30 if g.get("half") else int(g.get("min") or g.get("min2") or 0)
        return (_clock(g.get("ampm") or g.get("ampm2"), hour), minute)
    if kind == "duration":
        if g.get("dh"):
            return ("hour", int(g["dh"]), int(g.get("dm") or 0))
        return (_UNITS[g["du"]], int(g["dn"]))
    if kind == "ordinal":
        return (int(g.get("o1") or g.get("o2")),)
    if kind == "number":
        if g.get("man"):
            return (int(g["man"]) * 10_000,)
        return (int(g["num"].replace(",", "")),)
    for name in ("phone", "id", "code", "alnum", "ver", "zeros"):
        if g.get(name):
            return (g[name],)
    return (text,)  # url


def find(text: str) -> list[Entity]:
    """Entities of *text* (as written, full-width forms normalized first)."""
    text = normalize(text)
    found: list[Entity] = []
    for match in _ENTITY.finditer(text):
        kind = _PATTERNS[_group_index(match)][0]
        g = {k: v for k, v in match.groupdict().items() if v is not None}
        entity = Entity(kind, _value(kind, g, match.group(0)), match.start(), match.end(), match.group(0))
        found.append(_in_range(entity, found[-1] if found else None, text, g))
    return found


def _in_range(entity: Entity, previous: Entity | None, text: str, g: dict) -> Entity:
    """The second end of a range takes what it leaves out from the first.

    2023年7月14日〜17日: the 17th of the same month; 午後1時〜3時: 3 PM too
    (and 午前11時〜1時 crosses noon: 1 PM).
    """
    joined = previous is not None and re.fullmatch(rf"\s*{_RANGE}\s*", text[previous.end : entity.start]) is not None
    if entity.kind == "day":
        if joined and previous.kind == "date":
            return Entity(
                "date",
                (previous.value[0], previous.value[1], entity.value[2]),
                entity.start,
                entity.end,
                entity.text,
                joined=True,
            )
        return Entity("number", (entity.value[2],), entity.start, entity.end, entity.text)
    explicit = g.get("ampm") or g.get("ampm2") or g.get("noon")
    if entity.kind == "time" and joined and previous.kind == "time" and not explicit:
        first = re.match(r"\s*(午前|午後)", previous.text)
        hour, minute = entity.value
        if first and hour <= 12:
            hour = _clock(first.group(1), hour)
            if (hour, minute) < previous.value and hour < 12:
                hour += 12
            return Entity("time", (hour, minute), entity.start, entity.end, entity.text, joined=True)
    if joined and previous.kind == entity.kind:
        return Entity(entity.kind, entity.value, entity.start, entity.end, entity.text, joined=True)
    return entity


def _group_index(match: re.Match) -> int:
    return (
        int(match.lastgroup[1:])
        if match.lastgroup and match.lastgroup[0] == "k"
        else next(i for i in range(len(_PATTERNS)) if match.group(f"k{i}") is not None)
    )


def skeleton(text: str) -> tuple[str, list[Entity]]:
    """The text with each entity replaced by a typed placeholder, and the entities."""
    text = normalize(text)
    entities = find(text)
    parts, last = [], 0
    for entity in entities:
        parts.append(text[last : entity.start])
        parts.append(f"\x00{entity.kind}\x00")
        last = entity.end
    parts.append(text[last:])
    return "".join(parts), entities


def entity_only_change(old: str, new: str) -> list[tuple[Entity, Entity]] | None:
    """The entities that changed, if nothing else did; None otherwise."""
    old_skeleton, old_entities = skeleton(old)
    new_skeleton, new_entities = skeleton(new)
    if old_skeleton != new_skeleton:
        return None
    changed = [(a, b) for a, b in zip(old_entities, new_entities, strict=True) if a.value != b.value]
    return changed or None


# English -----------------------------------------------------------------------------------------

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


def _ordinal_suffix(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def _plural(n: int, unit: str) -> str:
    return unit if n == 1 else unit + "s"


def _duration_forms(value: tuple) -> list[str | None]:
    """Positions line up across values: the form at index i is one style."""
    if value[0] == "hour":
        _, h, m = value
        if m:
            hm = f"{h} {_plural(h, 'hour')}"
            return [
                f"{hm} and {m} {_plural(m, 'minute')}",
                f"{hm} {m} {_plural(m, 'minute')}",
                None,
                None,
                None,
                f"{h}h {m}m",
                f"{h}h{m}m",
                f"{h * 60 + m} minutes",
                f"{h}.5 hours" if m == 30 else None,
                f"{h}:{m:02d} hours",
            ]
        word = NUMBER_WORDS.get(h)
        return [
            f"{h} {_plural(h, 'hour')}",
            f"{h}-hour",
            f"{word} {_plural(h, 'hour')}" if word else None,
            f"{word}-hour" if word else None,
            "an hour" if h == 1 else None,
            f"{h}h",
            None,
            f"{h * 60} minutes",
            None,
            None,
        ]
    unit, n = value
    word = NUMBER_WORDS.get(n)
    article = "an" if unit == "hour" else "a"
    return [
        f"{n} {_plural(n, unit)}",
        f"{n}-{unit}",
        f"{word} {_plural(n, unit)}" if word else None,
        f"{word}-{unit}" if word else None,
        f"{article} {unit}" if n == 1 else None,
        f"{n}{unit[0]}" if unit in ("minute", "second") else None,
        f"{n} min" if unit == "minute" else None,
        f"{n} sec" if unit == "second" else None,
        None,
        None,
    ]


def _phone_forms(written: str) -> list[str]:
    digits = re.split(r"[-()]", written)
    national = [d for d in digits if d]
    international = [national[0][1:]] + national[1:]
    return [
        written,
        " ".join(national),
        "".join(national),
        "+81-" + "-".join(international),
        "+81 " + " ".join(international),
    ]


def english_forms(entity: Entity, lang: str = "en") -> list[str | None]:
    """The ways a translation may write *entity*, most usual first.

    Aligned by position for entities of one kind (None where a style has no
    form for that value), so that a rewritten entity keeps the translator's
    style. Clock times are not here: see english_times.
    """
    kind, value = entity.kind, entity.value
    if kind == "date":
        from kokuchi.language.dates import date_forms

        return list(date_forms(value, lang))
    if kind == "duration":
        return _duration_forms(value)
    if kind == "ordinal":
        n = value[0]
        return [_ordinal_suffix(n), ORDINAL_WORDS.get(n), f"No. {n}", f"No.{n}", f"#{n}", f"{n}"]
    if kind == "phone":
        return _phone_forms(value[0])
    if kind == "number":
        from kokuchi.language.dates import format_number

        n = value[0]
        return [str(n), format_number(n, lang), NUMBER_WORDS.get(n), {1: "once", 2: "twice"}.get(n)]
    if kind == "alnum" and (split := re.fullmatch(r"(\d+)([A-Za-z]+)", value[0])):
        return [value[0], f"{split.group(1)} {split.group(2)}"]
    return [str(value[0])]


# An English clock time: 9:00 AM, 9 a.m., 9am, 21:00, 09:00, noon, midnight.
_EN_TIME = re.compile(
    r"(?<![\d:.,])(?P<h>\d{1,2})(?::(?P<m>\d{2}))?(?P<space>[ \u202f\u00a0]?)(?P<ampm>[AaPp](?:[Mm]\b|\.[Mm]\.?))"
    r"|(?<![\d:.,])(?P<h24>\d{1,2}):(?P<m24>\d{2})(?![\d:])"
    r"|\b(?P<word>noon|midnight)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class EnglishTime:
    """A clock time as an English text writes it; value None when it is no valid time."""

    start: int
    end: int
    text: str
    value: tuple[int, int] | None
    style: str  # 12h, 24h, word


def english_times(text: str) -> list[EnglishTime]:
    """Every clock time in an English text, valid or not (21:00 AM, 13:15 PM, 0:30 AM)."""
    found = []
    for match in _EN_TIME.finditer(text):
        g = match.groupdict()
        if g["word"]:
            value, style = ((12, 0) if g["word"].lower() == "noon" else (0, 0)), "word"
        elif g["ampm"]:
            hour, minute = int(g["h"]), int(g["m"] or 0)
            valid = 1 <= hour <= 12 and minute < 60
            pm = g["ampm"][0] in "Pp"
            value, style = ((hour % 12 + (12 if pm else 0), minute) if valid else None), "12h"
        else:
            hour, minute = int(g["h24"]), int(g["m24"])
            valid = (hour < 24 and minute < 60) or (hour == 24 and minute == 0)
            value, style = ((hour, minute) if valid else None), "24h"
        found.append(EnglishTime(match.start(), match.end(), match.group(0), value, style))
    return found


def time_forms(value: tuple[int, int]) -> list[str]:
    """The usual English forms of a clock time, for messages: 7:00 PM, 19:00."""
    hour, minute = value
    forms = [f"{hour % 12 or 12}:{minute:02d} {'AM' if hour < 12 or hour == 24 else 'PM'}", f"{hour:02d}:{minute:02d}"]
    if (hour, minute) == (12, 0):
        forms.append("noon")
    return forms


def rewrite_time(mention: EnglishTime, value: tuple[int, int]) -> str | None:
    """*mention* showing *value* instead, written the same way; None if that form cannot show it.

    9:00 AM → 9:00 PM (never 21:00 AM), 9am → 9pm, 09:00 → 21:00, 9:00 → 21:00.
    """
    hour, minute = value
    if not (0 <= hour < 24 and 0 <= minute < 60):
        return None
    match = _EN_TIME.fullmatch(mention.text)
    g = match.groupdict()
    if mention.style == "word":
        return None
    if mention.style == "24h":
        width = len(g["h24"])
        return f"{hour:0{width}d}:{minute:02d}"
    marker = g["ampm"]
    if (hour >= 12) != (marker[0] in "Pp"):
        letter = "P" if hour >= 12 else "A"
        marker = (letter if marker[0].isupper() else letter.lower()) + marker[1:]
    clock = f"{hour % 12 or 12:02d}" if g["h"].startswith("0") else f"{hour % 12 or 12}"
    if g["m"] is not None or minute:
        clock += f":{minute:02d}"
    return clock + g["space"] + marker
