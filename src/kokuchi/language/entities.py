"""Entities of Japanese notices: the values a translation must carry, read in one pass.

A notice's facts are its entities: dates (2023年7月14日, 令和8年3月31日(火),
6月, 27日, 6/9), clock times (午後7時, 19:00, 24時12分, 午後三時), durations
with their relation (1時間, 3日以内, 5日後, 60秒間), ordinals (第1報, 第一回),
phone numbers and IDs whose leading zeros matter (0120-123-456), names with
digits (IPv6, us-1), versions (1.2), numbers with their separators and units
(1,500円, 10万円, 3GB, 30%), URLs. A range (9時〜12時, 14日〜17日) is two
entities, the second taking what it leaves out from the first.

How the text is read (docs/catalogs.md, "The entity layer"):

- the text is normalized as a reader sees it: full-width forms folded (NFKC)
  and invisible format characters (Unicode category Cf: zero-width spaces and
  joiners, soft hyphens, bidi marks) dropped, so that ``1\u200b7:00`` reads
  17:00, as it shows; offsets map back to the text as written;
- kanji numerals are proposed by kanjize and decided by the morphology: a run
  the analyzer tags as a numeral (数詞) counts only before a counter
  (助数詞: 三時, 一回, 五日) or after 第/午前/午後; 一時停止 and 一部 are words,
  not numbers;
- one regular expression, one pass: the first alternative that matches at a
  position wins (午前9時 is a time before 9 can be a number, 1時間 a duration
  because a clock time refuses 時 before 間), so the reading is linear in the
  text.

What ja-timex was measured to do on the build corpus is in docs/catalogs.md:
it misreads 3日以内 as a day of the month and 一時停止 as 01:00, and drops
the relation, so kokuchi reads with its own grammar and keeps ja-timex out of
its dependencies.

Each entity gives *keys*: the values an English text may show it as (see
language/english.py, which reads English into the same keys). Two texts carry
the same facts when their keys meet, both ways (catalog/checks.py).
"""

from __future__ import annotations

import datetime
import re
import unicodedata
from collections.abc import Iterator
from decimal import Decimal, InvalidOperation
from functools import cache, lru_cache
from pathlib import Path
from typing import NamedTuple

_RANGE = r"(?:〜|~|-|–|から)"
_WEEKDAYS = "月火水木金土日"
# 12月上旬, 1月中旬, 3月末: the part of a month a notice names as a date (early, mid-, late, the end of).
MONTH_PARTS = {"上旬": "early", "初旬": "early", "中旬": "mid", "下旬": "late", "末": "end"}
_PART = r"(?P<part>上旬|初旬|中旬|下旬|末(?!日))"
# What each part may be shown as in English: 下旬 is late in the month or its end, 末 its end or late in it.
_PART_SHOWN = {"early": ("early",), "mid": ("mid",), "late": ("late", "end"), "end": ("end", "late")}
# 29日(木・祝): a calendar's mark of a holiday after the weekday is part of how the date is written.
_HOLIDAY_MARK = r"(?:\s*[・･/／]\s*(?:祝日?|祭日?|休日?|振替休日|振休))?"
_WEEKDAY = rf"(?:\s*[(（]\s*(?P<wd>[{_WEEKDAYS}])(?:曜日?)?{_HOLIDAY_MARK}\s*[)）]|\s*(?P<wdx>[{_WEEKDAYS}])曜日)?"
# Relations a duration stands in: within 3 days, 5 days after, for 3 days, per day.
# 2週間に1回, 3か月に1度: once in each span, "every two weeks" (per), before 間 can make it a span (for).
# 3日前後, 30分前後: "about" three days (前後 after a number approximates it, as 程度 does), never "before".
_ONCE_IN = r"に(?=\s*1\s*[回度](?!目))"
_RELATION = (
    rf"(?P<rel>間以内|以内|間後|後|前以内|間前(?!後)|前(?!後)|間{_ONCE_IN}|{_ONCE_IN}|間以上前|間以上|間(?!隔)"
    r"|あたり|当たり|につき|ごと|以上前|以上|ぶり)?"
)
RELATIONS = {
    "間以内": "within",
    "以内": "within",
    "前以内": "within",  # 3日前以内: within the three days before (the anchor, before)
    "間後": "after",
    "後": "after",
    "間前": "before",
    "前": "before",
    "間": "for",
    "あたり": "per",
    "当たり": "per",
    "につき": "per",
    "ごと": "per",
    "以上": "at least",
    "ぶり": "since",
    "間以上": "at least",  # 2週間以上: "two weeks or more", not "for two weeks"
    # 3日以上前, 2週間以上前: three days or more before, a deadline ("at least 3 days before": 3日前まで)
    "以上前": "before",
    "間以上前": "before",
    "間に": "per",
    "に": "per",
}
# Words before a clock time that say which half of the day it is in: 午後3時, 夜10時 (22:00), 朝9時.
_MERIDIEM = "午前|午後|早朝|深夜|未明|夕方|朝|夜|晩"
_EVENING = ("夕方", "夜", "晩")
# The words after a number that say it approximately (3日程度, 1週間ほど, 10分前後, 3日くらい).
_ABOUT_AFTER = "程度|ほど|前後|くらい|ぐらい"
# The words for days a business is open, a counter of spans of their own (3営業日: "3 business days"; 開庁日 a
# public office's, 開館日 a library's or a museum's, 診療日 a clinic's).
_BUSINESS_DAYS = "営業日|業務日|稼働日|開庁日|開館日|診療日"
# The five eras of the modern calendar (a closed set): the Gregorian year before each era's first year.
_ERAS = {"令和": 2018, "平成": 1988, "昭和": 1925, "大正": 1911, "明治": 1867}
# Units written after a number in Latin letters: the number is the value (3GB is 3; 2t, a 2-ton truck).
LATIN_UNITS = r"%|GB|MB|KB|kB|TB|GiB|MiB|kbps|Mbps|Gbps|kWh|kW|MHz|GHz|ms|kg|km|cm|mm|mL|ml|m2|㎡|g|m|L|W|V|A|t"

# Latin-script entities read alike in Japanese and English text.
LATIN_PATTERNS = [
    # A URL ends before the punctuation of the sentence around it (See https://example.com/a.).
    ("url", r"https?://[A-Za-z0-9\-._~:/?#\[\]@!$&'*+,;=%]*[A-Za-z0-9\-_~/#@$&*+=%]"),
    (
        "phone",
        r"(?<![A-Za-z0-9\-+])(?P<phone>\+\d{1,3}[- ]?\d{1,4}[- ]\d{1,4}[- ]\d{3,4}"
        r"|0\d{1,4}-\d{1,4}-\d{3,4}|0\d{1,4}\(\d{1,4}\)\d{3,4}|0\d{1,4} \d{1,4} \d{3,4})(?![A-Za-z0-9\-])",
    ),
    ("id", r"(?<![A-Za-z0-9\-])(?P<digits>\d{2,}(?:-\d{2,}){2,})(?![A-Za-z0-9\-])"),
    ("id", r"ID\s*[:：]\s*(?P<id>[A-Za-z0-9][A-Za-z0-9_-]*)"),
    ("id", r"(?<![A-Za-z0-9])(?P<code>[A-Z][A-Z0-9]+(?:-[A-Z0-9]+)*-\d+)(?![A-Za-z0-9])"),
    (
        "number",
        r"(?<![A-Za-z0-9.,])(?P<num>\d{1,3}(?:,\d{3})+|\d+)(?:\.(?P<frac>\d+))?\s?"
        rf"(?P<unit>{LATIN_UNITS})(?![A-Za-z0-9])",
    ),
    # 3F, B1F: a floor (3階, 地下1階) as signs and both languages write it, its number the value; never a name.
    ("number", r"(?<![A-Za-z0-9.,])B?(?P<num>\d{1,3})F(?![A-Za-z0-9])"),
    (
        "alnum",
        # (not the yen's currency code before its amount: JPY3,000, as CLDR's en_AU writes it, is 3,000 yen)
        r"(?<![A-Za-z0-9])(?!JPY\d)(?P<alnum>(?:[A-Za-z]+[0-9]|[0-9]+[A-Za-z])[A-Za-z0-9]*(?:[-_/.][A-Za-z0-9]+)*"
        # (not a word, a slash and a count of the next phrase: 1 night/2 days)
        r"|[A-Za-z]+(?:(?!/\d+\s)[-_/][A-Za-z]*\d[A-Za-z0-9]*)+)(?![A-Za-z0-9])",
    ),
    # Not a decimal before its scale word (¥1.28 million: a number, 1,280,000).
    ("version", r"(?<![\d.])(?P<ver>\d+(?:\.\d+){1,3})(?!\d|\.\d|\s(?:thousand|million|billion)\b)"),
]
_TAIL_NUMBERS = [
    # 10万円, 1.5万円, 2,350万円 (23,500,000 yen): a number before its scale, grouped or not; and what
    # follows the scale in the same number: 3万2,000戸 (32,000), 1億2,000万円 (120,000,000).
    (
        "number",
        r"(?<![\d.,])(?P<man>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?P<myriad>万|億)"
        r"(?:(?<=億)(?P<oman>\d{1,3},\d{3}|\d{1,4})万)?"
        r"(?:(?P<under>\d{1,3},\d{3}|\d{1,4})(?![\d,.]))?",
    ),
    ("id", r"(?<![\d.,])(?P<zeros>0\d+)(?![\d])"),
    ("number", r"(?<![\d.,])(?P<num>\d{1,3}(?:,\d{3})+|\d+)(?![\d])"),
]

# Order matters: the first alternative that matches at a position wins.
_PATTERNS = [
    LATIN_PATTERNS[0],
    (
        "date",
        r"(?P<era>令和|平成|昭和|大正|明治)\s*(?P<ey>\d{1,2}|元)\s*年(?P<fy>度)?(?:\s*(?P<m>\d{1,2})\s*月(?:\s*(?P<d>\d{1,2})\s*日|"
        + _PART
        + r")?)?"
        + _WEEKDAY,
    ),
    (
        "date",
        r"(?<![\d.])(?P<y>\d{4})\s*年(?P<fy>度)?(?:\s*(?P<m>\d{1,2})\s*月(?:\s*(?P<d>\d{1,2})\s*日|"
        + _PART
        + r")?)?"
        + _WEEKDAY,
    ),
    ("date", r"(?<![\d.])(?P<y>\d{4})[-/](?P<m>\d{1,2})[-/](?P<d>\d{1,2})(?![\d])" + _WEEKDAY),
    ("date", r"(?<![\d.])(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日(?!間|以内|後|前)" + _WEEKDAY),
    # 5月2〜3日: the first day of a range whose 日 is written once, at its end.
    ("date", rf"(?<![\d.])(?P<m>\d{{1,2}})\s*月\s*(?P<d>\d{{1,2}})(?=\s*{_RANGE}\s*\d{{1,2}}\s*日)"),
    ("date", r"(?<![\d./:])(?P<m>1[0-2]|0?[1-9])/(?P<d>3[01]|[12]\d|0?[1-9])(?![\d/])" + _WEEKDAY),
    ("date", r"(?<![\d.])(?P<m>\d{1,2})\s*月(?![間\d])" + _PART + "?"),
    # A weekday alone (毎週土曜日, 土曜は): a value as much as a date is.
    ("weekday", rf"(?P<wday>[{_WEEKDAYS}])曜(?:日)?"),
    (
        "time",
        # (not 2時限, two class periods: a count)
        rf"(?:(?P<ampm>{_MERIDIEM})\s*)?(?<![\d.])(?P<h>\d{{1,2}})\s*時(?!間|限)"
        r"(?:\s*(?P<min>\d{1,2})\s*分(?!間)|(?P<half>半))?",
    ),
    # (受付時間：9:00～17:00: a label's colon before the hour, folded to ":", is no part of a clock, 1:9:00)
    ("time", rf"(?:(?P<ampm>{_MERIDIEM})\s*)?(?<![\d.])(?<!\d:)(?P<h>\d{{1,2}}):(?P<min>\d{{2}})(?![\d:])"),
    ("time", r"(?P<noon>正午)"),
    # 3分の2: a fraction (two-thirds), before 3分 can be three minutes.
    ("fraction", r"(?<![\d.])(?P<den>\d+)\s*分の\s*(?P<num>\d+|[一二三四五六七八九十]+)"),
    # 半額 (half price, 50% off), 半数, 半分: one half.
    ("fraction", r"(?P<halfof>半)(?=額|数|分(?!の))"),
    # 半年: six months.
    ("duration", r"(?P<halfyear>半年)" + _RELATION),
    # 隔週, 隔月, 隔日, 隔年: every other week (2週間に1回), once in each span of two (not 間隔, an interval).
    ("duration", r"(?<!間)隔(?P<alternate>日|週|月|年)"),
    # 1日おき, 1週間おき: every other day or week, a span of two too (2日おき, "every three days" to some, "every
    # two days" to others, is not read so).
    ("duration", r"(?<![\d.])1\s*(?P<alternate>日|週|か月|カ月|ヶ月|年)間?\s*(?:おき|置き)"),
    # 4日目, 3年目, 2週目, 2時間目: the Nth day, year, week or period (an ordinal), before 4日 can be days.
    # 3年生: a school year, the third ("third-year students", "3rd grade", "Year 3"), never three years.
    (
        "ordinal",
        rf"(?<![\d.])(?P<o2>\d+)(?=\s*(?:(?:{_BUSINESS_DAYS}|日|週間?|か月|カ月|ヶ月|ケ月|箇月|年|時間|時限)\s*目|年生))",
    ),
    # 2〜3日, 30〜40分: the first end of a range of durations takes its unit from the second.
    (
        "duration",
        rf"(?<![\d.月/])(?P<dn>\d+)(?=\s*(?:〜|~|-|–)\s*\d+\s*(?P<du>時間|分|秒|{_BUSINESS_DAYS}|日|週|か月|カ月|ヶ月|ケ月|箇月|年))(?P<first>)",
    ),
    # 2時間30分, 1時間半; 1.5時間 (an hour and a half, not a version 1.5).
    (
        "duration",
        r"(?<![\d.])(?P<dh>\d+)(?:\.(?P<dfrac>\d+)\s*時間|\s*時間(?:\s*(?P<dm>\d{1,2})\s*分|(?P<dhalf>半))?)"
        + _RELATION,
    ),
    # 1日4往復, 1日2回: per day, before a count (not 1日10時, the 1st at 10:00).
    ("duration", r"(?<![\d.])(?P<dn>1)\s*(?P<du>日|週|か月|カ月|ヶ月|年)(?=\s*\d+(?:[.,]\d+)*\s*(?![\d時:]))(?P<per>)"),
    (
        "date",
        # Not a day but days (a duration) where an approximation or a delay says so: 約3日, 1日程度, 2日ほど.
        # (nor the days of a stay, written after its nights: 1泊2日, 2泊3日 are a night and two days, three)
        # (nor after a span's limit: 最短3日で, 最長5日, "in as little as three days", "up to five days")
        r"(?<![\d.])(?<!約)(?<!およそ)(?<!泊)(?<!泊\s)(?<!最短)(?<!最長)(?<!最大)(?<!最低)(?P<day>\d{1,2})\s*日"
        # (nor where a shift in time follows: 3日早い, 5日遅く, 2日早まる, 3日延長, 5日短縮, 2日前倒し: a
        # difference of days, "three days earlier")
        # (nor a number of days' worth: 1日分の料金, 3日分の薬)
        rf"(?!間|以内|後|前|以上|未満|ぶり|あたり|当たり|につき|ごと|目|{_ABOUT_AFTER}|余り|あまり|遅れ|分(?!\s*\d)"
        r"|早[いくめまかっ]|遅[いくめかっ]|延長|延期|短縮|前倒し|繰り?[上下]げ"
        rf"|{_ONCE_IN})" + _WEEKDAY,
    ),
    (
        "duration",
        rf"(?<![\d.])(?P<dn>\d+(?:\.\d+)?)\s*(?P<du>分|秒|{_BUSINESS_DAYS}|日|週|か月|カ月|ヶ月|ケ月|箇月|年)"
        r"(?:(?<=[月年])(?P<duhalf>半))?" + _RELATION,  # 1か月半, 1年半: and a half (a month and a half)
    ),
    ("ordinal", r"第\s*(?P<o1>\d+)"),
    ("ordinal", r"(?<![\d.])(?P<o2>\d+)(?=(?:回目|番目|件目|度目|次))"),
    # 2割 is 20%, 2割5分 25%: a rate in tenths.
    ("number", r"(?<![\d.,])(?P<wari>\d+(?:\.\d+)?)\s*割(?:\s*(?P<bu>\d)\s*分(?!の))?"),
    _TAIL_NUMBERS[0],
    # 20パーセント: a percentage written in katakana, read with its word (a rate to an auto-update).
    ("number", r"(?<![\d.,])(?P<num>\d{1,3}(?:,\d{3})+|\d+)(?:\.(?P<frac>\d+))?\s*パーセント"),
    # 1回30分, 1人3枚, 1件500円: one of a counter directly before another number is a rate (each time, per
    # person), like 1日3便; whether the word is a counter is the morphology's to say (_is_counter). What one
    # holds may be written in parentheses between them (1パック(10個入り), 1箱(12本入)): "a pack of 10".
    (
        "number",
        r"(?<![\d.,])(?P<rate>1)(?!\s*泊\s*\d+\s*日)(?=\s*(?P<counter>[^\W\d_A-Za-z]{1,3}?)\s*(?:\(\s*)?\d+(?:[.,]\d+)*\s*(?![\d時:]))",
    ),
    *LATIN_PATTERNS[1:],
    *_TAIL_NUMBERS[1:],
]
_UNITS = {
    "分": "minute",
    "秒": "second",
    "日": "day",
    # 3営業日 (業務日, 稼働日, 開庁日, 開館日, 診療日): days the business is open, never calendar days ("3 business
    # days"; "within 3 days" is another span)
    **dict.fromkeys(_BUSINESS_DAYS.split("|"), "business day"),
    "週": "week",
    "か月": "month",
    "カ月": "month",
    "ヶ月": "month",
    "ケ月": "month",
    "箇月": "month",
    "年": "year",
}
# Seconds in each unit of a clock-based duration, days in each unit of a calendar one, months in a year.
SECONDS = {"second": 1, "minute": 60, "hour": 3600}
DAYS = {"day": 1, "week": 7}
MONTHS = {"month": 1, "year": 12}
# ("within after": "within 18 hours after diving", a span bounded from an event, as English says it.)
DURATION_RELATIONS = (
    "within",
    "after",
    "before",
    "for",
    "per",
    "at least",
    "since",
    "within after",
    "within before",
    "by before",
    "from before",
    "about before",
    None,
)
# How English says a span before an event, by what the Japanese says of it (its anchor, said approximately): by
# then, a deadline ("at least 3 days before", "3 days before, at the latest": 3日前まで, 3日以上前); from then, a
# start ("from 30 minutes before": 30分前から); about then ("about two weeks before": 約2週間前). A plain 3日前 is
# met by each; a deadline never by "about" or "from", a start never by a deadline, a span said approximately never
# by a deadline. The plain English "3 days before" meets them all.
_BEFORE_SAID_AS = {
    (None, False): ("by before", "from before", "about before"),
    (None, True): ("from before", "about before"),
    ("until", False): ("by before",),
    ("until", True): ("by before", "about before"),
    ("before", False): ("from before", "about before"),
    ("before", True): ("from before", "about before"),
}
# The English relations that say the time something takes (3週間で, relation "in"): the Japanese is met by any.
_TAKES_SAID_AS = ("within", "after", "within after", None)


class Compiled:
    """Each of *patterns* compiled on its own, when first asked for: a text holds a few kinds of
    entity, and compiling all of them costs a short command more than its work."""

    def __init__(self, patterns: list[tuple[str, str]], tails: tuple[str, ...] = ()):
        self._sources = [pattern for _, pattern in patterns]
        self._compiled: dict[int, re.Pattern] = {}
        self.tails = tails  # the optional ends left out of the sources the cues were read off (combine)

    def __getitem__(self, index: int) -> re.Pattern:
        pattern = self._compiled.get(index)
        if pattern is None:
            pattern = self._compiled[index] = re.compile(self._sources[index])
        return pattern


def combine(patterns: list[tuple[str, str]], tails: tuple[str, ...] = ()) -> tuple[Candidates, Compiled]:
    """What scan reads *patterns* with: which of them a text can hold (Candidates), and each compiled on its own.

    The cues of a pattern are read off its source with its groups unnamed and
    without what it ends with among *tails* (optional parts, such as the
    weekday after a date): an optional end decides neither whether nor where a
    pattern matches, only how far. That source is the pattern's key in the
    shipped cues (tests/regen_entity_cues.py).
    """
    unnamed = [re.sub(r"\(\?P<\w+>", "(?:", without_tails(pattern, tails)) for _, pattern in patterns]
    return Candidates(unnamed), Compiled(patterns, tails)


ENTITY_CUES = Path(__file__).resolve().parent.parent / "data" / "entity-cues.json"


class Cues(NamedTuple):
    """What tests/regen_entity_cues.py read off each pattern's parse tree, by the digest of its source."""

    cues: dict[str, tuple[tuple[str, bool], ...]]  # strings one of which every match holds (and whether case-blind)
    starts: dict[str, tuple[str, ...]]  # the class items (7, \\d, 0-9) every match starts with one of
    folds: str  # characters outside ASCII that a case-blind ASCII letter matches


@cache
def _cues() -> Cues:
    """The shipped cues (data/entity-cues.json)."""
    import json

    try:
        made = json.loads(ENTITY_CUES.read_text("utf-8"))
    except (OSError, ValueError):  # pragma: no cover - a package without its data: every pattern is possible
        return Cues({}, {}, "")
    return Cues(
        {key: tuple((text, blind) for text, blind in cues) for key, cues in made["cues"].items()},
        {key: tuple(items) for key, items in made["starts"].items()},
        made["folds"],
    )


def pattern_key(source: str) -> str:
    """The key of a pattern's cues: the digest of its source, so that an edited pattern has none until the
    cues are made again (it is then tried on every text: slower, never wrong)."""
    from kokuchi.project.files import blake2b_digest

    return blake2b_digest(source.encode("utf-8"), 12).hex()


class Candidates:
    """Which of combine's patterns a text can hold, and where their matches can start.

    Compiling one alternation of every pattern (thousands of characters) was
    most of a short command's entity reading, while a text holds few of the
    kinds: a pattern whose every match holds one of its cues (a month's name,
    時間, a unit word) cannot match a text without any, and leaving it out
    changes no match. So no alternation is compiled: scan tries, at each
    position where a match can start, the patterns the text can hold, in their
    order, each compiled once when first needed (Compiled), which is what an
    alternation does at a position. The class of the characters a match can
    start with (each pattern's, shipped beside its cues) gives the positions:
    patterns that begin with lookbehinds and optional parts give the engine no
    first character to skip by.
    """

    def __init__(self, sources: list[str]):
        self._sources = sources  # the patterns as the cues were read off them (combine): their keys
        self._cues: list[tuple[tuple[str, bool], ...] | None] | None = None  # None: possible in any text
        self._folds = ""  # characters a case-blind cue may hide behind (_cues)
        self._first: list[tuple[str, ...] | None] = []  # each pattern's first characters, as class items
        self._tests: dict[int, StartTest | None] = {}  # can_start's, by pattern (None: any character)
        self._tried: dict[tuple[int, ...], dict[str, list[int]]] = {}  # tried_at's
        # _with_starts's class of the characters the matches of some patterns start with, by the patterns: a few
        # sets of patterns come back in text after text.
        self._starts: dict[tuple[int, ...], re.Pattern | None] = {}

    def for_text(self, text: str) -> tuple[tuple[int, ...], re.Pattern | None]:
        """The indices of the patterns that can match in *text*, in order, and the class of the characters
        their matches start with (None: any)."""
        return self._with_starts(self._possible(text))

    def every(self) -> tuple[tuple[int, ...], re.Pattern | None]:
        """Every pattern, and the class of the characters their matches start with."""
        self._load()
        return self._with_starts(range(len(self._sources)))

    def _with_starts(self, indices) -> tuple[tuple[int, ...], re.Pattern | None]:
        order = tuple(indices)
        if order not in self._starts:
            items = [self._first[i] for i in order]
            self._starts[order] = (
                None
                if any(item is None for item in items)
                else re.compile(f"[{''.join(dict.fromkeys(char for item in items for char in item))}]")
            )
        return order, self._starts[order]

    def tried_at(self, order: tuple[int, ...]) -> dict[str, list[int]]:
        """The patterns of *order* (for_text's) tried where a character is, by character, as scan
        fills it: those whose matches can start with it, in order."""
        tried = self._tried.get(order)
        if tried is None:
            tried = self._tried[order] = {}
        return tried

    def can_start(self, index: int, char: str) -> bool:
        """Whether a match of pattern *index* can start with *char*."""
        self._load()
        if index not in self._tests:
            items = self._first[index]
            self._tests[index] = None if items is None else StartTest(items)
        test = self._tests[index]
        return test is None or test(char)

    def _load(self) -> list[tuple[tuple[str, bool], ...] | None]:
        if self._cues is None:
            shipped = _cues()
            keys = [pattern_key(source) for source in self._sources]
            self._cues = [shipped.cues.get(key) for key in keys]
            self._first = [shipped.starts.get(key) for key in keys]
            self._folds = shipped.folds
        return self._cues

    def _possible(self, text: str) -> list[int]:
        cues_of = self._load()
        lowered = None
        blind_anywhere = any(char in text for char in self._folds)
        possible = []
        for index, cues in enumerate(cues_of):
            if cues is None:
                possible.append(index)
                continue
            for cue, blind in cues:
                if blind:
                    if lowered is None:
                        lowered = text.lower()
                    if blind_anywhere or cue in lowered:
                        break
                elif cue in text:
                    break
            else:
                continue
            possible.append(index)
        return possible


class StartTest:
    """Whether a character is one of *items* (class items: 7, 0-9, \\d, \\+), as ``[items]`` matches it.

    A pattern is tried at a position only if its matches can start with the
    character there, so that one never tried is never compiled: a single
    character, a range of two and the escapes \\d (str.isdecimal), \\s
    (str.isspace) and of punctuation are read here, any other item by the
    compiled class.
    """

    def __init__(self, items: tuple[str, ...]):
        self._chars: set[str] = set()
        self._ranges: list[tuple[str, str]] = []
        self._decimal = self._space = False
        rest = []
        for item in items:
            if len(item) == 1 and item != "\\":
                self._chars.add(item)
            elif len(item) == 3 and item[1] == "-" and "\\" not in (item[0], item[2]) and item[0] <= item[2]:
                self._ranges.append((item[0], item[2]))
            elif item == "\\d":
                self._decimal = True
            elif item == "\\s":
                self._space = True
            elif len(item) == 2 and item[0] == "\\" and item[1].isascii() and not item[1].isalnum():
                self._chars.add(item[1])
            else:
                rest.append(item)
        self._rest = re.compile(f"[{''.join(rest)}]") if rest else None
        self._known: dict[str, bool] = {}

    def __call__(self, char: str) -> bool:
        known = self._known.get(char)
        if known is None:
            known = self._known[char] = (
                char in self._chars
                or any(low <= char <= high for low, high in self._ranges)
                or (self._decimal and char.isdecimal())
                or (self._space and char.isspace())
                or (self._rest is not None and self._rest.match(char) is not None)
            )
        return known


def without_tails(pattern: str, tails: tuple[str, ...]) -> str:
    """*pattern* without the *tails* it ends with (each an optional part: tests/language/test_entities.py)."""
    stripped = True
    while stripped:
        stripped = False
        for tail in tails:
            if tail and pattern.endswith(tail):
                pattern, stripped = pattern[: -len(tail)], True
    return pattern


def scan(candidates: Candidates, each: Compiled, text: str) -> Iterator[tuple[int, re.Match]]:
    """(index, match) of each entity of *text*, in order, as combine's patterns read it.

    The first pattern that matches at the first position where one does wins,
    as in one alternation of them all; its match gives the entity's groups and
    its end, optional tails included; the next entity is looked for after it.
    Only the positions where a match can start are tried, with only the
    patterns *text* can hold (Candidates). No pattern matches an empty text,
    so each step moves on.
    """
    order, starts = candidates.for_text(text)
    if not order:
        return
    # The patterns tried where a character is, in order: those whose matches can start with it (one
    # that no position asks for is never compiled).
    tried = candidates.tried_at(order)
    position, end = 0, len(text)
    while position < end:
        if starts is not None:
            start = starts.search(text, position)
            if start is None:
                return
            position = start.start()
        char = text[position]
        indices = tried.get(char)
        if indices is None:
            indices = tried[char] = [index for index in order if candidates.can_start(index, char)]
        for index in indices:
            own = each[index].match(text, position)
            if own is not None:
                yield index, own
                position = own.end()
                break
        else:
            position += 1


@lru_cache(maxsize=1)
def _entity_patterns() -> tuple[Candidates, Compiled]:
    """Compiled at the first reading, not when a command that reads no entity imports this module."""
    return combine(_PATTERNS, (_WEEKDAY,))


class Entity(NamedTuple):
    kind: str  # url, date, year, weekday, time, duration, ordinal, fraction, phone, id, alnum, version, number
    value: tuple  # normalized: (y, m, d), any None when absent; (h, m); ("hour", 2, 30); (728,); ("0120-123-456",)
    start: int
    end: int
    text: str
    joined: bool = False  # the second end of a range (14日〜17日), joined to the entity before it
    relation: str | None = None  # a duration's: within (以内), after (後), before (前), for (間), per (あたり)
    weekday: int | None = None  # a date's weekday as the text writes it: 0 Monday … 6 Sunday
    fiscal: bool = False  # 年度: a fiscal year
    # A day written alone after a date of the text (10月23日・24日, 翌24日, 9月の…5日): that date's (year, month).
    implied: tuple[int | None, int] | None = None
    part: str | None = None  # a month's part: early (上旬), mid (中旬), late (下旬), end (末)
    # The event side of a span said with 以内: after (ダイビング後18時間以内, 購入日から7日以内), before
    # (出発前18時間以内, 3日前以内); None where the text names no event (7日以内に). "until" for a span after an
    # event with まで after it (3日後まで: by then).
    anchor: str | None = None
    # A span's bound the text says beside it: "least" for a span left open between two acts (12週間あけてください,
    # 2時間以上空けて: "at least 12 weeks") or at its shortest (最短3日で), "most" for one at its longest (最大60秒間:
    # "up to 60 seconds").
    bound: str | None = None
    # A span said approximately (約3日, 3日程度, 1週間ほど), with no bound: "about", never a minimum ("at least").
    about: bool = False

    @property
    def meaning(self) -> tuple:
        """What the entity says: its value and what qualifies it (compared by auto-updates)."""
        return (self.kind, self.value, self.relation, self.weekday, self.fiscal, self.part)


def is_format_character(char: str) -> bool:
    return unicodedata.category(char) == "Cf"


@lru_cache(maxsize=4096)
def _fold_char(char: str) -> str:
    return "" if is_format_character(char) else unicodedata.normalize("NFKC", char)


def visible(text: str) -> tuple[str, list[int] | None]:
    """*text* as a reader sees it (NFKC, format characters dropped), and where each character came from.

    The map gives, for each offset of the result and its end, the offset in
    *text*; None when the two are the same text.
    """
    if text.isprintable() and (text.isascii() or unicodedata.is_normalized("NFKC", text)):
        # No format character (those are not printable), and no character NFKC changes: a character that it
        # changes alone never stands in an NFKC text. The text as it is, without a look at each character.
        return text, None
    return _folded(text)


def _folded(text: str) -> tuple[str, list[int] | None]:
    """``visible``, character by character."""
    folded: list[str] = []
    origin: list[int] = []
    for index, char in enumerate(text):
        piece = _fold_char(char) if not char.isascii() else char
        folded.append(piece)
        origin.extend([index] * len(piece))
    origin.append(len(text))
    result = "".join(folded)
    if result == text:
        return text, None
    return result, origin


def normalize(text: str) -> str:
    """Full-width forms to half-width (NFKC) and invisible format characters dropped, as comparisons read it."""
    return visible(text)[0]


def _clock(ampm: str | None, hour: int) -> int:
    """The hour of the day a clock time names: 午後3時 15, 午前12時 0, 夜10時 22, 夜12時 24 (midnight)."""
    if ampm == "午後" and hour < 12:
        return hour + 12
    if ampm == "午前" and hour == 12:
        return 0
    if ampm in _EVENING and 5 <= hour <= 12:
        return hour + 12
    return hour


def _number(integer: str, fraction: str | None = None) -> int | Decimal:
    digits = integer.replace(",", "")
    if fraction:
        return Decimal(f"{digits}.{fraction}")
    return int(digits)


def _weekday(g: dict) -> int | None:
    mark = g.get("wd") or g.get("wdx")
    return _WEEKDAYS.index(mark) if mark else None


def _read(kind: str, g: dict, text: str) -> tuple[str, tuple, dict] | None:
    """(kind, value, qualifiers) of one match; None when it is no entity after all (13/40)."""
    if kind == "date":
        if g.get("day"):
            return "date", (None, None, int(g["day"])), {"weekday": _weekday(g)}
        year: int | None = int(g["y"]) if g.get("y") else None
        if g.get("era"):
            year = _ERAS[g["era"]] + (1 if g["ey"] == "元" else int(g["ey"]))
        month = int(g["m"]) if g.get("m") else None
        day = int(g["d"]) if g.get("d") else None
        if month is not None and not 1 <= month <= 12 or day is not None and not 1 <= day <= 31:
            return None
        if month is None:
            return "year", (year,), {"fiscal": bool(g.get("fy"))}
        qualifiers: dict[str, object] = {"weekday": _weekday(g), "fiscal": bool(g.get("fy"))}
        if g.get("part"):
            qualifiers["part"] = MONTH_PARTS[g["part"]]
        return "date", (year, month, day), qualifiers
    if kind == "time":
        if g.get("noon"):
            return "time", (12, 0), {}
        hour = int(g["h"])
        minute = 30 if g.get("half") else int(g.get("min") or 0)
        if hour > 30 or minute > 59 or (g.get("ampm") == "午前" and hour > 12):
            return None
        if g.get("ampm") == "午後" and hour > 12:
            if hour > 24 or (hour == 24 and minute):
                return None
            return "time", (hour, minute), {}  # 午後16時: a 24-hour clock time under a redundant 午後, 16:00; 午後24時
        return "time", (_clock(g.get("ampm"), hour), minute), {}
    if kind == "duration":
        relation = "per" if "per" in g else RELATIONS.get(g.get("rel") or "")
        if g.get("halfyear"):
            return "duration", ("month", 6), {"relation": relation}
        if g.get("alternate"):
            return "duration", (_UNITS.get(g["alternate"], "month"), 2), {"relation": "per"}  # (隔月's 月: a month)
        if g.get("dh"):
            minutes = 30 if g.get("dhalf") else int(g.get("dm") or 0)
            hours = _number(g["dh"], g.get("dfrac"))
            if isinstance(hours, Decimal) and hours == hours.to_integral_value():
                hours = int(hours)  # 2.0時間
            return "duration", ("hour", hours, minutes), {"relation": relation}
        amount = _number(*g["dn"].split(".")) if "." in g["dn"] else int(g["dn"])
        if g.get("duhalf"):
            amount = Decimal(amount) + Decimal("0.5")
        if g["du"] == "時間":
            return "duration", ("hour", amount, 0), {"relation": relation}
        return "duration", (_UNITS[g["du"]], amount), {"relation": relation}
    if kind == "weekday":
        return "weekday", (_WEEKDAYS.index(g["wday"]),), {}
    if kind == "ordinal":
        return "ordinal", (int(g.get("o1") or g["o2"]),), {}
    if kind == "fraction":
        if g.get("halfof"):
            return "fraction", (1, 2), {}
        numerator = int(g["num"]) if g["num"].isdigit() else kanji_value(g["num"])
        return ("fraction", (numerator, int(g["den"])), {}) if numerator else None
    if kind == "number":
        if g.get("rate"):
            return "number", (1,), {"relation": "per"} if _is_counter(g["counter"]) else {}
        if g.get("wari"):
            rate = Decimal(g["wari"]) * 10 + int(g.get("bu") or 0)
            return "number", (int(rate) if rate == int(rate) else rate.normalize(),), {}
        if g.get("myriad"):
            base = Decimal(g["man"].replace(",", "")) * (10_000 if g["myriad"] == "万" else 100_000_000)
            rest = int(g.get("oman", "0").replace(",", "")) * 10_000 + int(g.get("under", "0").replace(",", ""))
            total = base + rest
            return "number", (int(total) if total == int(total) else total,), {}
        return "number", (_number(g["num"], g.get("frac")),), {}
    for name in ("phone", "digits", "id", "code", "alnum", "ver", "zeros"):
        if g.get(name):
            return kind, (g[name],), {}
    return kind, (text,), {}  # url


# Counters that name rather than count (1号車, 1番線, 1階, 1等, 1位): 1 before them is no rate.
_NAMING_COUNTERS = frozenset("号 番 階 等 位".split())


# Where a counter + 目 may follow a number: a few letters (2泊目, 3試合目, 2つ目) then 目.
_BEFORE_ME = re.compile(r"\s*([\u3041-\u3093\u30a1-\u30fa\u4e00-\u9fff]{1,3}?)目")


@lru_cache(maxsize=1024)
def _counted_ordinal(digits: str, end: int) -> bool:
    """Whether the number ending at *end* is followed by a counter and the ordinal suffix 目, as the morphology
    reads them: the counter one word, 目 a suffix (接尾辞) of its own (2泊目, 3枚目以降, 3試合目). Never a word the
    analyzer reads whole (1科目, 3項目: a count of subjects, of items; 人目 fused too, so 2人目 is left a number),
    nor 目安 (3円目安: a word of its own), nor 丁目 (an address's block, a name)."""
    following = _BEFORE_ME.match(digits, end)
    if following is None or following.group(1) == "丁":
        return False
    from kokuchi.language.tokens import tokenize

    tokens = tokenize(f"3{digits[end : following.end() + 2]}")
    return (
        len(tokens) >= 3
        and tokens[2].text == "目"
        and tokens[2].pos[:1] == ("接尾辞",)
        and tokens[1].text == following.group(1).strip()
    )


@lru_cache(maxsize=1024)
def _is_counter(word: str) -> bool:
    """*word* counts what a numeral before it numbers (回, 人, 名, 枚, 件, 本, か所), as the morphology reads it.

    The analyzer tags a counter after a numeral as 助数詞 (or a noun that may be
    one, 助数詞可能) or as a suffix (接尾辞); it fuses some with 一 (一人, 一種),
    so 三 is asked too.
    """
    if word in _NAMING_COUNTERS:
        return False
    from kokuchi.language.tokens import tokenize

    for numeral in ("一", "三"):
        tokens = tokenize(f"{numeral}{word}につき")
        if len(tokens) < 2 or tokens[0].text != numeral or not word.startswith(tokens[1].text):
            continue
        pos = tokens[1].pos
        if tokens[1].text not in _NAMING_COUNTERS and (
            any(part in ("助数詞", "助数詞可能") for part in pos) or pos[:1] == ("接尾辞",)
        ):
            # The whole word is the counter, ending where a token ends and holding no particle:
            # 1箇所で2日間 is one place for two days, no rate (箇所 + で).
            rest = [t for t in tokens[2:] if t.start < len(numeral) + len(word)]
            whole = not rest or rest[-1].start + len(rest[-1].text) == len(numeral) + len(word)
            return whole and not any(t.pos[:1] in (("助詞",), ("助動詞",)) for t in rest)
    return _counter_by_jmdict(word)


def _counter_by_jmdict(word: str) -> bool:
    """A noun JMdict lists as a counter or as used as a suffix in its first sense (枠 in 1枠30分: "per slot"), which
    UniDic tags as a common noun; one kanji, so that a word of its own (1日目安) is never taken for one."""
    if len(word) != 1 or not "\u4e00" <= word <= "\u9fff":
        return False
    try:
        from kokuchi.language.synonyms import jmdict_entries

        entries = jmdict_entries(word)
    except ImportError:
        return False
    return any(
        "counter" in pos or pos == "noun, used as a suffix"
        for entry in entries[:1]
        for sense in entry.senses[:1]
        for pos in sense.pos
    )


# Kanji numerals -----------------------------------------------------------------------------------

_KANJI_NUMERALS = frozenset("〇一二三四五六七八九十百千万億兆")
# Whether a text holds one, searched at C speed (a text's characters one by one cost ten times as much).
_ANY_KANJI_NUMERAL = re.compile(f"[{''.join(sorted(_KANJI_NUMERALS))}]")
_NUMERAL_PREFIXES = ("第", "午前", "午後")


def kanji_value(run: str) -> int | None:
    """The value of a run of kanji numerals (kanjize's reading; digit by digit where it reads none)."""
    try:
        from kanjize import kanji2number

        return int(kanji2number(run))
    except (ImportError, ValueError, KeyError, TypeError, IndexError):
        if all(char in "〇一二三四五六七八九" for char in run):
            return int("".join(str("〇一二三四五六七八九".index(char)) for char in run))
        return None


# What may follow 一時 when it is a clock time (一時から, 一時半); else it is "for a while" (一時、一時的).
_CLOCK_FOLLOWERS = frozenset("分 半 頃 ごろ から まで に より 以降 以前 前 過ぎ すぎ ちょうど 〜 ~ - – ～".split())


# What may follow 一度 when it counts (一度のみ, 一度に2個, 一度限り, 一度目); before a clause it is the
# adverb "once" (一度扉を閉めると: once you close the door; 一度ご確認ください), and 一度も (never) is no count.
_COUNT_FOLLOWERS = frozenset("の に のみ だけ 限り きり まで で 目 以上 以内 につき あたり".split())


def _idiom(counter: str, following: str) -> bool:
    """一 before a counter that makes a word rather than a value: 一日も早く, 一日中, 一時(的), 一時停止,
    一度 (once) before a clause."""
    if counter == "度":
        return following not in _COUNT_FOLLOWERS
    if counter == "日":
        return following in ("も", "中", "じゅう", "でも")
    if counter == "時":
        return following not in _CLOCK_FOLLOWERS
    return False


def _counted_month(tokens: list, index: int) -> bool:
    """The token at *index* is 月 after a number: 四月, 4月 (not 毎月 or 今月)."""
    if index < 1 or tokens[index].text != "月":
        return False
    previous = tokens[index - 1].text
    return previous.isdigit() or all(char in _KANJI_NUMERALS for char in previous)


# Digits before a kanji multiplier below 万 (5千円, 10万5千円, 1億2千万円, 2千5百人): one number written in both
# notations, which kanjize reads whole (5千 is 5,000, never 5 beside 千 = 1,000).
_MIXED_NUMERAL = re.compile(r"(?<![\d.,])[\d万億]*\d[十百千][\d十百千万億]*")


def _mixed_numerals(text: str) -> list[tuple[int, int, str]]:
    """The spans of numbers written in digits and kanji multipliers together, each with its value in digits."""
    pieces: list[tuple[int, int, str]] = []
    for match in _MIXED_NUMERAL.finditer(text):
        value = kanji_value(match.group(0))
        if value is not None:
            pieces.append((match.start(), match.end(), str(value)))
    return pieces


def _arabic(text: str) -> tuple[str, list[int] | None]:
    """Kanji numerals the morphology reads as counted numbers, written in digits; and the offset map.

    A run of numeral tokens (数詞) counts when a counter follows it
    (助数詞 or a noun that may be one: 時, 回, 日) or 第/午前/午後 precedes it.
    """
    if _ANY_KANJI_NUMERAL.search(text) is None:
        return text, None
    from kokuchi.language.tokens import tokenize

    tokens = tokenize(text)
    pieces = _mixed_numerals(text)
    index = 0
    while index < len(tokens):
        token = tokens[index]
        before = tokens[index - 1] if index else None
        if any(start <= token.start < end for start, end, _ in pieces):
            index += 1
            continue
        if token.text == "一日" and before is not None and before.text == "月" and _counted_month(tokens, index - 1):
            # 四月一日: the analyzer reads 一日 as one word (the first of the month); after a month it is the 1st.
            pieces.append((token.start, token.start + 1, "1"))
            index += 1
            continue
        if before is not None and before.text == "第" and token.text[0] in _KANJI_NUMERALS:
            # 第一報: the analyzer may keep the numeral inside one word (一報); after 第 it is an ordinal.
            # 第三十一回: or split it into several numeral tokens (三十 + 一), one number read whole (31,
            # never 30 and 1 side by side).
            last = index
            while (
                token.text[-1] in _KANJI_NUMERALS
                and last + 1 < len(tokens)
                and tokens[last + 1].pos[:2] == ("名詞", "数詞")
                and all(char in _KANJI_NUMERALS for char in tokens[last + 1].text)
            ):
                last += 1
            run = text[token.start : tokens[last].end]
            length = len(run) - len(run.lstrip("".join(_KANJI_NUMERALS)))
            value = kanji_value(run[:length])
            if value is not None:
                pieces.append((token.start, token.start + length, str(value)))
            index = last + 1
            continue
        if token.pos[:2] != ("名詞", "数詞") or not all(char in _KANJI_NUMERALS for char in token.text):
            index += 1
            continue
        last = index
        while (
            last + 1 < len(tokens)
            and tokens[last + 1].pos[:2] == ("名詞", "数詞")
            and all(char in _KANJI_NUMERALS for char in tokens[last + 1].text)
        ):
            last += 1
        after = tokens[last + 1] if last + 1 < len(tokens) else None
        following = tokens[last + 2].text if last + 2 < len(tokens) else ""
        counted = after is not None and any(part in ("助数詞", "助数詞可能") for part in after.pos)
        if after is not None and after.text == "分" and following == "の":
            counted = True  # 三分の二: the denominator of a fraction
        if after is not None and after.text[:1] == "割":
            counted = True  # 二割引: a rate (割引 is one word to the analyzer)
        if after is not None and re.match(_BUSINESS_DAYS, text[after.start : after.start + 3]):
            counted = True  # 三営業日: days the business is open (営業|日 to the analyzer), a counter of spans
        prefixed = before is not None and before.text in _NUMERAL_PREFIXES
        run = text[token.start : tokens[last].end]
        if counted and not prefixed and run == "一" and after is not None and _idiom(after.text, following):
            counted = False  # 一日も早く, 一日中, 一時、, 一度閉めると: words, not a day, a clock time or a count
        if counted and not prefixed and run == "二" and after is not None and (after.text, following) == ("度", "と"):
            counted = False  # 二度と: never again
        value = kanji_value(run) if counted or prefixed else None
        if value is not None:
            pieces.append((token.start, tokens[last].end, str(value)))
        index = last + 1
    if not pieces:
        return text, None
    pieces.sort()
    out: list[str] = []
    origin: list[int] = []
    last_end = 0
    for start, end, digits in pieces:
        out.append(text[last_end:start])
        origin.extend(range(last_end, start))
        out.append(digits)
        origin.extend([start] * len(digits))
        last_end = end
    out.append(text[last_end:])
    origin.extend(range(last_end, len(text)))
    origin.append(len(text))
    return "".join(out), origin


def _compose(first: list[int] | None, second: list[int] | None) -> list[int] | None:
    if first is None:
        return second
    if second is None:
        return first
    return [first[offset] for offset in second]


# Reading --------------------------------------------------------------------------------------------


def read(text: str) -> tuple[str, list[Entity]]:
    """The text as read (folded, kanji numerals in digits) and its entities, with offsets into it."""
    digits, entities = _read_once(text)
    return digits, list(entities)  # a list of the caller's own: the remembered reading stays as read


@lru_cache(maxsize=1 << 12)
def _read_once(text: str) -> tuple[str, tuple[Entity, ...]]:
    """``read``, remembered: the guard reads one edit's two texts in several of its checks (the values changed,
    added, a day apart, written otherwise), and an old text again against each of its edits."""
    shown, fold_map = visible(text)
    digits, numeral_map = _arabic(shown)
    origin = _compose(fold_map, numeral_map)
    found: list[Entity] = []
    for index, match in scan(*_entity_patterns(), digits):
        kind = _PATTERNS[index][0]
        g = {k: v for k, v in match.groupdict().items() if v is not None}
        reading = _read(kind, g, match.group(0))
        if reading is None:
            continue
        kind, value, qualifiers = reading
        start = match.start()
        counted = re.fullmatch(r"([A-Za-z]+)(\d+)", value[0]) if kind == "alnum" else None
        after = re.match(r"[\u4e00-\u9fff\u30a1-\u30fa]+", digits[match.end() :]) if counted else None
        if counted and after and _is_counter(after.group()):
            # ATM2台, PC3台: letters, then a count of them (2 ATMs), never a name (ATM2)
            kind, value, start = "number", (int(counted[2]),), start + len(counted[1])
        if kind == "duration" and value == ("minute", value[1]) and digits.endswith(("寸", "尺"), 0, match.start()):
            # 3寸5分, 2尺5分: 5 bu, a tenth of a sun (the sun left out after the shaku), never minutes
            kind, value, qualifiers = "number", (value[1],), {}
        if kind == "number" and g.get("num") and not g.get("frac") and _counted_ordinal(digits, match.end()):
            kind = "ordinal"  # 2泊目, 3杯目, 2人目: the Nth of what the counter counts, never a count of them
        # (the words right before a span: what it is counted from, its bound; read within a window, so that the
        # reading stays linear in a long text)
        ahead = digits[max(0, match.start() - 16) : match.start()]
        relation = qualifiers.get("relation")
        if kind == "duration" and relation in ("for", "at least", None) and _left_open(digits, match.end()):
            qualifiers["bound"] = "least"  # 12週間あけて, 施術から2か月あけて: an interval left open (_left_open)
        elif kind == "duration" and relation == "for" and _counted_from().search(ahead):
            qualifiers["relation"] = None  # counted from an event (_counted_from)
        elif kind == "duration" and relation == "for" and _takes().match(digits, match.end()):
            qualifiers["relation"] = "in"  # 約3週間でお渡し: the time it takes (_takes)
        elif kind == "duration" and relation == "within":
            qualifiers["anchor"] = "before" if g.get("rel") == "前以内" else _anchor(ahead)
        elif kind == "duration" and relation == "after" and re.match(r"\s*まで", digits[match.end() :]):
            qualifiers["anchor"] = "until"  # 3日後まで: by three days after, "within 3 days after"
        elif kind == "duration" and relation == "before" and _onward().match(digits, match.end()):
            qualifiers["anchor"] = "before"  # 7日前以降, 3日前から: the days from then up to the event, "within 7 days"
        elif (
            kind == "duration"
            and relation == "before"
            and (g.get("rel") in _AT_LEAST_BEFORE or _by_then(digits, match.end()))
        ):
            qualifiers["anchor"] = "until"  # 3日前まで, 3日以上前, 3日前の18時まで: by then, a deadline
        if kind == "duration" and value[0] == "day" and _open_days_only().search(ahead):
            value = ("business day", value[1])  # 土日祝日を除く3日以内, 開館日7日間: business days, said otherwise
        if kind == "duration" and _at_least().search(ahead):
            qualifiers["bound"] = "least"  # 最短3日で: the span at its shortest, "in as little as three days"
        elif kind == "duration" and relation in ("for", None) and _at_most().search(ahead):
            qualifiers["bound"] = "most"  # 最大60秒間, 最長5営業日で: the span at its longest, "up to 60 seconds"
        if kind == "duration" and "bound" not in qualifiers and _about_before().search(ahead):
            qualifiers["about"] = True  # 約3日, およそ1週間
        elif kind == "duration" and "bound" not in qualifiers and _about_after().match(digits, match.end()):
            qualifiers["about"] = True  # 3日程度, 1週間ほど, 10分前後
        written = text[origin[start] : origin[match.end()]] if origin else digits[start : match.end()]
        entity = Entity(kind, value, start, match.end(), written, **qualifiers)
        found.append(_in_range(entity, found[-1] if found else None, digits, g))
    return digits, tuple(_days_in_context(_gaps_listed(found, digits)))


# The words of "about" before a span (約3日, およそ1週間, 概ね2時間) and after it (3日程度, 1週間ほど, 10分前後,
# 3日くらい): the span said approximately, which no minimum says. Not before は: 30分程度はかかります, くらいは, "at
# least that".
@cache
def _about_before() -> re.Pattern[str]:
    return re.compile(r"(?:約|およそ|凡そ|おおよそ|おおむね|概ね)\s*$")


@cache
def _about_after() -> re.Pattern[str]:
    return re.compile(rf"\s*(?:{_ABOUT_AFTER}|程(?!度)|位)(?!\s*は)")


# A span followed by で, the time something takes (約3週間でお渡しします, 1週間程度で届きます): "in three weeks",
# "within a week" and "three weeks after ordering" all say it ("over three days", 3日間で3万人, reads as no
# relation), never "for" ("kept for three weeks") nor "before". Not では/でも (1週間では足りません: a span
# weighed, "for"), nor a で of でき/です/でし, nor a で before a comma, the copula's (保管期間は3日間で、その後は…:
# "the period is three days, after which").
@cache
def _takes() -> re.Pattern[str]:
    return re.compile(rf"\s*(?:{_ABOUT_AFTER}|程)?\s*で(?![はもきすし、,])")


# The event a span said with 以内 is bounded from, written before its number: after (後, から, より: ダイビング後
# 18時間以内, 購入日から7日以内), before (前: 出発前18時間以内).
_ANCHORS = (
    ("after", re.compile(r"(?:後|から|より)\s*(?:おおむね|概ね|約|およそ|最長|最大)?\s*$")),
    ("before", re.compile(r"前\s*(?:おおむね|概ね|約|およそ|最長|最大)?\s*$")),
)


@cache
def _onward() -> re.Pattern[str]:
    return re.compile(r"\s*(?:以降|以後|から)")


# 3日以上前, 2週間以上前: three days or more before, the latest an act may come (a deadline).
_AT_LEAST_BEFORE = ("以上前", "間以上前")


def _by_then(digits: str, end: int) -> bool:
    """The span before an event is a deadline: まで after it (3日前まで), or after the time of that day (3日前の18時
    まで), in its clause."""
    return re.match(r"\s*(?:の[^、。,.]{0,12}?)?まで", digits[end : end + 16]) is not None


# A span that is the object of 空ける (12週間あけて, 1週間の間隔を空けて, 2時間以上あけて): the gap left between two
# acts, the least that must pass. The pattern proposes; the analyzer decides that the word is that verb (アケル,
# "leave open"), never 明け of a period's end (年明け) nor another word that begins with the kana.
@cache
def _gap_verb() -> re.Pattern[str]:
    return re.compile(r"\s*(?:以上)?\s*(?:(?:の\s*)?(?:間隔|期間)\s*)?を?\s*(?P<verb>あけ|空け|開け)")


# Days counted only when the business is open, said before the span: the days it is closed left out (土日祝日を除く
# 3日以内, 休業日を除き5日) or the days it is open named (開館日7日間).
@cache
def _open_days_only() -> re.Pattern[str]:
    return re.compile(rf"(?:(?:土|祝|休|週末|閉庁)[^。、,]{{0,6}}?を?除(?:く|き|いた)\s*|(?:{_BUSINESS_DAYS})\s*)$")


# A span at its longest (最大60秒間, 最長2週間): the most it lasts, "up to 60 seconds".
@cache
def _at_most() -> re.Pattern[str]:
    return re.compile(r"(?:最大|最長)\s*$")


# A span at its shortest (最短3日で, 最低2週間): the least it takes, "in as little as three days", never "within".
@cache
def _at_least() -> re.Pattern[str]:
    return re.compile(r"(?:最短|最低)\s*$")


def _left_open(digits: str, end: int) -> bool:
    """The span ending at *end* is the object of 空ける (_gap_verb)."""
    following = _gap_verb().match(digits, end)
    if following is None:
        return False
    from kokuchi.language.morphology import analyze

    at = following.start("verb")
    words = analyze(digits[at : at + 8]) or ()
    return bool(words) and words[0].pos_is("動詞") and words[0].pron_base == "アケル"


def _gaps_listed(found: list[Entity], digits: str) -> list[Entity]:
    """Each span listed before a gap left open as one too: 男性は12週間、女性は16週間あけてください (one verb for
    both). Only where nothing between them is a predicate (a verb, an adjective, an auxiliary) or ends the clause."""
    from kokuchi.language.morphology import analyze

    result = list(found)
    for index in range(len(result) - 2, -1, -1):
        entity, later = result[index], result[index + 1]
        if not (later.kind == "duration" and later.bound == "least" and entity.kind == "duration" and not entity.bound):
            continue
        between = digits[entity.end : later.start]
        if entity.relation != "for" or not re.match(r"\s*[、,]", between) or re.search(r"[。.!?！？;；]", between):
            continue
        words = analyze(between) or ()
        if all(not word.pos_is("動詞") and not word.pos_is("形容詞") and not word.pos_is("助動詞") for word in words):
            result[index] = entity._replace(bound="least")
    return result


def _anchor(before: str) -> str | None:
    return next((side for side, written in _ANCHORS if written.search(before[-12:])), None)


# A duration counted from an event (貸出日から2週間, 入園後おおむね2週間, 製造日より5日間): "for 2 weeks", "2 weeks
# after enrollment" and "within 2 weeks of" all say it; the 間 is no relation of its own.
@cache
def _counted_from() -> re.Pattern[str]:
    return re.compile(r"(?:から|より|後)\s*(?:おおむね|概ね|約|およそ|最長|最大)?\s*$")


def _days_in_context(found: list[Entity]) -> list[Entity]:
    """Each day written alone with the month of the date before it, when it comes later in that month.

    10月23日(土)・24日(日) and 11月23日は休診、翌24日は: the 24th of that month, so
    that an English "November 24" is no longer taken for it. A day before the
    earlier one (10月30日・2日) may be in the next month: left alone.
    """
    context: Entity | None = None
    result = []
    for entity in found:
        if entity.kind == "date" and entity.value[1] is None and entity.value[2] is not None and not entity.joined:
            if context is not None and (context.value[2] is None or entity.value[2] > context.value[2]):
                entity = entity._replace(implied=(context.value[0], context.value[1]))
        elif entity.kind == "date" and entity.value[1] is not None:
            context = entity
        result.append(entity)
    return result


def find(text: str) -> list[Entity]:
    """Entities of *text* (as a reader sees it: full-width forms and kanji numerals read as numbers)."""
    return read(text)[1]


def _in_range(entity: Entity, previous: Entity | None, text: str, g: dict) -> Entity:
    """The second end of a range takes what it leaves out from the first.

    2023年7月14日〜17日: the 17th of the same month; 午後1時〜3時: 3 PM too
    (and 午前11時〜1時 crosses noon: 1 PM).
    """
    if previous is None or re.fullmatch(rf"\s*{_RANGE}\s*", text[previous.end : entity.start]) is None:
        return entity
    joined = True
    if entity.kind == "date" and joined and previous.kind == "date" and previous.value[1] is not None:
        year, month, day = entity.value
        if month is None:
            return entity._replace(value=(previous.value[0], previous.value[1], day), joined=True)
        if year is None and previous.value[0] is not None:
            return entity._replace(value=(previous.value[0], month, day), joined=True)
    if (
        entity.kind == "number"
        and joined
        and previous.kind == "date"
        and previous.value[1] is not None
        and previous.value[2] is not None
        and isinstance(entity.value[0], int)
        and 1 <= entity.value[0] <= 31
        and "," not in entity.text
    ):
        # 6/9〜12: the second end of a range of days, written as a bare number.
        year, month, _ = previous.value
        return Entity("date", (year, month, entity.value[0]), entity.start, entity.end, entity.text, joined=True)
    if entity.kind == "date" and entity.value[:2] == (None, None) and previous.kind == "duration":
        if previous.value[0] == "day" and previous.relation is None:
            # 2〜3日: three days, the end of a range of durations, not the 3rd
            return Entity("duration", ("day", entity.value[2]), entity.start, entity.end, entity.text, joined=True)
    explicit = g.get("ampm") or g.get("noon")
    if entity.kind == "time" and joined and previous.kind == "time" and not explicit:
        first = re.match(rf"\s*({_MERIDIEM})", previous.text)
        hour, minute = entity.value
        if first and hour <= 12:
            hour = _clock(first.group(1), hour)
            if (hour, minute) < previous.value and hour < 12:
                hour += 12
            return Entity("time", (hour, minute), entity.start, entity.end, entity.text, joined=True)
    if joined and previous.kind == entity.kind:
        return entity._replace(joined=True)
    return entity


# The price taken off, said after a rate (1割引, 2割引き, 15%オフ, 15%引き, 20%OFF, 10%割引): one suffix spelt five
# ways, JMdict's "discount" (割引), "-off (price reduction)" (引き) and "off (the price)" (オフ). A supplement of
# spellings, not a list of meanings: any other word after a rate stays itself (1割負担, 10%アップ, 2割増し).
# (Never the verb 引き上げる, 引き下げる: 10%引き上げ raises a price by 10%.)
_DISCOUNT = re.compile(r"(?:割引き?|オフ|OFF|off|Off)(?![ァ-ヶー])|引き?(?![一-龯々ァ-ヶー])")
_RATE_TEXT = re.compile(r"(?:%|割(?:\s*\d\s*分)?)$")


@lru_cache(maxsize=256)
def skeleton(text: str) -> tuple[str, tuple[Entity, ...]]:
    """The text with each entity replaced by a typed placeholder, and the entities; the discount suffix after a
    rate (``_DISCOUNT``) as one placeholder too, however spelt.

    Cached (a few recent texts): the guard asks of one pair of sources twice.
    """
    text, entities = read(text)
    parts, last = [], 0
    for entity in entities:
        parts.append(text[last : entity.start])
        parts.append(f"\x00{entity.kind}\x00")
        last = entity.end
        if entity.kind == "number" and _RATE_TEXT.search(entity.text):
            discount = _DISCOUNT.match(text, last)
            if discount:
                parts.append("\x00off\x00")
                last = discount.end()
    parts.append(text[last:])
    return "".join(parts), tuple(entities)


def borne(entity: Entity) -> str | None:
    """The relation a value bears, as a change of it is weighed: a duration's 間 (1週間, 3日間, "for") is none, as
    a span is the same said with it and without it (約1週間かかります / 約10日かかります: "about one week", "about
    ten days"; "for" is the sentence's, never the value's); 以内, 後 and the others stay themselves."""
    return None if entity.kind == "duration" and entity.relation == "for" else entity.relation


def another_kind(a: Entity, b: Entity) -> bool:
    """*b*, in the place of *a*, is a value of another kind or bears another relation (``borne``): 3日以内 → 5日後,
    3日間 → 14日 (the 14th); more than a value changed."""
    return a.kind != b.kind or borne(a) != borne(b)


def entity_only_change(old: str, new: str) -> list[tuple[Entity, Entity]] | None:
    """The entities that changed, if nothing else did; None otherwise.

    A change of a duration's relation (3日以内 → 5日後) is more than a value:
    None, so that the guard weighs it as a change of meaning. A weekday that
    changes with its date is part of the entity.
    """
    old_skeleton, old_entities = skeleton(old)
    new_skeleton, new_entities = skeleton(new)
    if old_skeleton != new_skeleton:
        return None
    # 午後0時 → 午後12時: the same hour as kokuchi reads it, but not as every reader does (keys: noon or midnight).
    changed = [
        (a, b)
        for a, b in zip(old_entities, new_entities, strict=True)
        if a.meaning != b.meaning or (a.kind == "time" and keys(a) != keys(b))
    ]
    if any(another_kind(a, b) for a, b in changed):
        return None  # 3日以内 → 5日後: the relation is meaning, not a value (the guard decides; never an auto-update)
    return changed or None


def a_day_apart(old: str, new: str) -> tuple[str, str] | None:
    """(old time, new time) where *new* says a clock time of *old* on the same clock face a day apart; else None.

    24時 of a day is 0時 of the next: 5月31日24時 → 5月31日0時 moves a deadline a whole day earlier, yet
    both show the keys of 0:00 (``keys``), so an English "midnight" (or "24:00") passes the checks of either
    and no check would flag the old English. Only a time right after the day it counts from, with or without の
    (``_day_of``): a date with its day (5月31日24時, 5月31日の0時), or any other day (前日24時, 購入当日の24時,
    毎週金曜日24時, 受付最終日の24時, 元日0時, 31日24時). Where both texts name a date with its day, the moment,
    the day rolled over, is compared: 5月31日24時 and 6月1日0時 are the same moment, no change. Where either
    names another day, no moment can be computed (前日24時 is 当日0時, 毎日24時 every 0時): a day apart, the
    doubt the guard's to block. A time without a day before it (24時まで / 0時まで, a closing hour: "until
    midnight" either way) is not read so.
    """
    old_text, old_entities = read(old)
    new_text, new_entities = read(new)
    if len(old_entities) != len(new_entities):
        return None
    for i, (a, b) in enumerate(zip(old_entities, new_entities, strict=True)):
        if a.kind != "time" or b.kind != "time" or a.value == b.value:
            continue
        if (a.value[0] % 24, a.value[1]) != (b.value[0] % 24, b.value[1]):
            continue  # another clock face: the checks tell the old English from the new value
        old_day, new_day = _day_of(old_text, old_entities, i), _day_of(new_text, new_entities, i)
        if old_day is None and new_day is None:
            if _until(old_text, a) and _until(new_text, b):
                continue  # 平日は24時まで / 0時まで: a closing hour, "until midnight" either way
            if _day_in_sentence(old_text, old_entities, i) or _day_in_sentence(new_text, new_entities, i):
                return a.text, b.text  # 金曜日は、24時から: the day of the sentence, past its は and comma
            continue
        if isinstance(old_day, tuple) and isinstance(new_day, tuple):
            if _moment(old_day, a.value) == _moment(new_day, b.value):
                continue
        return a.text, b.text
    return None


_HOLIDAY_MARKED = re.compile(_HOLIDAY_MARK.removesuffix("?"))  # the mark, no longer optional


def holiday_marked(entity: Entity) -> bool:
    """The date *entity* is written with a holiday mark beside its weekday: 3月20日(金・祝), 5月6日(水/振休)."""
    return entity.kind == "date" and _HOLIDAY_MARKED.search(entity.text) is not None


_MERIDIEM_WORD = re.compile(rf"^(?:{_MERIDIEM})")


def half_a_day_apart(old: str, new: str) -> tuple[str, str] | None:
    """(old word, new word) where *new* writes a clock time of *old* with the same number and another half of
    the day: 午前9時 → 午後9時, 朝8時 → 夜8時. Else None.

    The edit swaps 午前 for its antonym 午後, the number untouched: a flip of the half of the day, not a value
    set anew. The English may say the half in words no check reads as a value ("morning trains after 9", "9 in
    the evening"), which a rewrite of the clock would leave saying the old half. A time whose number changed
    too (午前10時 → 午後1時30分), or that gains or loses its word (9時 → 午後9時), is a value, as before.
    """
    changes = entity_only_change(old, new)
    for a, b in changes or ():
        if a.kind != "time" or b.kind != "time" or a.value == b.value:
            continue
        was, now = _MERIDIEM_WORD.match(a.text), _MERIDIEM_WORD.match(b.text)
        if was and now and was.group(0) != now.group(0) and a.text[was.end() :] == b.text[now.end() :]:
            return was.group(0), now.group(0)
    return None


# The space and the の that may stand between a day and its time (5月31日の24時, 5/31 24:00).
_TO_THE_TIME = re.compile(r"\s*(?:の\s*)?$")


def _day_of(text: str, entities: list[Entity], i: int) -> tuple[int | None, int, int] | str | None:
    """The day written right before the time *entities[i]*, with or without の between; None without one.

    A date with its day and month (5月31日24時, 5/31 24:00, 5月31日(金)の24時): (year, month, day). Any other
    day, as its text: a date without its month (31日24時), a weekday (金曜日24時), or a word the analyzer
    reads as a noun of time (UniDic's 副詞可能: 前日, 当日, 翌日, 本日, 最終|日, 金曜) or a noun ending in 日
    (元日, 大晦日, 期日).
    """
    time = entities[i]
    gap = _TO_THE_TIME.search(text, 0, time.start)
    end = gap.start() if gap is not None else time.start
    previous = entities[i - 1] if i else None
    if previous is not None and previous.end == end and previous.kind in ("date", "weekday"):
        if previous.kind == "date" and previous.part is None and previous.value[2] is not None:
            month = previous.value[1] if previous.value[1] is not None else (previous.implied or (None, None))[1]
            if month is not None:
                year = previous.value[0] if previous.value[0] is not None else (previous.implied or (None, None))[0]
                return year, month, previous.value[2]
        return previous.text
    if previous is not None and previous.end > end:
        return None
    from kokuchi.language.morphology import analyze

    morphs = analyze(text[previous.end if previous is not None else 0 : end]) or ()
    words = [m for m in morphs if m.kind == "word"]
    if not words or words[-1] is not morphs[-1]:
        return None
    last = words[-1]
    if last.head == "名詞" and (last.pos[2:3] == ("副詞可能",) or last.text.endswith("日")):
        return last.text
    return None


_SENTENCE_ENDS = "。！？!?\n"  # (found with str.rfind: a class of CJK punctuation costs re more to compile)


def _until(text: str, time: Entity) -> bool:
    """Whether *time* ends a span: まで after it (a closing hour, 24時まで)."""
    return text[time.end :].lstrip().startswith("まで")


def _day_in_sentence(text: str, entities: list[Entity], i: int) -> bool:
    """Whether a day is named before the time *entities[i]* in its sentence (金曜日は、24時から), not right before it.

    Default-safe: 24時 and 0時 of a day named in the sentence, past a topic は and a comma or more, are a day
    apart as much as 金曜日24時; which day the time counts from, no reading of the clause can show. (A closing
    hour, まで after the time, is "until midnight" either way: ``_until``.)
    """
    start = max(text.rfind(mark, 0, entities[i].start) for mark in _SENTENCE_ENDS) + 1  # the sentence's start
    if any(e.kind in ("date", "weekday") and start <= e.start < entities[i].start for e in entities[:i]):
        return True
    from kokuchi.language.morphology import analyze

    morphs = analyze(text[start : entities[i].start]) or ()
    return any(
        m.head == "名詞" and ((m.pos[2:3] == ("副詞可能",) and m.text.endswith("日")) or m.text.endswith("曜日"))
        for m in morphs
    )


def _moment(day: tuple[int | None, int, int], clock: tuple[int, int]) -> tuple:
    """The day and the clock time a date and a time name, 24時 and later counted on the next day."""
    year, month, date = day
    hour, minute = clock
    try:  # a date without its year: any year, a leap year where the day needs one (2月29日)
        start = datetime.date(year if year is not None else 2001, month, date)
    except ValueError:
        try:
            start = datetime.date(2000, month, date)
        except ValueError:
            return day, clock  # no such day: compared as written
    moved = start + datetime.timedelta(days=hour // 24)
    return (year is None, moved.month, moved.day, moved.year if year is not None else None), (hour % 24, minute)


# Keys: what an entity may be shown as -------------------------------------------------------------


def number_key(value) -> tuple:
    try:
        decimal = Decimal(value)
    except (InvalidOperation, TypeError, ValueError):
        return ("n", value)
    return ("n", int(decimal) if decimal == decimal.to_integral_value() else decimal.normalize())


def digits_key(text: str) -> tuple:
    """A phone number or ID by its digits: 0120-123-456, 0120 123 456 and +81-120-123-456 are one."""
    digits = re.sub(r"\D", "", text)
    if text.lstrip().startswith("+81"):
        digits = "0" + digits[2:]
    return ("digits", digits)


def date_keys(year: int | None, month: int | None, day: int | None, *, english: bool) -> set[tuple]:
    """Keys of a date. A year one side writes and the other does not still meets; two years must agree.

    A Japanese date without a year meets an English one with any year
    ("?"); an English date without a year meets a Japanese one with any.
    """
    keys: set[tuple] = set()
    if month is None and day is not None:
        return {("day", day), number_key(day)}
    shape: tuple[object, ...]
    if day is None:
        shape = ("month", month)
    else:
        shape = ("date", month, day)
        if english:
            keys.add(("day", day))
    if english:
        keys.add((*shape, year))
        if year is not None:
            keys.add((*shape, "?"))
    else:
        keys.add((*shape, None))
        keys.add((*shape, year if year is not None else "?"))
    return keys


def part_keys(year: int | None, month: int, part: str, *, english: bool) -> set[tuple]:
    """Keys of a part of a month (early December), the years meeting as in date_keys."""
    return {
        ("part", key[1], shown, key[2])
        for shown in ((part,) if english else _PART_SHOWN[part])
        for key in date_keys(year, month, None, english=english)
    }


def duration_amount(unit: str, amount) -> tuple[str, object]:
    """(scale, amount): seconds for clock units, days for day and week, months for month and year."""
    for scale, table in (("s", SECONDS), ("d", DAYS), ("mo", MONTHS)):
        if unit in table:
            total = Decimal(amount) * table[unit]
            return scale, int(total) if total == total.to_integral_value() else total.normalize()
    return unit, amount


def duration_keys(scale: str, total, relation: str | None, *, english: bool) -> set[tuple]:
    """Keys of a duration. A relation both sides write must agree (within 3 days is not 3 days later)."""
    if english:
        keys = {("dur", scale, total, relation)}
    elif relation is None:
        keys = {("dur", scale, total, other) for other in DURATION_RELATIONS}
    elif relation == "in":
        keys = {("dur", scale, total, other) for other in _TAKES_SAID_AS}
    else:
        keys = {("dur", scale, total, relation), ("dur", scale, total, None)}
    if scale == "d":  # 3 days is 72 hours
        keys |= {("dur", "s", total * 86400, rel) for (_, _, _, rel) in list(keys)}
    return keys


def _last_day_of_its_month(year: int | None, month: int | None, day: int | None) -> bool:
    """The day is the last of its month (2月28日 only in a year the source names, and not a leap one; read
    without one, February ends on the 29th)."""
    import calendar

    if month is None or day is None or not 1 <= month <= 12:
        return False
    return day == calendar.monthrange(year if year is not None else 2024, month)[1]


def keys(entity: Entity) -> set[tuple]:
    """The keys of a Japanese entity: any one of them shown in English shows the entity."""
    kind, value = entity.kind, entity.value
    if kind == "date":
        if entity.part is not None:
            return part_keys(value[0], value[1], entity.part, english=False)
        if entity.implied is not None:
            year, month = entity.implied
            # Shown by that date, or by the day alone (the 24th, "October 23 and 24"), never by another month.
            return date_keys(year, month, value[2], english=False) | {number_key(value[2])}
        found = date_keys(*value, english=False)
        if _last_day_of_its_month(*value):
            # 3月31日: "the end of March" says that day too (a deadline's), never "late March"
            found |= {key for key in part_keys(value[0], value[1], "end", english=False) if key[2] == "end"}
        return found
    if kind == "year":
        return {("year", value[0]), number_key(value[0])}
    if kind == "time":
        hour, minute = value
        if re.match(r"\s*午[前後]\s*(?:12|十二)\s*時", entity.text):
            return {("t", 0, minute), ("t", 12, minute)}  # 午後12時: noon to some writers, midnight to others
        return {("t", hour % 24, minute)}
    if kind == "duration":
        if value[0] == "hour":
            scale, total = duration_amount("second", value[1] * 3600 + value[2] * 60)
        else:
            scale, total = duration_amount(value[0], value[1])
        found = duration_keys(scale, total, entity.relation, english=False)
        if entity.relation == "within":  # within 18 hours after diving: the side the source names, or either
            for side in (entity.anchor,) if entity.anchor else ("after", "before"):
                found |= duration_keys(scale, total, f"within {side}", english=True)
        elif entity.relation == "before" and entity.anchor == "before":  # 7日前以降: "within 7 days before"
            found |= duration_keys(scale, total, "within before", english=True)
        if entity.relation == "before":
            for said in _BEFORE_SAID_AS[entity.anchor, entity.about]:
                found |= duration_keys(scale, total, said, english=True)
        elif entity.relation == "after" and entity.anchor == "until":  # 3日後まで: "no later than 3 days after"
            found |= duration_keys(scale, total, "within after", english=True)
        if entity.bound == "least":
            # 12週間あけて, 最短3日で: a minimum, "leave at least 12 weeks", "12 weeks after donating", never a
            # bound from above ("within", "up to")
            found = {key for key in found if not (key[3] or "").startswith("within")}
            found |= duration_keys(scale, total, "at least", english=True) | duration_keys(
                scale, total, "after", english=True
            )
        elif entity.bound == "most":  # 最大60秒間: "for up to 60 seconds", "at most 60 seconds"; never "at least"
            found = {key for key in found if key[3] != "at least"}
            found |= duration_keys(scale, total, "within", english=True)
        elif entity.about:  # 3営業日程度: "about three business days", never "at least" (red team 39)
            found = {key for key in found if key[3] != "at least"}
        return found
    if kind == "weekday":
        return {("wd", value[0])}
    if kind == "ordinal":
        return {("ord", value[0]), number_key(value[0])}
    if kind == "fraction":
        found = {("frac", *value)}
        percent = Decimal(value[0]) * 100 / value[1]
        if percent == percent.to_integral_value():
            found.add(number_key(percent))  # 2分の1, 半額: 50%
        return found
    if kind == "number":
        found = {number_key(value[0])}
        if isinstance(value[0], int):
            found.add(("digits", str(value[0])))
        return found
    if kind == "phone":
        return {digits_key(value[0])}
    if kind == "id":
        text = value[0]
        if re.fullmatch(r"[\d-]+", text):
            found = {digits_key(text)}
            if text.isdigit():
                found.add(number_key(text))
            return found
        return {("a", text.casefold())}
    if kind == "version":
        found = {("v", value[0])}
        if value[0].count(".") == 1:
            found.add(number_key(value[0]))
        return found
    if kind == "alnum":
        found = {("a", value[0].casefold())}
        quantity = re.fullmatch(r"[A-Za-z]+(\d+\.\d+)[A-Za-z]*", value[0])
        if quantity:  # FM78.5MHz, said "FM 78.5 MHz": the decimal is the value, its letters a name and a unit
            found.add(number_key(quantity.group(1)))
        return found
    return {("url", value[0])}


def parts(entity: Entity) -> set[tuple]:
    """Every number an entity is made of: a number an English text writes alone is explained by any of them."""
    found: set[tuple] = set()
    if entity.kind == "weekday":
        return found  # Saturday is no number
    # 78.5 of FM78.5MHz is one number, and so is 2,600 (never a 2 the English may write: "2 bags" for 1袋)
    for number in (n.replace(",", "") for n in re.findall(r"\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?", entity.text)):
        found.add(number_key(number))
        found |= {number_key(part) for part in number.split(".")}
    for item in entity.value:
        if isinstance(item, (int, Decimal)) and not isinstance(item, bool):
            found.add(number_key(item))
    if entity.kind == "time":
        hour, minute = entity.value
        found |= {number_key(hour % 24), number_key(hour % 12 or 12)}
    if entity.kind == "date" and entity.value[0] is None and entity.value[1] is None:
        found.add(("day", entity.value[2]))
    return found


def time_forms(value: tuple[int, int]) -> list[str]:
    """The usual English forms of a clock time, for messages: 7:00 PM, 19:00 (24時: 12:00 AM, midnight, 24:00)."""
    hour, minute = value
    shown = hour % 24
    forms = [f"{shown % 12 or 12}:{minute:02d} {'AM' if shown < 12 else 'PM'}", f"{hour:02d}:{minute:02d}"]
    if (shown, minute) == (12, 0):
        forms.append("noon")
    if (shown, minute) == (0, 0):
        forms.append("midnight")
    return forms


# Numerals that are words ---------------------------------------------------------------------------


def lexical_numeral(source: str, digits: str, entity: Entity) -> bool:
    """*entity* is a kanji numeral and its counter that a dictionary spells as a word of its own reading.

    二十歳 is はたち to JMdict, where the analyzer reads the count 二十 + 歳 (ニジューサイ);
    三日 is みっか both ways (a count). Such a word counts as one only where the
    writer did not choose it as a word: in a text that writes its values in
    digits (横書きの算用数字, as the official style guide for notices has it), a
    numeral written in kanji is the word (二十歳を祝う会: the coming-of-age
    ceremony). The gate lets a translation leave such a value unsaid; any
    value the translation writes in its place must still be the source's.
    *digits* is *source* as read (``read``), *entity* one of its entities.
    """
    if entity.kind != "number" or not entity.text or not all(char in _KANJI_NUMERALS for char in entity.text):
        return False
    if not re.search(r"[0-9]", normalize(source)):
        return False  # the text writes its numbers in kanji: this one counts like the others
    from kokuchi.language.morphology import analyze

    morphs = analyze(entity.text + digits[entity.end : entity.end + 4])
    if not morphs or len(morphs) < 2 or "".join(m.text for m in morphs[:1]) != entity.text:
        return False
    counter = morphs[1]
    if not any(part in ("助数詞", "助数詞可能") for part in counter.pos):
        return False
    from kokuchi.language.synonyms import as_pron, jmdict_entries

    word = entity.text + counter.text
    try:
        entries = jmdict_entries(word)
    except Exception:  # no dictionary: the value counts (the safe answer)
        return False
    readings = {as_pron(kana.text) for entry in entries for kana in entry.kana_forms}
    return bool(readings) and morphs[0].pron + counter.pron not in readings


# The parts of a date, in the order of Entity.value.
_DATE_PART_NAMES = ("year", "month", "day")
# What may stand between a date and the clock time that makes it one moment (5月31日12時, 5月31日の12時).
_DAY_TO_ITS_TIME = re.compile(r"\s*(?:の\s*)?")


def values_added(old: str, new: str) -> list[tuple[str, Entity]]:
    """The values *new* adds beside a value of *old* that stays, as (part, entity of *new*): a value added,
    not changed, so that the two texts' values no longer correspond one to one.

    A part of a date the old one left out, its other parts kept: a year (1月10日 → 2027年1月10日, which
    may be a year later), a month (15日 → 6月15日, another month's 15th), a day (4月 → 4月30日, no longer
    the start of April). A clock time added right after a date that stays (5月31日 → 5月31日12時: noon,
    no longer the whole day). A weekday is no such part: the date already fixes it. One pass over the
    entities (a date the old text lacks is matched against the old dates left unmatched, a handful).
    """
    old_text, old_entities = read(old)
    new_text, new_entities = read(new)
    old_dates = [entity.value for entity in old_entities if entity.kind == "date" and entity.part is None]
    unmatched = list(old_dates)
    for entity in new_entities:
        if entity.kind == "date" and entity.value in unmatched:
            unmatched.remove(entity.value)
    old_times = {entity.value for entity in old_entities if entity.kind == "time"}
    timed = _dates_with_a_time(old_text, old_entities)
    added: list[tuple[str, Entity]] = []
    previous: Entity | None = None
    for entity in new_entities:
        if entity.kind == "date" and entity.part is None and entity.value not in old_dates:
            for value in unmatched:
                shared = [(a, b) for a, b in zip(value, entity.value, strict=True) if a is not None]
                if shared and all(a == b for a, b in shared):
                    added.extend(
                        (part, entity)
                        for part, a, b in zip(_DATE_PART_NAMES, value, entity.value, strict=True)
                        if a is None and b is not None
                    )
                    unmatched.remove(value)
                    break
        elif (
            entity.kind == "time"
            and entity.value not in old_times
            and previous is not None
            and previous.kind == "date"
            and previous.value in old_dates
            and _DAY_TO_ITS_TIME.fullmatch(new_text[previous.end : entity.start])
            and previous.value not in timed
        ):
            added.append(("time", entity))
        previous = entity
    return added


def _dates_with_a_time(text: str, entities: list[Entity]) -> set[tuple]:
    """The dates of *text* written with a clock time right after them (5月31日12時), in one pass."""
    return {
        first.value
        for first, second in zip(entities, entities[1:], strict=False)
        if first.kind == "date" and second.kind == "time" and _DAY_TO_ITS_TIME.fullmatch(text[first.end : second.start])
    }
