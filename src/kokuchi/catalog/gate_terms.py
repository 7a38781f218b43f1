"""What the gate reads beyond the entity layer's values (issue 21, red team 21): words that name a value, and
the terms of a value that a translation must not reverse.

Two halves, both read from the source's own words and never a general translation check:

- **Values named in words** (``worded_mentions``, ``said_keys``): a part numbered in Roman numerals ("Part II"
  for 第2部), twice a year said by its adverb ("semiannually" for 年2回), every day of the year said as a span
  ("all year round" for 365日), the floor at street level said by its British name ("the ground floor" for
  1階), two or three of a counter said loosely ("a couple of days" for 2、3日). Each is a key of its own, so the
  phrase beside another value is still refused.
- **Terms of a value** (``contradictions``): what the source says of a value that the English must not turn
  into its opposite. Each is a pair read from the source's words, and the English is refused only where it
  names the other member of the pair: the direction of a count (以上, 以下: "or more", "or fewer"), the start or
  end of a span (から, まで: "from", "until"), a school year (3年生) said as an age ("aged 3"), the period of a
  frequency (月1回, 週1回: "once a month", "once a week"), the day a time past midnight falls on (5月31日24時 is
  the end of May 31, never "0:00 on May 31"), a weekday alone said as the weekend ("weekends" for 土曜日), a unit
  of measure (3km, never "3 miles": CLDR's unit names, read from Babel), tax (税抜, 税込) and what a rate is per
  (お一人様, 1組: "per person", "per group").
"""

from __future__ import annotations

import bisect
import datetime
import re
from collections.abc import Callable
from decimal import ROUND_HALF_UP, Decimal
from functools import cache, lru_cache, partial
from typing import Any

from kokuchi.language.english import NUMBER_WORDS, Mention
from kokuchi.language.entities import Entity, date_keys, duration_keys, normalize

# --- values named in words -------------------------------------------------------------------------------------

# A part, chapter or session numbered in Roman numerals after its capitalized name (Part II, Chapter IV, Act III,
# Phase I): the ordinal of 第2部, 第4章. Only after such a name, so that "I" stays a pronoun, and only numerals of
# I, V and X (to 39: "Class C" and "Section D" are letters, not 100 and 500).
# Its number may also be a capitalized number word (Part Two, Act Three): the same ordinal.
_NUMBER_NAMES = {word.capitalize(): number for number, word in NUMBER_WORDS.items() if " " not in word}
_ROMAN = re.compile(
    r"\b(?:Part|Chapter|Act|Volume|Vol\.|Book|Section|Phase|Stage|Round|Session|Term|Unit|Lesson|Level|Season"
    r"|Step|Period|Division|Series|Episode)\s+(?:(?P<roman>X{0,3}(?:IX|IV|V?I{0,3}))"
    rf"|(?P<word>{'|'.join(_NUMBER_NAMES)}))(?![A-Za-z0-9])"
)
_BASEMENT = re.compile(r"(?<![A-Za-z0-9])B(?P<level>\d{1,2})(?![A-Za-z0-9])")
_SOURCE_ROMAN = re.compile(r"(?<![A-Za-z])[IVX]+(?![A-Za-z])")
_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10}
# Twice a year said by one word (年2回): semiannually, biannually (twice a year in every dictionary; "biennially"
# is every two years and is not read), half-yearly.
_TWICE_A_YEAR = re.compile(r"(?i)\b(?:semi-?annual(?:ly)?|bi-?annual(?:ly)?|half-yearly)\b")
# Every day of the year said as a span (365日, 24時間365日): all year round, year-round, throughout the year.
_ALL_YEAR = re.compile(
    r"(?i)\b(?:all\s+(?:the\s+)?year(?:\s+round)?|year[-\s]round|throughout\s+the\s+year|every\s+day\s+of\s+the\s+year)\b"
)
# The floor at street level, which Japanese counts as 1階: "ground floor" in British and international English
# (the English reader reads it as ("floor", 1)), "first floor" in American English ("first" already shows the
# 1). Only 1階 (not 地下1階, a basement).
_FIRST_FLOOR = re.compile(r"(?<!地下)(?<!B)(?<!\d)1\s*階")
# Two or three (2、3日, 2、3人): said loosely, "a couple of", "a few", "two or three".
_FEW = re.compile(r"(?i)\b(?:a\s+couple(?:\s+of)?|a\s+few|two\s+or\s+three|2\s+or\s+3)\b")
# (only before a counter that counts: 1、2階 is the first and second floors, not one or two)
# A date followed by a time past midnight (5月31日24時, 5月10日(土)25時30分).
_PAST_MIDNIGHT = re.compile(r"\s*(?:[(（][^)）]{1,6}[)）])?\s*(?:2[4-9]|30)\s*時")
_PAIR = re.compile(
    r"(?<![\d.,/])(\d)\s*[、,]\s*(\d)(?=\s*(?:日|人|名|回|個|枚|本|分|時間|週間|か月|ヶ月|カ月|年|件|点|冊|杯|席|組|台|通))"
)


def _roman(numeral: str) -> int:
    total = 0
    for char, following in zip(numeral, [*numeral[1:], ""], strict=True):
        value = _ROMAN_VALUES[char]
        total += -value if following and _ROMAN_VALUES[following] > value else value
    return total


def worded_mentions(translation: str, source: str = "") -> list[Mention]:
    """The values of *translation* named in words that the English reader does not read (see the module). A Roman
    numeral the source writes itself (第Ⅱ部, folded to II) is the source's, no value it must account for."""
    found: list[Mention] = []
    source_numerals = set(_SOURCE_ROMAN.findall(normalize(source))) if source else set()

    def add(kind: str, match: re.Match, value: tuple, keys: set, *, checked: bool) -> None:
        found.append(
            Mention(kind, match.start(), match.end(), match.group(0), value, frozenset(keys), checked, {}, "named")
        )

    for match in _ROMAN.finditer(translation):
        if match.group("word"):
            number = _NUMBER_NAMES[match.group("word")]
            add("ordinal", match, (number,), {("ord", number)}, checked=True)  # "Part Two": a 2 the source must say
        elif match.group("roman"):
            number = _roman(match.group("roman"))
            written = match.group("roman") not in source_numerals
            add("ordinal", match, (number,), {("ord", number)}, checked=written)  # "Part III" says a 3 the source must
    if "地下" in source:
        # B1, B2 (地下1階): a basement level as signs write it, where the source names a basement; elsewhere "B1"
        # may be a vitamin, a paper size or a room's name (B1F is read everywhere, entities.LATIN_PATTERNS).
        for match in _BASEMENT.finditer(translation):
            number = int(match.group("level"))
            add("number", match, (number,), {("n", number)}, checked=True)
    for match in _TWICE_A_YEAR.finditer(translation):
        add("number", match, (2,), {("n", 2), ("period", "year")}, checked=False)
    for match in _ALL_YEAR.finditer(translation):
        add("duration", match, ("day", 365), duration_keys("d", 365, "for", english=True), checked=False)
    for match in _FEW.finditer(translation):
        add("number", match, (2,), {("few",)}, checked=False)
    return found


def said_keys(entity: Entity, digits: str) -> set[tuple]:
    """Keys of a source entity that a worded value shows: 1階 (the ground floor), 2 and 3 of 2、3日 (a few), and the
    date of a time past midnight (5月31日24時), which is also the next day's date at that time (0:00 on June 1)."""
    if entity.kind == "number" and entity.value == (1,) and _FIRST_FLOOR.match(digits, entity.start):
        return {("floor", 1)}
    if entity.kind == "date" and _PAST_MIDNIGHT.match(digits, entity.end) and (following := _next_day(entity)):
        return date_keys(entity.value[0], *following, english=False)
    if entity.kind in ("number", "date") and not (entity.kind == "date" and entity.value[1] is not None):
        start = max(0, entity.start - 4)
        for pair in _PAIR.finditer(digits[start : entity.end + 8]):
            if int(pair.group(2)) == int(pair.group(1)) + 1 and not digits[: start + pair.start()].endswith("月"):
                return {("few",)}  # (5月2、3日: the 2nd and 3rd of May)
    return set()


# --- terms of a value ------------------------------------------------------------------------------------------

# The direction of a count after its counter (10名様以上, 3年生以下, 18歳未満): up (以上, 超) or down.
_SOURCE_BOUND = re.compile(r"\s*[^\d\s、。,.()（）]{0,3}?\s*(?P<bound>以上|以下|未満|超|以内)")
_UP, _DOWN = "up", "down"
_SOURCE_DIRECTION = {"以上": _UP, "超": _UP, "以下": _DOWN, "未満": _DOWN, "以内": _DOWN}
# Whether the bound holds the value itself: 未満 ("under 18": 18 is out) and 超 ("over 18": 18 is out) are strict,
# 以上, 以下 and 以内 are inclusive ("18 or over", "18 and under": 18 is in).
_STRICT, _INCLUSIVE = "strict", "inclusive"
_SOURCE_STRICTNESS = {"以上": _INCLUSIVE, "超": _STRICT, "以下": _INCLUSIVE, "未満": _STRICT, "以内": _INCLUSIVE}
_ENGLISH_AFTER = re.compile(
    r"(?i)\s*(?:[a-z]+\s+){0,2}?(?:(?P<up>or\s+(?:more|over|above|older|longer|greater)|and\s+(?:over|above|up|older))"
    r"|(?P<down>or\s+(?:fewer|less|under|below|younger)|and\s+(?:under|below|younger)))\b"
)
# (the English words before a value name their strictness as well: "at least 18" holds 18, "more than 18" does not)
_ENGLISH_BEFORE = re.compile(
    r"(?i)(?:(?P<up>(?P<up_in>at\s+least|no\s+(?:fewer|less)\s+than|a\s+minimum\s+of|minimum(?:\s+of)?)"
    r"|more\s+than|over|above|older\s+than)"
    r"|(?P<down>(?P<down_in>at\s+most|up\s+to|no\s+more\s+than|a\s+maximum\s+of|maximum(?:\s+of)?"
    r"|not\s+(?:more\s+than|exceeding))|fewer\s+than|less\s+than|under|below|younger\s+than|not\s+yet))\s+[¥$€£]?$"
)
# The start or end of a span (2週間前から, 12時まで; a day or a time from then on, 17時以降, 4月1日以後, or by then,
# 3月31日以前): "from" or "until" ("after 5 p.m.", "on or before March 31").
_SOURCE_END = re.compile(r"\s*(?P<mark>から|まで|以降|以後|以前|より(?!前|以前|早|遅|も))")
_SOURCE_STARTS = frozenset({"から", "以降", "以後", "より"})
_ENGLISH_START = re.compile(
    r"(?i)\b(?:from|starting(?:\s+(?:from|on|at))?|beginning(?:\s+(?:on|at))?|as\s+of|after|since|on\s+or\s+after"
    r"|no\s+earlier\s+than|not\s+before)\s+(?:the\s+)?$"
)
_ENGLISH_END = re.compile(
    r"(?i)\b(?:until|till|up\s+until|up\s+to|by|no\s+later\s+than|through|before|on\s+or\s+before"
    r"|expires?\s+(?:after|at\s+the\s+end\s+of)|deadline\s+(?:is|of)|due\s+(?:on|by))\s+(?:the\s+)?$"
)
# A negation in the clause before a value's word of side ("cannot be collected before 5 p.m.", "may not stay after
# 10 p.m."): the side turned the other way, or the source's own predicate negated too (22時以降ご入店いただけません).
# Right before the word, its verb between ("are not issued before 5 p.m.", "will not open until"), the negation
# says the other side (not issued before five: issued from five on) where the source's clause says no "not";
# anywhere else in the clause ("please do not forget to return it by 5 p.m.") no side is read from it.
_NEGATED_BEFORE = re.compile(r"(?i)\b(?:not|cannot|never|no\s+longer)\b|n't\b")
_NEGATED_VERB = re.compile(r"(?i)(?:\b(?:not|cannot|never)|n't)(?:\s+[a-z]+){1,3}\s+$")
_CLAUSE_BREAK = re.compile(r"[,.;:!?()]")
_OTHER_SIDE = {"start": "end", "end": "start"}
# "The deadline for submitting the report is Monday, June 1": the value the clause's deadline is.
_DEADLINE_IS = re.compile(r"(?i)\bdeadline\b[^.;,:]{0,80}?\b(?:is|was|will\s+be)\s+(?:on\s+)?(?:the\s+)?$")
# Where a source's clause ends after a value: its sentence, or a clause joined by a conjunction and a comma.
_SOURCE_CLAUSE_END = re.compile(r"。|(?:が|ので|ため|けれど|けど|のに|ものの)、")


def _said_side(translation: str, at: int, source_negated: Callable[[], bool] | None = None) -> str | None:
    """ "start" or "end": what the words right before the value at *at* say of it (from, after, since; until, by,
    before), turned the other way by a negation of the verb right before them where *source_negated* (asked only
    then) says the source's clause has none; None for plain words and under any other negation in its clause."""
    end = _ENGLISH_END.search(translation, max(0, at - 24), at) or _DEADLINE_IS.search(
        translation, max(0, at - 120), at
    )
    found = end or _ENGLISH_START.search(translation, max(0, at - 24), at)
    if found is None:
        return None
    side = "end" if end else "start"
    before = translation[max(0, at - 60) : at]
    breaks = list(_CLAUSE_BREAK.finditer(before))
    clause = before[breaks[-1].end() :] if breaks else before
    if not _NEGATED_BEFORE.search(clause):
        return side
    verb = translation[max(0, found.start() - 40) : found.start()]
    if source_negated is not None and _NEGATED_VERB.search(verb):
        if not source_negated():
            return _OTHER_SIDE[side]
    return None


def _source_says_not(digits: str, end: int) -> bool:
    """Whether the clause of the source after a value at *end* says "not" (17時以降はご入店いただけません)."""
    from kokuchi.language.morphology import analyze
    from kokuchi.language.polarity import said_not

    stop = _SOURCE_CLAUSE_END.search(digits, end)
    morphs = analyze(digits[end : stop.start() if stop else len(digits)])
    return bool(morphs and said_not(morphs))


# A school year (3年生): never an age.
_SCHOOL_YEAR = re.compile(r"\s*年生")
_AGE_BEFORE = re.compile(r"(?i)\b(?:aged?|ages)\s+(?:of\s+)?$")
_AGE_AT = re.compile(r"(?i)(?:\d+|[a-z]+)(?:[-\s]+years?[-\s]+old\b|-year-olds?\b|\s+yrs?\.?\s+old\b)")
# A span counted from an event and followed by は (入院後2週間は): the time the clause holds, never a point after.
_SPAN_TOPIC = re.compile(r"\s*(?:は|の間|間は|中は?)")
# (the English says the span where a word before it does: for, within, during, up to, the first, the next)
_SPAN_BEFORE = re.compile(
    r"(?i)\b(?:for|within|during|up\s+to|first|next|in|throughout|until|till)\s+(?:(?:about|approximately|around|roughly|up\s+to"
    r"|the|first|next)\s+)*$"
)
_COUNTED_FROM = re.compile(r"(?:から|後)\s*(?:おおむね|概ね|約|およそ|最長|最大)?\s*$")
# The period of a frequency (月1回, 週に2回, 毎年1度, 1日3回): the unit it counts in.
_PERIOD_UNITS = {"日": "day", "週": "week", "月": "month", "年": "year"}
_SOURCE_FREQUENCY = re.compile(
    r"(?<![\d〇一二三四五六七八九十])(?:毎|1|一)?(?P<unit>日|週|月|年)\s*(?:に|間に)?\s*"
    r"(?P<count>\d+|[一二三四五六七八九十]+)\s*(?:回|度)(?!目)"
)
_ENGLISH_FREQUENCY = re.compile(
    r"(?i)\b(?P<count>once|twice|thrice|(?:\d+|" + "|".join(NUMBER_WORDS[n] for n in range(1, 13)) + r")\s+times)"
    r"[-\s]+(?:a|per|each|every)[-\s]+(?P<unit>day|week|month|year)\b"
    r"|\b(?P<acount>once|twice|thrice)-(?P<adverb>daily|weekly|monthly|yearly)\b"
    # (an adverb of its own after a verb, "is cleaned monthly": once in each; "monthly fee" is a rate's)
    r"|(?<=[a-z]ed\s)(?P<alone>daily|weekly|monthly|yearly|annually)\b(?=\s*(?:[,.;)]|and\b|$))"
)
_ADVERB_UNITS = {"daily": "day", "weekly": "week", "monthly": "month", "yearly": "year", "annually": "year"}
_SAID_COUNTS = {"once": 1, "twice": 2, "thrice": 3} | {NUMBER_WORDS[n]: n for n in range(1, 13)}
# The weekend (Saturday and Sunday) and what in the source says both (ウィークエンド, the English word in katakana, as
# in a name: 「ウィークエンドマルシェ」 is "the Weekend Marché").
_WEEKEND = re.compile(r"(?i)\bweekends?\b")
_SOURCE_WEEKEND = re.compile(
    r"週末|ウィークエンド|ウイークエンド|土日|土・日|土、日|土曜・日曜|土曜日・日曜日|土曜日、日曜日|土曜日と日曜日|休日"
)
_WEEKDAY_RANGE = re.compile(r"[〜~～\-－ー]|から")
# Tax: 税抜 (before tax) and 税込 (tax included), a pair of words of the source, and their English.
_SOURCE_TAX = {
    "excluded": re.compile(r"税抜|税別|外税|[+＋]\s*税|別途消費税|消費税別"),
    "included": re.compile(r"税込|内税|消費税込"),
}
_ENGLISH_TAX = {
    "excluded": re.compile(
        r"(?i)\b(?:plus\s+(?:consumption\s+)?tax|excl(?:uding|\.)?\s+(?:consumption\s+)?tax|tax[-\s]exclusive"
        r"|before\s+tax|pre-tax|tax\s+(?:not\s+included|extra|excluded)|exclusive\s+of\s+(?:consumption\s+)?tax)\b"
        r"|\+\s*tax\b"
    ),
    "included": re.compile(
        r"(?i)\b(?:incl(?:uding|\.)?\s+(?:consumption\s+)?tax|tax[-\s]inclusive|tax\s+included|inclusive\s+of"
        r"\s+(?:consumption\s+)?tax|with\s+tax|after\s+tax)\b"
    ),
}
# What a rate is per: the counter of its one (お一人様, 1名: a person; 1組, 1家族, 1世帯: a group).
_SOURCE_PER = {
    "person": re.compile(r"(?<![\d一二三四五六七八九十])(?:お?(?:一|1)\s*(?:人|名)\s*様?)(?!\s*(?:以上|以下|目|用))"),
    "group": re.compile(r"(?<![\d一二三四五六七八九十])(?:一|1)\s*(?:組|家族|世帯|グループ|団体|チーム)"),
}
_ENGLISH_PER = {
    "person": re.compile(
        r"(?i)\b(?:per|each)\s+(?:person|guest|customer|visitor|participant|individual|head|adult|resident|member"
        r"|applicant|attendee|student|child|passenger|patient|user|player|entrant)\b"
        r"|\bper\s+capita\b"
    ),
    "group": re.compile(r"(?i)\b(?:per|each)\s+(?:group|party|family|household|team)\b"),
}

# A rate's period (年額3,000円, 月額500円): a year or a month, said right after an English amount ("¥3,000 a year",
# "¥500 per month", "¥500/month"), or as a payment's period ("payable once a month"); a plain "once a month" and "a
# month before" are no rate.
_SOURCE_PERIOD = {
    "year": re.compile(r"年額|年会費|年払い|(?:1|一)\s*年(?:間)?(?:あたり|当たり|につき)|/\s*年(?![\d度])"),
    "month": re.compile(
        r"月額|月会費|月払い|月々|(?:1|一)\s*(?:か|ヶ|カ|ケ)?\s*月(?:あたり|当たり|につき)|/\s*月(?!\d)"
    ),
}
_FEE = r"\s+(?:membership\s+)?(?:fees?|charges?|dues|subscriptions?|rates?|payments?|rent)\b"
_AMOUNT_THEN = r"(?:[¥$€£]\s?\d[\d,.]*|\d[\d,.]*\s?(?:yen|JPY))\s*(?:\([^)]{0,24}\)\s*)?"
# (or the payment's own period: "payable once a month", "billed annually")
_PAID = r"\b(?:payable|paid|billed|charged|due)\s+"
_ENGLISH_PERIOD = {
    "year": re.compile(
        rf"(?i){_AMOUNT_THEN}(?:a|per|/|each)\s*(?:year|yr|annum)\b|\b(?:annual|yearly){_FEE}"
        rf"|{_PAID}(?:(?:once\s+)?(?:a|per|each|every)\s+year\b|annually\b|yearly\b)"
    ),
    "month": re.compile(
        rf"(?i){_AMOUNT_THEN}(?:a|per|/|each)\s*(?:month|mo)\b|\bmonthly{_FEE}"
        rf"|{_PAID}(?:(?:once\s+)?(?:a|per|each|every)\s+month\b|monthly\b)"
    ),
}
# A fare one way (片道) or there and back (往復).
_SOURCE_TRIP = {"one way": re.compile(r"片道"), "round trip": re.compile(r"往復")}
_ENGLISH_TRIP = {
    "one way": re.compile(r"(?i)\bone[-\s]way\b|\bsingle\s+(?:fare|ticket|journey|trip)\b|\beach\s+way\b"),
    "round trip": re.compile(
        r"(?i)\bround[-\s]trip\b|\breturn\s+(?:fare|ticket|journey|trip)\b|\bboth\s+ways\b|\bthere\s+and\s+back\b"
    ),
}
# The day next to another, before it (前日, 前夜: "the day before", "the previous day", "the eve of") or after it
# (翌日, 翌朝: "the day after", "the following day", "the next morning"): no digits say them.
_SOURCE_NEXT_TO = {"the day before": re.compile(r"前日|前夜"), "the day after": re.compile(r"翌日|翌朝|翌晩")}
_ENGLISH_NEXT_TO = {
    "the day before": re.compile(
        r"(?i)\b(?:day|night|evening)\s+before\b|\b(?:previous|preceding)\s+(?:day|night|evening)\b|\beve\s+of\b"
    ),
    "the day after": re.compile(r"(?i)\b(?:day|morning|night)\s+after\b|\b(?:following|next)\s+(?:day|morning)\b"),
}
# A share of a price (定価の7割, 7割の価格: 70% of it) or a discount (7割引, 30%オフ: 70% off).
_NUMERAL = r"(?:\d+(?:\.\d+)?|[一二三四五六七八九十]+)"
_SOURCE_SHARE = {
    "discount": re.compile(rf"{_NUMERAL}\s*(?:%|％|割|パーセント)\s*(?:引|オフ|OFF|Off|off|割引|値引|減)|割引|値引"),
    "share of the price": re.compile(
        rf"{_NUMERAL}\s*(?:%|％|割)\s*の\s*(?:価格|値段|料金|金額|お値段)"
        rf"|(?:定価|通常価格|販売価格|料金|価格|運賃)\s*の\s*{_NUMERAL}\s*(?:%|％|割)(?!\s*(?:引|オフ|OFF|割引|値引))"
    ),
    # (割増し, 割増料金: a surcharge, the price made more)
    "surcharge": re.compile(rf"{_NUMERAL}\s*(?:%|％|割)\s*(?:増|アップ|UP)|割増|加算"),
}
_ENGLISH_SHARE = {
    "discount": re.compile(
        r"(?i)\d+(?:\.\d+)?\s*(?:%|per\s*cent|percent)\s+(?:off|discount|reduction|cheaper|less)\b|\bdiscount"
    ),
    "share of the price": re.compile(
        r"(?i)\d+(?:\.\d+)?\s*(?:%|per\s*cent|percent)\s+of\s+(?:the\s+|its\s+|their\s+)?(?:[a-z-]+\s+)?"
        r"(?:price|fare|fee|cost|rate|amount|charge)"
    ),
    "surcharge": re.compile(
        r"(?i)\bsurcharge|\bpremium\b|\d+(?:\.\d+)?\s*(?:%|per\s*cent|percent)\s+(?:more|higher|extra|increase|on\s+top)\b"
        r"|\b(?:increased|raised|higher)\s+by\s+\d"
    ),
}


def _matching(entity_keys: set[tuple], shown: dict[tuple, list[Mention]]) -> list[Mention]:
    """The mentions that show an entity, through the index of their keys (linear, as the gate's own look-ups)."""
    return list({id(mention): mention for key in entity_keys for mention in shown.get(key, ())}.values())


@cache
def _unit_names() -> tuple[dict[str, frozenset[str]], dict[str, frozenset[str]], dict[str, str]]:
    """CLDR's names of the units of length, mass, volume, area, speed and temperature (Babel's unit patterns of
    en, en_GB and ja): English name → units, Japanese name → units, unit → its category."""
    from babel import Locale

    english: dict[str, set[str]] = {}
    japanese: dict[str, set[str]] = {}
    category: dict[str, str] = {}
    for names, locales in ((english, ("en", "en_GB")), (japanese, ("ja",))):
        for locale in locales:
            for unit, widths in Locale.parse(locale)._data["unit_patterns"].items():
                kind = unit.split("-")[0]
                if kind not in ("length", "mass", "volume", "area", "speed", "temperature"):
                    continue
                category[unit] = kind
                for width in ("long", "short", "narrow"):
                    for count, pattern in dict(widths.get(width, {})).items():
                        if count == "per" or not pattern.startswith("{0}"):
                            continue
                        name = pattern[3:].strip()
                        # (a name that is a word or a mark of its own is no unit: inch's "in", the narrow "°" and
                        # pound's "#")
                        if name and name not in ("in", "°", "#", "′", "″") and not name.isdigit():
                            names.setdefault(name, set()).add(unit)
    return (
        {name: frozenset(units) for name, units in english.items()},
        {name: frozenset(units) for name, units in japanese.items()},
        category,
    )


@cache
def _unit_pattern(language: str) -> re.Pattern[str]:
    english, japanese, _ = _unit_names()
    names = sorted(english if language == "en" else japanese, key=len, reverse=True)
    after = r"(?![A-Za-z])" if language == "en" else ""
    alternation = "|".join(map(re.escape, names))
    return re.compile(rf"(?<![\dA-Za-z.,])\d[\d,]*(?:\.\d+)?[ \u00a0\u202f]?(?P<unit>{alternation}){after}")


# --- traditional units of measure ------------------------------------------------------------------------------

# The traditional units a notice still writes (一升瓶, 6畳, 10坪, 一斗缶, 四合瓶, 6尺3寸) and their metric sizes by
# the Measurement Act's definitions (1 shaku = 10/33 m, 1 shō = 2401/1331 L, 1 tsubo = 400/121 m²; a mat of 6畳 is
# 1.62 m² by the real-estate advertising code, 1.65 by the older reckoning), in each metric scale English writes
# them in. (CLDR, through Babel, names these units but gives no conversions.) Only right after a number, and 合 not
# as 合目 (a mountain's fifth station).
_METRIC_SIZES = {
    "斗": (Decimal("18.039"),),
    "升": (Decimal("1.8039"), Decimal("1803.9")),
    "合": (Decimal("0.18039"), Decimal("180.39")),
    "石": (Decimal("180.39"),),
    "坪": (Decimal("3.3058"),),
    "畳": (Decimal("1.62"), Decimal("1.65")),
    "尺": (Decimal("0.30303"), Decimal("30.303")),
    "寸": (Decimal("3.0303"), Decimal("30.303")),
    "貫": (Decimal("3.75"),),
}
# The number before the unit, in digits or kanji (一升瓶, 四合瓶: words the entity reader leaves whole).
_TRADITIONAL_QUANTITY = re.compile(
    rf"(?P<n>\d+(?:\.\d+)?|[一二三四五六七八九十百]+)\s*(?P<unit>[{''.join(_METRIC_SIZES)}])(?!目)"
)
# A length written in shaku, sun and bu together (6尺3寸, 3尺1寸5分, 1寸5分, 2尺5分 with the sun left out): one
# length, in tenths.
_COMPOUND_LENGTH = re.compile(
    r"(?:(?P<shaku>\d+)\s*尺\s*)?(?P<sun>\d+)\s*寸(?:\s*(?P<bu>\d)\s*分)?|(?P<shaku_bu>\d+)\s*尺\s*(?P<bu_only>\d)\s*分"
)


@lru_cache(maxsize=256)
def metric_sizes(digits: str) -> tuple[tuple[int, int, Decimal], ...]:
    """(where the quantity starts and ends, its metric size) of every quantity in a traditional unit of *digits*, and
    of every length written in shaku and sun together (6尺3寸: 6.3 shaku, 190.9 cm, whose every number the size
    says). Remembered: the gate asks of one source for each of its values and each English number."""
    if not _TRADITIONAL_QUANTITY.search(digits):
        return ()
    found: list[tuple[int, int, Decimal]] = []
    for match in _TRADITIONAL_QUANTITY.finditer(digits):
        if (number := _quantity(match)) is not None:
            found += [(*match.span(), number * size) for size in _METRIC_SIZES[match.group("unit")]]
    for match in _COMPOUND_LENGTH.finditer(digits):
        if match.group("shaku") or match.group("bu") or match.group("shaku_bu"):
            found += [(*match.span(), _in_shaku(match) * size) for size in _METRIC_SIZES["尺"]]
    return tuple(found)


def _quantity(match: re.Match[str]) -> Decimal | None:
    """The number of a match of _TRADITIONAL_QUANTITY, in digits or kanji (一升瓶: 1), or None."""
    from kokuchi.language.entities import kanji_value

    written = match.group("n")
    number = Decimal(written) if written[0].isdigit() else kanji_value(written)
    return None if number is None else Decimal(number)


def _in_shaku(length: re.Match[str]) -> Decimal:
    """The length a match of _COMPOUND_LENGTH or _ROMANIZED_LENGTH writes, in shaku, whichever of its parts it
    writes (3尺1寸5分, "3 shaku 1 sun 5 bu": 3.15; 2尺5分: 2.05; "5 sun 5 bu": 0.55)."""
    parts = length.groupdict()
    shaku = Decimal(parts.get("shaku") or parts.get("shaku_bu") or 0)
    sun = Decimal(parts.get("sun") or parts.get("sun_only") or 0)
    return shaku + sun / 10 + Decimal(parts.get("bu") or parts.get("bu_only") or 0) / 100


def a_metric_size(number: Decimal, digits: str) -> bool:
    """*number* is the metric size of a quantity in a traditional unit *digits* writes, rounded as written."""
    return any(near(number, exact) for _, _, exact in metric_sizes(digits))


def near(written: Decimal, exact: Decimal) -> bool:
    """*written* is *exact* rounded to as many significant figures as the writer wrote ("a 1.8-litre bottle" for
    1.8039 L, "720 ml" for 721.6, "about 10 m²" for 6畳's 9.72, "191 cm" for 190.9), never another number beside
    it (192 cm, 96.5 cm, "20-litre" for 18.039)."""
    digits = written.normalize().as_tuple()
    figures = len(digits.digits)  # (720 normalized is 7.2E+2: two figures; 95.5 three)
    if exact <= 0 or figures == 0:
        return False
    scale = exact.adjusted() - figures + 1
    rounded = exact.quantize(Decimal(1).scaleb(scale), rounding=ROUND_HALF_UP) == written
    # (and within 2.5%: a zero ending a whole number may or may not be a figure, 20 is no 18.039 rounded)
    return rounded and abs(written - exact) <= exact * Decimal("0.025")


# A traditional length the English writes in its own units, romanized (6 shaku 3 sun, 3 shaku 1 sun 5 bu): each
# figure a part of one length, which must be a length the source writes.
_ROMANIZED_LENGTH = re.compile(
    r"(?<![\w.,])(?:(?P<shaku>\d+)\s*shaku\b(?:,?\s+(?P<sun>\d+)\s*sun\b)?(?:,?\s+(?P<bu>\d+)\s*bu\b)?"
    r"|(?P<sun_only>\d+)\s*sun\s+(?P<bu_only>\d+)\s*bu\b)"
)


_SUN_AFTER = re.compile(r"\s*\d+\s*[寸分]")


def _source_lengths(digits: str) -> set[Decimal]:
    """Every length in shaku *digits* writes in its traditional units (6尺3寸 6.3, 3尺 3, 1寸5分 0.15)."""
    lengths = {
        _quantity(match)
        for match in _TRADITIONAL_QUANTITY.finditer(digits)
        if match.group("unit") == "尺" and not _SUN_AFTER.match(digits, match.end())  # (2尺5寸 is 2.5, 2尺5分 2.05)
    }
    lengths.update(_in_shaku(match) for match in _COMPOUND_LENGTH.finditer(digits))
    return {length for length in lengths if length is not None}


def _romanized_length_findings(digits: str, translation: str) -> list[str]:
    """A length in shaku, sun and bu the English writes that the source's lengths do not hold (3 shaku 2 sun 5 bu
    for 3尺1寸5分: each figure a number the source may write elsewhere, 2週間)."""
    if "shaku" not in translation and " bu" not in translation:
        return []
    findings = []
    lengths: set[Decimal] | None = None
    for match in _ROMANIZED_LENGTH.finditer(translation):
        lengths = _source_lengths(digits) if lengths is None else lengths
        if _in_shaku(match) not in lengths:
            findings.append(f"the translation says {match.group(0)!r}, a length the source does not write")
    return findings


def _an_ordinal(written: str) -> bool:
    from kokuchi.language.english import ordinal_suffix

    number = re.fullmatch(r"(\d+)(st|nd|rd|th)", written)
    return number is not None and ordinal_suffix(int(number.group(1))) == number.group(2)


_MEASURED = re.compile(r"\d[\d,]*(?:\.\d+)?")  # the number of a measure _unit_pattern found (it starts with one)


def _unit_findings(digits: str, translation: str) -> list[str]:
    """A measure the English writes in a unit of another system than the source's (3km, "3 miles")."""
    if not re.search(r"\d", translation) or not re.search(r"\d\s*[^\d\s]", digits):
        return []
    english, japanese, category = _unit_names()
    source_units: set[str] = set()
    for match in _unit_pattern("ja").finditer(digits):
        source_units |= japanese[match.group("unit")]
    if not source_units:
        return []
    if "temperature-generic" in source_units:
        # 35度: a temperature in no named scale, which in a Japanese notice is Celsius (°F is refused; a value
        # converted to it, 95°F, is another number the translator overrides)
        source_units.add("temperature-celsius")
    findings = []
    for match in _unit_pattern("en").finditer(translation):
        units = english[match.group("unit")]
        if _an_ordinal(match.group(0)):
            continue  # "the 1st and 3rd Sundays": an ordinal's suffix, never a stone ("st")
        number = Decimal(_MEASURED.match(match.group(0)).group().replace(",", ""))  # type: ignore[union-attr]
        if a_metric_size(number, digits):
            continue  # 6尺3寸: "191 cm", the metric size of a traditional length
        kinds = {category[unit] for unit in units}
        if units & source_units or any(unit.endswith("-generic") for unit in units):
            continue  # ("35 degrees temperature": no named scale either)
        if any(category[unit] in kinds for unit in source_units):
            findings.append(f"the translation measures {match.group(0)!r} in a unit the source does not use")
    return findings


def _next_day(entity: Entity) -> tuple[int, int] | None:
    year, month, day = entity.value
    try:
        following = datetime.date(year or 2024, month, day) + datetime.timedelta(days=1)
    except (TypeError, ValueError):
        return None
    return following.month, following.day


# "on the night of Saturday, May 10": the small hours after the date, as timetables and venues keep the night's date.
_NIGHT_OF = re.compile(r"(?i)\bnight\s+of\b")
# "until 1:30 a.m. the following day", "2 a.m. the next morning": the time put on the day after, said right after it.
_ON_THE_NEXT_DAY = re.compile(r"(?i),?\s+(?:on\s+)?the\s+(?:following|next)\s+(?:day|morning)\b")


# The day after written before a time of the source (翌2時, 翌日10時, 翌朝6時).
_NEXT_DAY_BEFORE = re.compile(r"翌(?:日|朝)?\s*(?:[のは、,]\s*)*(?:午前|午後|朝|夜)?\s*$")
# The end of a range after its start (5時から10時, 5時〜10時): on the start's day.
_RANGE_TO = re.compile(r"\s*(?:から|より|~|〜|～|-|–|－)\s*(?:午前|午後)?\s*$")


def _next_day_findings(digits: str, entities: list[Entity], mentions: list[Mention], translation: str) -> list[str]:
    """A time the English puts on "the following day" (or "the next morning") must be one the source puts there:
    past 24 (25時30分) or after 翌 (翌2時). "2 a.m. the following day, August 14" for 8月14日午前2時, or "from 10 p.m.
    the following day until 2 a.m." for 22時から翌2時, moves a time by a day the source does not."""
    findings = []
    for mention in mentions:
        if mention.kind != "time" or not mention.value or not _ON_THE_NEXT_DAY.match(translation, mention.end):
            continue
        key = ("t", mention.value[0] % 24, mention.value[1])
        times = [e for e in entities if e.kind == "time" and e.value and ("t", e.value[0] % 24, e.value[1]) == key]
        if times and not any(_on_the_next_day(digits, entities, e) for e in times):
            findings.append(f"the translation puts {mention.text!r} on the following day, which the source does not")
    return findings


def _on_the_next_day(digits: str, entities: list[Entity], time: Entity) -> bool:
    """The source puts *time* on the day after: past 24 (25時30分), after 翌 (翌2時, 翌朝は5時), or as the end of a
    range that starts there (翌朝は5時から10時まで)."""
    if time.value[0] >= 24 or _NEXT_DAY_BEFORE.search(digits[max(0, time.start - 8) : time.start]):
        return True
    earlier = [e for e in entities if e.kind == "time" and e.value and e.end <= time.start]
    start = max(earlier, key=lambda e: e.end, default=None)
    if start is None or not _RANGE_TO.fullmatch(digits, start.end, time.start):
        return False
    return _on_the_next_day(digits, entities, start)


# A clause of English, for the part of the day its words name.
_ENGLISH_CLAUSE_END = re.compile(r"[.;!?](?:\s|$)")


def times_in_their_part_of_the_day(translation: str, mentions: list[Mention]) -> list[Mention]:
    """*mentions* with each clock time written without a.m. or p.m. and under 12 ("from 5:30 to 8:00") read in the
    part of the day its clause names ("tomorrow evening from 5:30": 17:30), where the words that name one (CLDR's
    periods: afternoon, evening, tonight) reach none of the hour's own periods, nor the morning; any other as
    written."""
    bare = {
        id(m)
        for m in mentions
        if m.kind == "time" and m.style == "24h" and m.value and 1 <= m.value[0] <= 11 and not m.text.startswith("0")
    }
    if not bare or any(m.kind == "time" and m.value and m.value[0] >= 13 for m in mentions):
        return mentions  # (none, or a 24-hour clock beside them: 08:00, 20:00)
    from kokuchi.language.worded_values import day_parts, time_periods

    out = []
    for mention in mentions:
        if id(mention) in bare:
            starts = [m.end() for m in _ENGLISH_CLAUSE_END.finditer(translation, 0, mention.start)]
            ending = _ENGLISH_CLAUSE_END.search(translation, mention.end)
            clause = translation[starts[-1] if starts else 0 : ending.start() if ending else len(translation)]
            reaches = [reach for _, reach in day_parts(clause)]
            if reaches and not any(reach & time_periods(mention.value) or "morning1" in reach for reach in reaches):
                later = (mention.value[0] + 12, mention.value[1])
                mention = mention._replace(value=later, keys=frozenset({("t", *later)}))
        out.append(mention)
    return out


def _past_midnight_findings(entities: list[Entity], mentions: list[Mention], translation: str) -> list[str]:
    """24時 and 25時30分 of a date are in the small hours after it: "0:00 on May 31" for 5月31日24時 is the start
    of the day, a day early. Refused where the English writes such a time as an early hour (0:00, 1:30 a.m.), names
    the source's date and neither the next day's date nor its weekday nor "the night of" it, nor says "the following
    day" after the time; "midnight" and "24:00", "25:30" pass."""
    dates = [e for e in entities if e.kind == "date" and e.value[1] is not None and e.value[2] is not None]
    late = [e for e in entities if e.kind == "time" and e.value and e.value[0] >= 24]
    if len(dates) != 1 or not late:
        return []
    date = dates[0]
    following = _next_day(date)
    late_keys = {("t", e.value[0] % 24, e.value[1]) for e in late}
    early = [
        m
        for m in mentions
        if m.kind == "time" and m.value and m.value[0] < 24 and m.style != "word" and m.keys & late_keys
    ]
    if not early or following is None:
        return []
    names_date = any(m.kind == "date" and ("date", date.value[1], date.value[2], None) in m.keys for m in mentions)
    next_weekday = (date.weekday + 1) % 7 if date.weekday is not None else None
    names_next = any(
        (m.kind == "date" and ("date", *following, None) in m.keys)
        or (m.kind == "weekday" and next_weekday is not None and m.value == (next_weekday,))
        or (m.kind == "date" and next_weekday is not None and m.value[3] == next_weekday)
        for m in mentions
    )
    if any(_ON_THE_NEXT_DAY.match(translation, mention.end) for mention in early):
        return []
    if names_date and not names_next and not _NIGHT_OF.search(translation):
        return [
            f"the translation puts {early[0].text!r} on the source's date; {late[0].text.strip()!r} is past midnight, "
            "on the next day"
        ]
    return []


def contradictions(
    digits: str, entities: list[Entity], translation: str, mentions: list[Mention], keys_of: Any
) -> list[str]:
    """Messages for each term of a value the translation reverses (see the module). *keys_of* gives an entity's
    keys as the gate compares them."""
    findings: list[str] = []
    shown: dict[tuple, list[Mention]] = {}
    for mention in mentions:
        if mention.value is not None:
            for key in mention.keys:
                shown.setdefault(key, []).append(mention)
    for entity in entities:
        if entity.kind not in ("number", "ordinal", "duration", "date", "time"):
            continue
        entity_keys = keys_of(entity)
        matches = _matching(entity_keys, shown)
        if not matches:
            continue
        bound = _SOURCE_BOUND.match(digits, entity.end) if entity.kind in ("number", "ordinal") else None
        if bound:
            wanted = _SOURCE_DIRECTION[bound.group("bound")]
            said: set[str] = set()
            held: set[str] = set()  # the strictness of the words that say the source's direction
            for mention in matches:
                after = _ENGLISH_AFTER.match(translation, mention.end)
                before = _ENGLISH_BEFORE.search(translation, max(0, mention.start - 24), mention.start)
                for found in (after, before):
                    if found:
                        direction = _UP if found.group("up") else _DOWN
                        said.add(direction)
                        if direction == wanted:
                            inclusive = found is after or found.group("up_in") or found.group("down_in")
                            held.add(_INCLUSIVE if inclusive else _STRICT)
            strictness = _SOURCE_STRICTNESS[bound.group("bound")]
            if said and wanted not in said:
                findings.append(f"{entity.text.strip()}{bound.group('bound')} is said the other way in the translation")
            elif held and strictness not in held and (strictness == _STRICT or wanted == _DOWN):
                # (以上 said "over 18" or "more than 18" is the loose English of notices, kept; see docs/catalogs.md)
                findings.append(
                    f"{entity.text.strip()}{bound.group('bound')} is {'an' if strictness[0] in 'aeiou' else 'a'}"
                    f" {strictness} bound, the translation's is not"
                )
        mark = _SOURCE_END.match(digits, entity.end) if entity.kind in ("duration", "date", "time") else None
        if mark:
            start = mark.group("mark") in _SOURCE_STARTS
            source_negated = cache(partial(_source_says_not, digits, mark.end()))
            if all(_said_side(translation, m.start, source_negated) == ("end" if start else "start") for m in matches):
                said_as = "until" if start else "from"
                findings.append(
                    f"{entity.text.strip()}{mark.group('mark')} is {'a start' if said_as == 'until' else 'an end'}, the"
                    f" translation says {said_as!r}"
                )
        if entity.kind == "ordinal" and _SCHOOL_YEAR.match(digits, entity.end):
            if all(
                _AGE_BEFORE.search(translation, max(0, m.start - 12), m.start)
                or _AGE_AT.search(translation, m.start, m.end + 12)
                for m in matches
            ):
                findings.append(f"the school year {entity.text.strip()}年生 is said as an age in the translation")
        if (
            entity.kind == "duration"
            and entity.relation is None
            and _COUNTED_FROM.search(digits, max(0, entity.start - 12), entity.start)
            and _SPAN_TOPIC.match(digits, entity.end)
            and all(
                any(key[0] == "dur" and key[3] == "after" for key in m.keys)
                and not _SPAN_BEFORE.search(translation, max(0, m.start - 40), m.start)
                and not re.match(r"(?i)(?:for|within|first)\b", m.text)
                for m in matches
            )
        ):
            findings.append(f"{entity.text.strip()} is the span from the event, the translation names a point after it")
    findings += _past_midnight_findings(entities, mentions, translation)
    findings += _next_day_findings(digits, entities, mentions, translation)
    findings += _frequency_findings(digits, translation)
    findings += _weekend_findings(digits, entities, translation)
    findings += _loanword_weekday_findings(digits, translation)
    findings += _unit_findings(digits, translation)
    findings += _romanized_length_findings(digits, translation)
    for pairs, english in (
        (_SOURCE_TAX, _ENGLISH_TAX),
        (_SOURCE_PER, _ENGLISH_PER),
        (_SOURCE_PERIOD, _ENGLISH_PERIOD),
        (_SOURCE_TRIP, _ENGLISH_TRIP),
        (_SOURCE_SHARE, _ENGLISH_SHARE),
        (_SOURCE_NEXT_TO, _ENGLISH_NEXT_TO),
    ):
        said = {term for term, pattern in pairs.items() if pattern.search(digits)}
        if len(said) == 1:
            (term,) = said
            for other, pattern in english.items():
                if other != term and (written := pattern.search(translation)) and not english[term].search(translation):
                    findings.append(f"the translation says {written.group(0)!r}, where the source says {term}")
        elif len(said) == 2 and pairs is not _SOURCE_NEXT_TO:
            findings += _paired_term_findings(digits, entities, translation, shown, keys_of, pairs, english)
    return findings


# Where a source says both members of a pair (税抜1,000円(税込1,100円), お一人様3,000円(1組4名様まで)), each term
# is read with the amount beside it: right before it (税抜1,000円, お一人様3,000円) or right after it in brackets or
# after a slash (1,000円(税抜), 3,000円/1名). The English amount of the same value is read with the term after it in
# its own words (up to the next value or the end of the clause), and refused where that term is the other member only.
_SOURCE_TERM_GAP = re.compile(r"[\s:：]{0,2}")
_SOURCE_AMOUNT_TAIL = re.compile(r"[^\d\s、。,.()（）/]?\s*[(（/]?\s*")
_ENGLISH_CLAUSE = re.compile(r"[;:]|\.\s|\)\s*[,.;]?\s*(?=\S)")


def _paired_term_findings(
    digits: str,
    entities: list[Entity],
    translation: str,
    shown: dict[tuple, list[Mention]],
    keys_of: Any,
    pairs: dict[str, re.Pattern[str]],
    english: dict[str, re.Pattern[str]],
) -> list[str]:
    amounts = [e for e in entities if e.kind == "number"]
    starting = {entity.start: entity for entity in amounts}
    ending = {entity.end: entity for entity in amounts}
    # (the term before an amount is that amount's; one after it only where none is before: in
    # 税抜1,000円(税込1,100円) the 税込 is 1,100's, not 1,000's). Each look-up is a few characters wide.
    prefixed: dict[int, set[str]] = {}
    suffixed: dict[int, set[str]] = {}
    for term, pattern in pairs.items():
        for written in pattern.finditer(digits):
            gap = _SOURCE_TERM_GAP.match(digits, written.end())
            if gap and (entity := starting.get(gap.end())):
                prefixed.setdefault(id(entity), set()).add(term)
            for end in range(written.start(), max(0, written.start() - 6) - 1, -1):
                if (entity := ending.get(end)) and _SOURCE_AMOUNT_TAIL.fullmatch(digits, end, written.start()):
                    suffixed.setdefault(id(entity), set()).add(term)
                    break
    terms = {**suffixed, **prefixed}
    starts = sorted({m.start for ms in shown.values() for m in ms})
    findings = []
    for entity in amounts:
        term_of = terms.get(id(entity), set())
        if len(term_of) != 1:
            continue
        (term,) = term_of
        for mention in _matching(keys_of(entity), shown):
            index = bisect.bisect_left(starts, mention.end)
            following = starts[index] if index < len(starts) else len(translation)
            beside = translation[mention.end : min(following, mention.end + 40)]
            if clause_end := _ENGLISH_CLAUSE.search(beside):
                beside = beside[: clause_end.start()]
            for other, pattern in english.items():
                if other != term and (said_term := pattern.search(beside)) and not english[term].search(beside):
                    findings.append(
                        f"the translation says {said_term.group(0)!r} of {mention.text!r}, where the source says {term}"
                    )
    return findings


def _frequency_findings(digits: str, translation: str) -> list[str]:
    """A frequency the English says in another period than every one the source says (月1回: "once a week"), or
    with another count in the same period (1日3回: "twice a day")."""
    from kokuchi.language.entities import kanji_value

    source = [
        (_PERIOD_UNITS[m.group("unit")], int(c) if (c := m.group("count")).isdigit() else kanji_value(c))
        for m in _SOURCE_FREQUENCY.finditer(digits)
    ]
    if not source:
        return []
    periods = {unit for unit, _ in source}
    said = []
    for m in _ENGLISH_FREQUENCY.finditer(translation):
        if m.group("unit"):
            unit, count = m.group("unit").lower(), m.group("count").lower().removesuffix(" times").strip()
        elif m.group("adverb"):
            unit, count = _ADVERB_UNITS[m.group("adverb").lower()], m.group("acount").lower()
        else:
            unit, count = _ADVERB_UNITS[m.group("alone").lower()], "once"
        said.append((m.group(0), unit, int(count) if count.isdigit() else _SAID_COUNTS.get(count)))
    said += [(m.group(0), "year", 2) for m in _TWICE_A_YEAR.finditer(translation)]
    findings = [
        f"the translation says {text!r}, a frequency in another period" for text, unit, _ in said if unit not in periods
    ]
    findings += [
        f"the translation says {text!r}, another count in the period"
        for text, unit, count in said
        if unit in periods and count is not None and (unit, count) not in source
    ]
    return findings


# A katakana word that may be a weekday's loanword (フライデー, サンデー, マンデイ): the morphology is asked only then.
_WEEKDAY_LOAN = re.compile(r"[\u30a1-\u30fa]デ[ーイ]")


def _loanword_weekday_findings(source: str, translation: str) -> list[str]:
    """A weekday a loanword of the source names, as UniDic's lemma gives the English word it was borrowed from
    (ブラックフライデー: フライデー-Friday, in a sale's name), must be named in the English: "Black Saturday sale" for
    ブラックフライデーセール is another day."""
    if not _WEEKDAY_LOAN.search(source):
        return []
    from kokuchi.language.english import ENGLISH_DAYS
    from kokuchi.language.morphology import analyze

    named = {
        origin
        for morph in analyze(source) or ()
        if (origin := morph.lemma.partition("-")[2]) in ENGLISH_DAYS and morph.text != origin
    }
    return [
        f"the source's {day} (a loanword) is not named in the translation"
        for day in sorted(named)
        if not re.search(rf"\b{day}", translation, re.IGNORECASE)
    ]


def _weekend_findings(digits: str, entities: list[Entity], translation: str) -> list[str]:
    """ "Weekends" says Saturday and Sunday: refused for a weekday alone the source names (毎週土曜日) unless it says
    both (土曜日と日曜日, 土日, 週末) or a range of weekdays."""
    alone = [e for e in entities if e.kind == "weekday"]
    if not alone or not (said := _WEEKEND.search(translation)) or _SOURCE_WEEKEND.search(digits):
        return []
    named = {e.value[0] for e in alone}
    between = any(_WEEKDAY_RANGE.search(digits, a.end, b.start) for a, b in zip(alone, alone[1:], strict=False))
    if {5, 6} <= named or between:
        return []
    return [f"the translation says {said.group(0)!r} (Saturday and Sunday), which the source does not"]
