"""Japanese → English consistency checks, and the glossary.

Made for Japanese sources: Translate Toolkit's English-source checks flag
brackets, end punctuation and the numbers inside dates as errors on Japanese.
Here the facts are compared as values, both ways (docs/catalogs.md, "What the
gate compares"):

- every entity of the source (dates, clock times, durations with their
  relation, ordinals, phone numbers, IDs, names with digits, versions,
  numbers; language/entities.py) must be shown by the translation in a form an
  English reader writes (language/english.py reads them into the same values:
  24時 is 12:00 AM, midnight or 24:00; 令和8年 is 2026; 6/9 is June 9);
- every value the translation writes in digits, every clock time and every
  duration must be one the source says: a translation can neither drop a
  value nor add one ("within 24 hours" where the source names no deadline);
- URLs, bare or linked, are compared whole, as sets, both ways: a link to
  ``https://evil.example/?next=<the source URL>`` is another URL;
- every clock time of the translation must be a valid time ("21:00 AM" never
  is); emphasis and code must survive; glossary terms must be translated as
  agreed and protected names kept as they are.

Each side is read once, in one pass, and the values are compared through
hashed keys: the check is linear in the length of the unit.
"""

from __future__ import annotations

import datetime
import re
from collections import Counter
from decimal import Decimal
from fractions import Fraction
from functools import cache
from pathlib import Path
from typing import NamedTuple

from kokuchi.language.english import (
    ENGLISH_DAYS,
    FRACTION_WORDS,
    LOOSE_WORDS,
    NUMBER_WORDS,
    ORDINAL_WORDS,
    PART_WRITTEN,
    Mention,
    inflect_engine,
    ordinal_suffix,
    weekday_index,
    weekday_ranges,
    weekdays_excepted,
    words,
)
from kokuchi.language.english import read as read_english
from kokuchi.language.entities import (
    Entity,
    duration_keys,
    find,
    keys,
    lexical_numeral,
    normalize,
    number_key,
    parts,
    time_forms,
)
from kokuchi.language.entities import read as read_source

_CODE = re.compile(r"`([^`]+)`")
_SUFFIXED = re.compile(r"(\d+)(st|nd|rd|th)")  # an ordinal in digits with its suffix, as the English writes it


class Finding(NamedTuple):
    check: str  # entity, time, link, emphasis, code, glossary, keep, auto
    message: str


class Glossary(NamedTuple):
    terms: dict[str, str]  # Japanese term → required English rendering
    keep: tuple[str, ...]  # names that must stay exactly as they are


def load_glossary(path: Path, name: str | None = None) -> Glossary:
    """locales/glossary.yaml (called *name* in problems): ``terms:`` (ja: en) and ``keep:`` (a list of names).

    SettingsError with every problem of the file, each at its line (schema/glossary.schema.json)."""
    from kokuchi.project import settings  # the YAML reader, only for a project that has a glossary

    terms, keep = settings.glossary(path, name)
    return Glossary(terms, keep)


# The English kinds that may show a Japanese entity of each kind, to pair what is missing with what was written.
_FAMILY = {
    "date": ("date", "month", "ordinal", "number"),
    "year": ("number", "date"),
    "time": ("time",),
    "duration": ("duration", "number"),
    "ordinal": ("ordinal", "number"),
    "number": ("number", "ordinal", "duration"),
    "phone": ("phone", "id", "number"),
    "id": ("id", "number", "phone"),
    "version": ("version", "number"),
    "alnum": ("alnum", "id"),
    "weekday": ("weekday", "date"),
}
# What a number the translation writes alone may be explained by: any number a source entity is made of.
_PLAIN = ("number", "ordinal", "id", "version")


def _expected(entity: Entity) -> str:
    """A few English forms of *entity*, for the message."""
    kind, value = entity.kind, entity.value
    forms: list[str | None]
    if kind == "time":
        forms = list(time_forms(value))
    elif kind == "date" and entity.part is not None:
        from babel.dates import get_month_names

        name = get_month_names("wide", locale="en")[value[1]]
        word, ending = PART_WRITTEN["part"][entity.part], PART_WRITTEN["of"][entity.part]
        forms = [f"{word}-{name}" if word == "mid" else f"{word} {name}", f"the {ending} of {name}"]
    elif kind == "date":
        forms = list[str | None](_date_examples(value))
    elif kind == "duration":
        forms = list[str | None](_duration_examples(entity))
    elif kind == "weekday":
        from babel.dates import get_day_names

        forms = [get_day_names("wide", locale="en")[value[0]]]
    elif kind == "ordinal":
        from kokuchi.language.english import ordinal_suffix

        forms = [f"{value[0]}{ordinal_suffix(value[0])}", ORDINAL_WORDS.get(value[0])]
    elif kind == "number":
        number = value[0]
        forms = [f"{number:,}" if isinstance(number, int) else str(number), NUMBER_WORDS.get(number)]
    else:
        forms = [str(value[0])]
    return " or ".join(dict.fromkeys(form for form in forms if form))


def _date_examples(value: tuple) -> list[str]:
    from kokuchi.language.dates import date_forms
    from kokuchi.language.english import ordinal_suffix

    year, month, day = value
    if month is None:
        return [f"the {day}{ordinal_suffix(day)}"]
    if day is None:
        from babel.dates import get_month_names

        name = get_month_names("wide", locale="en")[month]
        return [f"{name} {year}" if year else name]
    return date_forms(value)[:3]


def _duration_examples(entity: Entity) -> list[str]:
    value = entity.value
    relation = f"{entity.relation} " if entity.relation in ("within", "for", "after") else ""
    if value[0] == "hour":
        _, hours, minutes = value
        text = f"{hours} hour{'s' if hours != 1 else ''}"
        if minutes:
            text += f" and {minutes} minute{'s' if minutes != 1 else ''}"
    else:
        unit, amount = value
        text = f"{amount} {unit}{'s' if amount != 1 else ''}"
    if relation == "after ":
        return [f"{text} later", f"after {text}"]
    if entity.relation == "in":  # 3週間で: the time it takes
        return [f"in {text}", f"within {text}"]
    return [relation + text]


_BELOW = re.compile(r"\s*(?:歳|才)?\s*未満")
_INCLUSIVE_BEFORE = re.compile(r"(?i)(?:\bto|\bthrough|[-–—~])\s*$")
_RANGE_END = re.compile(r"(?i)\d\s*(?:\bto|\bthrough|[-–—~])\s*$")
_INCLUSIVE_AFTER = re.compile(r"(?i)\s*(?:years?\s+old\s+)?(?:and|or)\s+(?:under|younger|below)\b")


def _below_said_inclusively(entity: Entity, digits: str, translation: str, mentions: list[Mention]) -> set[tuple]:
    """15歳未満 said by its last whole year, inclusively ("aged 7 to 14", "14 and under"): the key of 14, where
    the English writes 14 so; never "under 14", which is 13 and under."""
    if entity.kind != "number" or not isinstance(entity.value[0], int) or not _BELOW.match(digits, entity.end):
        return set()
    held = entity.value[0] - 1
    for mention in mentions:
        if (
            mention.kind == "number"
            and mention.value == (held,)
            and (
                _INCLUSIVE_BEFORE.search(translation, max(0, mention.start - 12), mention.start)
                or _INCLUSIVE_AFTER.match(translation, mention.end)
            )
        ):
            return {number_key(held)}
    return set()


def _below_said_with_its_bound(entities, digits: str, translation: str, mentions: list[Mention]) -> list[Finding]:
    """15歳未満 said as the end of a range, which holds 15 ("aged 7 to 15"): 15 is out of it."""
    # (said as "15 and under": the bounds' own check, gate_terms)
    # (the second end of a range of numbers, "7 to 15"; never "up to 20", nor a value the source gives elsewhere too)
    range_ends = {
        mention.value
        for mention in mentions
        if mention.kind == "number" and _RANGE_END.search(translation, max(0, mention.start - 16), mention.start)
    }
    given = Counter(entity.value for entity in entities if entity.kind == "number")
    return [
        Finding("entity", f"{entity.text}未満 leaves {entity.value[0]} out; the translation holds it")
        for entity in entities
        if entity.kind == "number"
        and isinstance(entity.value[0], int)
        and entity.value in range_ends
        and given[entity.value] == 1
        and _BELOW.match(digits, entity.end)
    ]


def _named_alone(entity: Entity, said: frozenset[str]) -> bool:
    """One unit of time, with no relation, said by its name alone (1日分の料金: "a day's fee", "the full-day rate";
    1時間: "an hour")."""
    if entity.kind != "duration" or entity.value[1] != 1 or (entity.value[0] == "hour" and entity.value[2]):
        return False
    if entity.relation not in (None, "for") or entity.bound:
        return False  # 1日後: "the day before" names a day, never the relation
    unit = entity.value[0]
    return bool(said & {unit, f"full-{unit}", f"whole-{unit}"})


def _loosely_said(entity: Entity, said: frozenset[str]) -> bool:
    """A small number an English sentence says without a numeral: 1件 → "a", 1日あたり → "daily", 2回 → "twice"."""
    if entity.kind == "duration":
        if entity.value[0] == "hour" and entity.value[2]:
            return False
        number = entity.value[1]
    elif entity.kind == "ordinal":
        # "first" is read as an ordinal: only its word counts, and "inaugural" (第1回: the first of a series)
        return ORDINAL_WORDS.get(entity.value[0]) in said or (entity.value[0] == 1 and "inaugural" in said)
    elif entity.kind == "number":
        number = entity.value[0]
    else:
        return False
    if not isinstance(number, int):
        return False
    candidates = set(LOOSE_WORDS.get(number, ())) | {NUMBER_WORDS.get(number), ORDINAL_WORDS.get(number)}
    return any(word in said for word in candidates if word)


def _url_findings(source: str, translation: str, entities: list[Entity], mentions: list[Mention]) -> list[Finding]:
    """URLs compared whole, as sets, both ways; Markdown links also as links (a link kept a link)."""
    from kokuchi.notice.markup import link_targets  # the notice layer, only when a unit is checked

    source_links = link_targets(normalize(source))
    target_links = link_targets(normalize(translation))
    source_urls = {e.value[0] for e in entities if e.kind == "url"} | set(source_links)
    target_urls = {m.value[0] for m in mentions if m.kind == "url"} | set(target_links)
    check = "link" if source_links or target_links else "entity"
    if source_urls != target_urls:
        missing, added = sorted(source_urls - target_urls), sorted(target_urls - source_urls)
        said = []
        if missing:
            said.append(f"the source's {', '.join(missing)} is not in the translation")
        if added:
            said.append(f"the translation has {', '.join(added)}, which the source does not")
        return [Finding(check, f"links differ: {'; '.join(said)}")]
    if sorted(source_links) != sorted(target_links):
        return [Finding("link", f"links differ: source {source_links}, translation {target_links}")]
    return []


def _names_weekdays(mentions: list[Mention]) -> bool:
    return any(m.kind == "weekday" or (m.kind == "date" and m.value and m.value[3] is not None) for m in mentions)


# 1日 before what a day holds (1日の利用上限, 1日最大料金) in a text that names no month: the 1st, or per day, which
# the morphology cannot tell; "daily", "a day", "in 24 hours" show it too. (A short supplement: the words after it
# that make it a rate, not a date.)
_PER_DAY = re.compile(r"\s*の?[\u4e00-\u9fff\u30a0-\u30ff]*?(?:量|額|数|上限|限度|最大|最高|料金)")
# 1パック(10個入り): one of what holds a count, written with its content ("a pack of 10").
_CONTENT = re.compile(r"[^\d\s(（、。]{1,6}[(（]\s*(\d+)\s*[^\d\s)）]{0,2}入り?\s*[)）]")
# N名1室: the people one room holds, said by the room's English name (a short supplement of English words).
_SHARING = re.compile(r"([12])\s*[名人]\s*$")
_YEAR_PAIR = re.compile(r".*?(?<!\d)(\d{4}(?=/)|(?:19|20)\d\d(?=[-–]))[/–-](\d{2})(?![\d/–-]).*")
_SHARED = re.compile(r"\s*[名人]\s*1\s*室")
_ROOM_WORDS = {"1": ("single",), "2": ("twin", "double")}
# 年中無休, 毎日 (open every day): what "7 days a week" and "365 days a year" say, which the source need not write.
_EVERY_DAY = re.compile(r"年中無休|年中|無休|毎日")


def _one_holding(translation: str, count: int) -> bool:
    """A singular noun before "of" and the count it holds ("pack of 10", "box of ten"): one of them."""
    word = NUMBER_WORDS.get(count)
    said = rf"{count}|(?i:{word})" if word else str(count)
    return re.search(rf"\b[A-Za-z]*[A-RT-Za-rt-z]\s+of\s+(?:{said})(?![\w.,])", translation) is not None


# A share added to the whole (5割増し, 5割増, 20%アップ, 3割高): a surcharge, never the fraction ("half the rate")
_SURCHARGE = re.compile(r"\s*(?:増|アップ|UP|up|高)")


# The English names of a year of study (1年生: "freshmen"), a short supplement for the first two years only: the
# later names depend on the length of the course (a 3年生 is a junior of four years or a senior of three).
_YEAR_OF_STUDY = {1: ("freshman", "freshmen"), 2: ("sophomore", "sophomores")}


def _plural_noun(word: str) -> str:
    """A number's name as a noun in the plural ("twos", "sixes"): regular for every name of NUMBER_WORDS, the
    sibilant's -es included (inflect writes "twoes", as for "potatoes")."""
    return f"{word}es" if word.endswith(("s", "x")) else f"{word}s"


# The endings of the English names of 13 to 99 (thirteen, forty-two) and of the hundreds: a translation without
# one names no such number in words, and inflect is not loaded for it.
_COMPOUND_NAME = re.compile(r"(?:teen|ty)(?:-[a-z]+)?$|^hundred$")


def _spelled_out(number: object, translation: str, said: frozenset[str]) -> bool:
    """Whether *translation* spells *number* (13 to 999) out in words, as inflect writes it ("forty-two", "one
    hundred and five" or "one hundred five"). Below 13 the number words are read as mentions already."""
    if not isinstance(number, int) or not 13 <= number <= 999 or not any(_COMPOUND_NAME.search(w) for w in said):
        return False
    engine = inflect_engine()  # (loaded only for a translation that spells a number of 13 or more)
    names = {engine.number_to_words(number), engine.number_to_words(number, andword="")}
    lowered = " ".join(translation.lower().split())
    return any(re.search(rf"(?<![\w-]){re.escape(str(name))}(?![\w-])", lowered) for name in names)


def _mention_number(mention: Mention) -> Decimal | None:
    number = next((key[1] for key in mention.keys if key[0] == "n"), None)
    return Decimal(number) if isinstance(number, int | Decimal) else None


def _converted(mention: Mention, digits: str) -> bool:
    """Whether an English number the source does not write is the metric size of a quantity in a traditional unit
    the source writes (一斗缶: "an 18-litre can", 四合瓶: "a 720 ml bottle")."""
    from kokuchi.catalog import gate_terms

    written = _mention_number(mention) if gate_terms.metric_sizes(digits) else None
    return written is not None and gate_terms.a_metric_size(written, digits)


def _said_in_metric(entity: Entity, digits: str, mentions: list[Mention]) -> bool:
    """Whether a quantity in a traditional unit (6畳, 6尺3寸) is said by its metric size alone ("about 10 m²")."""
    from kokuchi.catalog import gate_terms

    # (each number of a length in shaku and sun together, 6尺3寸's 3 too, by the whole length's size: "191 cm")
    sizes = [exact for start, end, exact in gate_terms.metric_sizes(digits) if start <= entity.start < end]
    return any(
        gate_terms.near(written, exact)
        for mention in mentions
        if (written := _mention_number(mention))
        for exact in sizes
    )


def _said_keys(entity: Entity, digits: str, monthless: bool) -> set[tuple]:
    """Keys an entity is shown by beyond its own, where English names the value without its digits: a count of
    meals (2食: "dinner and breakfast", "half board"), of sides (3辺: "length, width and height"), 0歳 ("under
    one"), 10代 ("teens"), a fiscal year (2026年度: "2026/27"), N名1室 ("twin", "single"), one pack holding its
    count (1パック(10個入り): "pack of 10"), a bare 1日 that may be a day's rate ("daily", "per day", "24 hours").
    Each key is met only by its own phrase, so the phrase beside another value still leaves that value unshown."""
    if not digits:
        return set()
    after = digits[entity.end : entity.end + 1]
    if entity.kind == "number" and after == "食":
        return {("meals", entity.value[0])}
    if entity.kind == "number" and _SHARED.match(digits, entity.end):
        # the 2 of 2名1室: "twin", unless the English counts the people too ("a twin room for three")
        return {("room", word) for word in _ROOM_WORDS.get(str(entity.value[0]), ())}
    if entity.kind == "number" and (pair := _YEAR_PAIR.fullmatch(digits, max(0, entity.start - 5), entity.end + 3)):
        if entity.start in (pair.start(1), pair.start(2)):  # 2025/26 written as the source writes it
            return {("pair", int(pair.group(1)), int(pair.group(2)))}
    if entity.kind == "number" and entity.value[0] == 1 and after == "室":
        # 2名1室, 1名1室: a room for two ("twin", "double", "two sharing a room"), a room for one ("single")
        sharing = _SHARING.search(digits, max(0, entity.start - 8), entity.start)
        if sharing and sharing.end() == entity.start:
            return {("room", word) for word in _ROOM_WORDS.get(sharing.group(1), ())}
    if entity.kind == "number" and entity.value[0] == 1 and (content := _CONTENT.match(digits, entity.end)):
        return {("pack of", int(content.group(1)))}  # 1パック(10個入り): "pack of 10", one pack said by its "of"
    if (
        entity.kind == "number"
        and entity.text.rstrip()[-1:] in ("%", "割")
        and isinstance(entity.value[0], int)
        and not _SURCHARGE.match(digits, entity.end)
    ):
        # 50%, 5割, 25%: "half", "a quarter", as the English reader's fractions say them (half price, save a quarter);
        # never a share added on (5割増し, 20%アップ: "50% higher"), which no fraction of the whole says
        share = Fraction(entity.value[0], 100)
        if (share.numerator, share.denominator) in FRACTION_WORDS:
            return {("frac", share.numerator, share.denominator)}
    if entity.kind == "number" and after == "辺":  # 3辺の合計: "length, width and height"
        return {("sides", entity.value[0])}
    if entity.kind == "number" and entity.value[0] == 0 and after == "歳":  # 0歳児: "babies under one"
        return {("age0",)}
    if entity.kind == "number" and entity.value[0] == 10 and after == "代":  # 10代: "teens", as 20代 is "twenties"
        return {("word", "teens"), ("word", "teenagers"), ("word", "teenage")}
    if (
        entity.kind == "ordinal"
        and (names := _YEAR_OF_STUDY.get(entity.value[0]))
        and digits.startswith("年生", entity.end)
    ):
        return {("word", name) for name in names}  # 1年生: "freshmen", the first year's English name
    if entity.kind == "number" and entity.value[0] == 1 and after == "階" and digits.endswith("地下", 0, entity.start):
        return {("word", "basement")}  # 地下1階: "the basement", the one level below ground English names alone
    if entity.kind == "number" and (word := NUMBER_WORDS.get(entity.value[0])):
        # 2歳未満: "under-twos", 5歳以上: "over-fives", a number's plural as the noun of those of that age
        for bound, side in (("歳未満", "under"), ("歳以上", "over")):
            if digits.startswith(bound, entity.end):
                return {("word", f"{side}-{_plural_noun(word)}")}
    if entity.kind == "year" and entity.fiscal:  # 2026年度: "2026/27", as British English writes a fiscal year
        return {("fy", entity.value[0])}
    if (
        entity.kind == "date"
        and entity.value == (None, None, 1)
        and entity.implied is None
        and monthless
        and _PER_DAY.match(digits, entity.end)
    ):
        return duration_keys("d", 1, "per", english=False) | {("word", "daily")}
    return set()


def _entity_findings(
    entities: list[Entity], translation: str, mentions: list[Mention], source: str = "", digits: str = ""
) -> list[Finding]:
    """Values compared both ways through their keys: one pass over each side, then look-ups.

    *source* and *digits* (the source as read) let a numeral that is a word (二十歳, はたち: see
    entities.lexical_numeral) go unsaid; what the translation writes in its place is still compared."""
    from kokuchi.catalog import gate_terms

    shown: dict[tuple, list[Mention]] = {}
    for mention in mentions:
        if mention.value is not None and mention.kind != "url":
            for key in mention.keys:
                shown.setdefault(key, []).append(mention)
    # (the words of a value named in words, "babies under one", are that value's: no loose "one" for a 1)
    kept, cursor = [], 0
    for mention in mentions:
        if mention.style == "named" and mention.start >= cursor:
            kept.append(translation[cursor : mention.start])
            cursor = mention.end
    said = words(" ".join([*kept, translation[cursor:]]))
    counting = frozenset(str(word) for word in NUMBER_WORDS.values())
    # "every day" says its unit: it shows 1日ごと, never 1時間ごと (compared by keys), and a duration of one
    # is then no longer shown by a loose word ("a break every day" for 1時間ごと).
    every = any(mention.style in ("every", "per") for mention in mentions)
    source_keys: set[tuple] = set()
    source_parts: set[tuple] = set()
    missing: list[Entity] = []
    findings: list[Finding] = []
    monthless = not any(e.kind in ("date", "month") and e.value[1] is not None for e in entities)
    keyed = [
        (
            entity,
            keys(entity)
            | _said_keys(entity, digits, monthless)
            | gate_terms.said_keys(entity, digits)
            | _below_said_inclusively(entity, digits, translation, mentions),
        )
        for entity in entities
        if entity.kind != "url"
    ]
    # A number or ordinal written as a word that shows one value of the source ("the second dose" for 2回目) is
    # that value's: it no longer says another loosely ("a month after the first" leaves 2週間後 unshown).
    met = set().union(*(entity_keys for _, entity_keys in keyed))
    taken = Counter(m.text.lower() for m in mentions if m.style == "word" and m.value is not None and m.keys & met)
    loose = said
    if taken:
        written = Counter(re.findall(r"[a-z]+", translation.lower()))
        loose = said - {word for word, count in taken.items() if count >= written[word]}
    # A count in words that no value of the source explains ("¥3,300 for two copies" for 1通3,300円) stands where
    # the one of a rate would be said: that one is then contradicted, not left unsaid.
    made_of = set().union(*(parts(entity) for entity, _ in keyed))
    stray_count = any(
        m.kind == "number" and m.style == "word" and m.value[0] >= 2 and not (m.keys & met) and not (m.keys & made_of)
        for m in mentions
    )
    for entity, entity_keys in keyed:
        source_keys |= entity_keys
        source_parts |= parts(entity)
        matches = [mention for key in entity_keys for mention in shown.get(key, ())]
        if not matches and entity.kind == "weekday" and not _names_weekdays(mentions):
            continue  # 土曜日 as "weekends" or "on the weekend": refused only when another weekday is named
        if not matches and any(key[0] == "pack of" and _one_holding(translation, key[1]) for key in entity_keys):
            continue  # 1パック(10個入り): "pack of 10"
        if not matches and not (said & counting) and any(key[0] == "room" and key[1] in said for key in entity_keys):
            continue  # 2名1室: "a twin room"
        if not matches and any(key[0] == "word" and key[1] in said for key in entity_keys):
            continue  # 1日の上限: "the daily limit"; 10代: "teens"
        if not matches and entity.kind == "number" and entity.relation == "per" and not stray_count:
            continue  # 1回30分: "consultations last 30 minutes"; the one of a rate goes without saying
        if not matches and source and lexical_numeral(source, digits, entity):
            continue  # 二十歳を祝う会: "the Coming-of-Age Ceremony" names the word, not its count
        if not matches and entity.kind == "number" and _said_in_metric(entity, digits, mentions):
            continue  # 6畳: "about 10 m²"
        if not matches and entity.kind == "number" and _spelled_out(entity.value[0], translation, said):
            continue  # 42名: "Forty-two children", a count spelt out where it opens a sentence
        if not matches:
            if not _named_alone(entity, loose) and (
                (every and entity.kind == "duration") or not _loosely_said(entity, loose)
            ):
                missing.append(entity)
            continue
        if entity.kind == "date" and entity.weekday is not None:
            # (5月10日(土)25時30分: "1:30 a.m. on Sunday, May 11" names the next day, and its weekday)
            past_midnight = bool(gate_terms.said_keys(entity, digits))
            weekdays = {m.value[3] for m in matches if m.kind == "date" and m.value[3] is not None}
            if not weekdays:  # "Saturday the 3rd": the weekday written apart from the date
                weekdays = {m.value[0] for m in mentions if m.kind == "weekday"}
            if (
                weekdays
                and entity.weekday not in weekdays
                and not (past_midnight and (entity.weekday + 1) % 7 in weekdays)
            ):
                findings.append(
                    Finding("entity", f"date {entity.text.strip()!r} names another weekday in the translation")
                )
    added = [
        mention
        for mention in mentions
        if mention.checked
        and mention.value is not None
        and mention.kind != "url"
        and not (mention.keys & source_keys)
        and not (mention.kind in _PLAIN and mention.keys & source_parts)
        and not (mention.style == "every day" and _EVERY_DAY.search(source))
        and not _converted(mention, digits)
    ]
    for entity in missing:
        message = (
            f"{entity.kind} {entity.text.strip()!r} has no match in the translation (expected {_expected(entity)})"
        )
        family = _FAMILY.get(entity.kind, ())
        instead = next((mention for mention in added if mention.kind in family), None)
        if instead is not None:
            added.remove(instead)  # the value written in its place: one problem, not two
        findings.append(Finding("entity", message))
    for mention in added:
        findings.append(Finding("entity", f"the translation says {mention.text!r}, which the source does not"))
    return findings + _month_years_findings(entities, mentions)


def _month_years_findings(entities: list[Entity], mentions: list[Mention]) -> list[Finding]:
    """A month the translation writes with its year (April 2026) must lie in a year the source names, or in the
    fiscal year it names (2025年度: April 2025 to March 2026), where it names any: "fiscal 2025 (April 2025 to March
    2027)" says another year. A year the source leaves out still meets (a month is otherwise no checked value)."""
    years: set[int] = set()
    fiscal: set[tuple[int, int]] = set()
    for entity in entities:
        year = entity.value[0] if entity.kind in ("year", "date") else None
        if not isinstance(year, int):
            continue
        if entity.fiscal:
            fiscal |= {(year, month) for month in range(4, 13)} | {(year + 1, month) for month in range(1, 4)}
        else:
            years.add(year)
    if not years and not fiscal:
        return []
    return [
        Finding("entity", f"the translation says {mention.text!r}, which the source does not")
        for mention in mentions
        if mention.kind == "month"
        and isinstance(mention.value[0], int)
        and mention.value[0] not in years
        and (mention.value[0], mention.value[1]) not in fiscal
    ]


def _calendar_weekday_findings(entities: list[Entity], mentions: list[Mention]) -> list[Finding]:
    """A weekday the English gives a date that the calendar does not ("Friday, July 4, 2026": a Saturday), of the
    year the English writes or, without one, the year the source writes with that date (令和9年1月4日)."""
    years = {(e.value[1], e.value[2]): e.value[0] for e in entities if e.kind == "date" and e.value and e.value[0]}
    findings = []
    for mention in mentions:
        if mention.kind != "date" or not mention.value or mention.value[3] is None:
            continue
        year, month, day, weekday = mention.value[:4]
        if year is None:
            year = years.get((month, day))
        if year is None or month is None or day is None:
            continue
        try:
            actual = datetime.date(year, month, day).weekday()
        except (ValueError, TypeError, OverflowError):
            continue
        if actual != weekday:
            findings.append(Finding("entity", f"{mention.text!r} is no {ENGLISH_DAYS[weekday]} in the calendar"))
    return findings


def check_unit(source: str, translation: str, glossary: Glossary) -> list[Finding]:
    # The gate's families of terms and the bindings load with the first unit checked: a command that only reads
    # the glossary, or the merge (whose guard imports this module and never checks a unit), needs neither.
    from kokuchi.catalog import gate_terms
    from kokuchi.catalog.bindings import given_to_others

    findings: list[Finding] = []
    target = normalize(translation).replace("\u202f", " ")
    mentions = gate_terms.times_in_their_part_of_the_day(translation, read_english(translation))
    for mention in mentions:
        if mention.kind == "time" and mention.value is None:
            findings.append(Finding("time", f"{mention.text!r} is not a valid time"))
        elif mention.kind == "ordinal" and (written := _SUFFIXED.fullmatch(mention.text)):
            if ordinal_suffix(int(written.group(1))) != written.group(2):
                findings.append(Finding("entity", f"{mention.text!r} is not a valid ordinal"))  # 2st: 1st, or 2nd?
    digits, entities = read_source(source)
    # (the values the English names in words, "Part II", "all year round": read here only, never rewritten)
    named = sorted([*mentions, *gate_terms.worded_mentions(translation, source)], key=lambda mention: mention.start)
    findings += _entity_findings(entities, translation, named, source, digits)
    findings += [
        Finding("entity", message)
        for message in gate_terms.contradictions(
            digits, entities, translation, named, lambda entity: keys(entity) | gate_terms.said_keys(entity, digits)
        )
    ]
    findings += _bare_range_findings(entities, translation, mentions)
    findings += _reversed_range_findings(entities, translation, mentions)
    findings += _traded_ends_findings(entities, translation, mentions)
    findings += _opening_and_closing_findings(entities, translation, mentions)
    findings += _business_day_findings(source, translation)
    findings += _below_said_with_its_bound(entities, digits, translation, mentions)
    findings += _times_traded_findings(entities, mentions)
    findings += _weekdays_range_findings(source, entities, translation)
    findings += _calendar_weekday_findings(entities, mentions)
    findings += [
        Finding("entity", f"{b.value!r} is {b.owner}'s in the source; the translation says it beside {b.other}'s words")
        for b in given_to_others(digits, list(entities), translation, mentions)
    ]
    findings += _half_of_day_findings(source, entities, translation, mentions)
    findings += _named_value_findings(source, translation)
    findings += _url_findings(source, translation, entities, mentions)
    if source.count("**") != translation.count("**"):
        findings.append(
            Finding(
                "emphasis",
                f"**bold** marks differ: source has {source.count('**') // 2}, "
                f"translation {translation.count('**') // 2}",
            )
        )
    if sorted(_CODE.findall(source)) != sorted(_CODE.findall(translation)):
        findings.append(Finding("code", "`code` spans differ between source and translation"))
    folded = normalize(source)
    for term, english in glossary.terms.items():
        if normalize(term) in folded and english.lower() not in target.lower():
            findings.append(Finding("glossary", f"{term!r} must be translated as {english!r}"))
    for name in glossary.keep:
        if normalize(name) in folded and name not in translation:
            findings.append(Finding("keep", f"{name!r} must stay as it is"))
    return findings


# The English names of the rooms of _ROOM_WORDS, as the translation may say them.
_ROOMS_SAID = {people: re.compile(rf"(?i)\b(?:{'|'.join(words)})\b") for people, words in _ROOM_WORDS.items()}
_UNDER_ONE = re.compile(r"(?i)(?<![\w-])under[-\s](?:ones?|1|a\s+year)\b")
_AGE = re.compile(r"(?<![\d.])(\d+)\s*歳")
_SHARING_IN_TEXT = re.compile(r"([1-9])" + _SHARED.pattern)


def _named_value_findings(source: str, translation: str) -> list[Finding]:
    """A value the English names without digits that the source contradicts: a room for two ("twin", "double")
    beside 1名1室 or one ("single") beside 2名1室 only; "under one" beside another age (1歳児). (Shown, the
    phrases meet the source's values through ``_said_keys``; here they may not stand for another.)"""
    folded = normalize(source)
    sharing = {m.group(1) for m in _SHARING_IN_TEXT.finditer(folded)}
    findings = []
    room = next(iter(sharing)) if len(sharing) == 1 else None
    for people, said_of in _ROOMS_SAID.items():
        if room in _ROOM_WORDS and people != room and (said := said_of.search(translation)):
            findings.append(
                Finding(
                    "entity",
                    f"the translation says {said.group(0)!r}, a room for {NUMBER_WORDS[int(people)]}, where the source"
                    f" says {room}名1室",
                )
            )
    ages = {int(m.group(1)) for m in _AGE.finditer(folded)}
    if (said := _UNDER_ONE.search(translation)) and ages and 0 not in ages:
        # 1歳児クラス: "the under-ones' class" says 0歳 (乳児, no age written, may still be "under one")
        findings.append(
            Finding("entity", f"the translation says {said.group(0)!r}, where the source says {min(ages)}歳")
        )
    return findings


# 午前のみ, 午後だけ, 午前中限定: a half of the day the source names as the only one, and what else in a source names
# the other half (昼, 夕方, 夜, 晩; 朝 for the morning), so that "afternoon" may say it.
_SOURCE_HALF_ONLY = re.compile(r"(午前|午後)中?(?:のみ|だけ|限定)")
_OTHER_HALF_WORDS = {"am": re.compile(r"[昼夕夜晩]"), "pm": re.compile(r"朝")}
# The English half of the day named outside a clock time (mornings, in the afternoon, a.m.), held against the
# source only in a clause that says "only" and negates nothing ("afternoons only", "only in the afternoon", "on the
# afternoon of 14 March only"): "closed in the afternoon" for 午前のみ, or "mornings only" for 午後休診, say the
# same by a negation, which kokuchi does not weigh here.
# Each of CLDR's English day periods (Babel's rules for en: morning1, afternoon1, evening1, night1) counts as the half
# of the day it begins in, so that a word naming no part of the morning ("evenings", "at night", which begins at
# 21:00) is the other half of 午前のみ, and "evening" stays a part of 午後 (午後のみ said "in the evening only").
_MERIDIEM = r"(?<![\w.])(?:(?P<am2>a\.m\.|A\.M\.|AM)|(?P<pm2>p\.m\.|P\.M\.|PM))(?!\w)"


@cache
def _english_half() -> re.Pattern[str]:
    from babel import Locale

    halves: dict[str, list[str]] = {"am": [], "pm": []}
    for period, spans in Locale("en").day_period_rules[None].items():
        starts = [span["from"] for span in spans if "from" in span]
        if period in ("midnight", "noon") or not starts:
            continue  # (a moment, not a part of the day)
        halves["am" if starts[0] < 12 * 3600 else "pm"].append(re.sub(r"\d+$", "", period))
    words = {half: "|".join(sorted(set(names))) for half, names in halves.items()}
    return re.compile(rf"(?i:\b(?P<am>(?:{words['am']})s?)\b|\b(?P<pm>(?:{words['pm']})s?)\b)|{_MERIDIEM}")


_COUNTED_PERIOD = re.compile(r"(?i)(?:\d|\b(?:per|a|an|one|two|three|four|five|six|seven|each|every))\s*$")
_CLAUSE_END = re.compile(r"[;!?\n]|\.\s+(?=[A-Z])")
_ONLY = re.compile(r"(?i)\bonly\b")
_NEGATED = re.compile(r"(?i)\b(?:closed|not|no|except|excluding|unavailable|never)\b|n't\b")


def _half_of_day_findings(source: str, entities: list[Entity], translation: str, mentions) -> list[Finding]:
    """A half of the day the source names as the only one (午前のみ) said as the other half only by the translation
    ("afternoons only", "p.m. only"). Refused only where the source names nothing of the other half (no 午後 or
    昼, no clock time in it), and the English names the other half outside any clock time, in a clause that says
    "only" and negates nothing."""
    folded = normalize(source)
    halves = {"am" if m.group(1) == "午前" else "pm" for m in _SOURCE_HALF_ONLY.finditer(folded)}
    if len(halves) != 1:
        return []
    (half,) = halves
    other = "pm" if half == "am" else "am"
    if _OTHER_HALF_WORDS[half].search(folded) or ("午後" if half == "am" else "午前") in folded:
        return []
    hours = [e.value[0] for e in entities if e.kind == "time" and e.value]
    if any((hour % 24 >= 12) == (other == "pm") for hour in hours):
        return []
    times = [(m.start, m.end) for m in mentions if m.kind == "time"]
    ends = [0, *(m.end() for m in _CLAUSE_END.finditer(translation)), len(translation)]
    clause = 0
    for said in _english_half().finditer(translation):
        while ends[clause + 1] <= said.start():
            clause += 1
        named = "am" if said.group("am") or said.group("am2") else "pm"
        if named != other or any(start <= said.start() < end for start, end in times):
            continue
        if (said.group("am") or said.group("pm")) and _COUNTED_PERIOD.search(translation, 0, said.start()):
            continue  # "2 nights", "per night": a count of stays, no part of the day
        text = translation[ends[clause] : ends[clause + 1]]
        if _ONLY.search(text) and not _NEGATED.search(text):
            written = "午前" if half == "am" else "午後"
            return [Finding("time", f"the translation says {said.group(0)!r}, where the source says {written}のみ")]
    return []


def _bare_range_findings(entities, translation: str, mentions) -> list[Finding]:
    """Bare hours in the other order than the source's ("from 2 to 10" for 10時から14時): each end meets a time
    of the source in either half of the day, so the ends' order is what says the range: where the source names
    each end once, the first end must be the earlier of the source's two."""
    times = [entity for entity in entities if entity.kind == "time" and entity.value]
    ends = [m for m in mentions if m.kind == "time" and ("bh" in m.groups or "bh2" in m.groups)]
    findings = []
    for first, second in zip(ends, ends[1:], strict=False):
        if "bh" not in first.groups or "bh2" not in second.groups:
            continue
        at = [
            [
                k
                for k, entity in enumerate(times)
                if entity.value in ((end.value[0] % 12, end.value[1]), (end.value[0] % 12 + 12, end.value[1]))
            ]
            for end in (first, second)
        ]
        if len(at[0]) == 1 and len(at[1]) == 1 and at[0][0] > at[1][0]:
            said = translation[first.start : second.end]
            findings.append(Finding("time", f"the range {said!r} runs the other way from the source's"))
    return findings


def _times_traded_findings(entities, mentions) -> list[Finding]:
    """Clock times the English says in another count than the source, one more often and another less (8時〜20時、
    20時〜翌8時 said "from 8:00 p.m. to 8:00 p.m. … from 8:00 p.m. to 8:00 a.m."): each time is one the source has,
    but one took another's place. Read only where the English says as many times as the source, each in one half of
    the day (a bare "8:00" may be either: not read)."""
    said = Counter(
        next(iter(m.keys))[1:] for m in mentions if m.kind == "time" and m.value is not None and len(m.keys) == 1
    )
    written = Counter((e.value[0] % 24, e.value[1]) for e in entities if e.kind == "time" and e.value)
    if not said or sum(said.values()) != sum(written.values()):
        return []
    over = sorted(time for time in said if said[time] > written[time] > 0)
    under = sorted(time for time in written if said[time] < written[time])
    if not over or not under:
        return []
    more, fewer = (f"{hour:02d}:{minute:02d}" for hour, minute in (over[0], under[0]))
    return [
        Finding(
            "time",
            f"the translation says {more} {said[over[0]]} times and {fewer} {said[under[0]]}, where the source says"
            f" {more} {written[over[0]]} and {fewer} {written[under[0]]}",
        )
    ]


# A business day the source names without a count (翌営業日, 前営業日, 当開庁日), and the English words for one.
_BUSINESS_DAY_NAMED = re.compile(r"(?:翌|前|当|同|次の?)(?:営業|業務|稼働|開庁)日")
_BUSINESS_DAY_SAID = re.compile(r"(?i)\b(?:business|working|banking|bank)[\s-]+days?\b")


def _business_day_findings(source: str, translation: str) -> list[Finding]:
    """翌営業日 said as "the next day": a business day is no calendar day (a transfer made on a Friday is processed on
    Monday). Counted ones (3営業日) are spans of their own unit (language/entities.py)."""
    named = _BUSINESS_DAY_NAMED.search(source)
    if named is None or _BUSINESS_DAY_SAID.search(translation):
        return []
    return [Finding("entity", f"{named.group(0)} is a business day; the translation names no business day")]


# A weekday the source names by its kanji: 月曜, or one kanji in a list or range (（火〜金）, 月・水・金).
_WEEKDAY_NAMED = re.compile(r"[月火水木金土日]\s*曜|[（(・、〜~]\s*[月火水木金土日](?=\s*[）)・、〜~])")


_KANJI_DAYS = "月火水木金土日"
_SOURCE_WEEKDAY_RANGE = re.compile(rf"([{_KANJI_DAYS}])曜?日?\s*(?:から|[〜~～\-－ー–])\s*([{_KANJI_DAYS}])曜?日?")
_WEEKDAYS_SAID = re.compile(r"(?i)\b(?:on\s+)?weekdays\b(?!\s*(?:and|&|,)\s*(?:sat|sun))")


def _weekdays_range_findings(source: str, entities, translation: str) -> list[Finding]:
    """平日 said as a range of weekdays other than Monday to Friday ("Monday to Saturday", "Tuesday to Friday"), or
    as every day but days other than Saturday and Sunday ("every day except Sunday"):
    平日, the days of the working week, are those five. Read only where the source names no weekday of its own
    (月曜定休, 火〜金: the English range may then be the source's)."""
    if "平日" not in source:
        # (and the converse: a range of weekdays other than Monday to Friday said "weekdays", 月曜日から土曜日まで)
        ranges = [(_KANJI_DAYS.index(m[1]), _KANJI_DAYS.index(m[2])) for m in _SOURCE_WEEKDAY_RANGE.finditer(source)]
        said = _WEEKDAYS_SAID.search(translation)
        if said and ranges and all(days != (0, 4) for days in ranges):
            return [Finding("entity", f"the translation says {said.group(0)!r}, Monday to Friday, for another range")]
        return []
    if any(e.kind == "weekday" or e.weekday is not None for e in entities):
        return []
    if _WEEKDAY_NAMED.search(source):
        return []  # 平日（火〜金）, 月曜定休: the source's own weekdays
    findings = [
        Finding("entity", f"the translation says {said.group(0)!r} for 平日, Monday to Friday")
        for said in weekday_ranges().finditer(translation)
        if (weekday_index(said["first"]), weekday_index(said["last"])) != (0, 4)
    ]
    # (every day except Sunday: Monday to Saturday, another week)
    for said in weekdays_excepted().finditer(translation):
        if {weekday_index(name) for name in (said["first"], said["second"]) if name} != {5, 6}:
            findings.append(
                Finding("entity", f"the translation says {said.group(0).rstrip('.')!r} for 平日, Monday to Friday")
            )
    return findings


# The words that join the two ends of a range in English (the patterns below each add the marks they take).
_RANGE_WORDS = "to|until|till|through|thru"
# What lists two values, not a range's ends ("June 10 and June 12"), and what makes "and" a range's ("between").
_LISTED = re.compile(r"(?i)\s*(?:,|,?\s*and|&|,?\s*or)\s*")
_BETWEEN = re.compile(r"(?i)\bbetween\s+$")
# (9:00–12:00 and 13:00–18:00: each mention an end of a range of the English's own)
_RANGE_ENDS_HERE = re.compile(rf"(?i)(?:[-–—~]|\b(?:{_RANGE_WORDS}))\s*$")
_RANGE_STARTS_HERE = re.compile(rf"(?i)\s*(?:[-–—~]|(?:{_RANGE_WORDS})\b)")


def _next_to_each_other(first: Entity, second: Entity) -> bool:
    """The two ends of a range of dates with nothing between them (4月〜5月, "April and May"; 10日〜11日)."""
    if first.kind != "date":
        return False
    (_, month, day), (_, month2, day2) = first.value, second.value
    if day is None and day2 is None:
        return month is not None and month2 is not None and month2 - month in (1, -11)
    return month2 in (month, None) and day is not None and day2 is not None and day2 - day == 1


# What joins the two ends of a range in English, nothing else between them ("13:00–15:00", "10 a.m. to 11 p.m.",
# "between 1 p.m. and 5 p.m.").
_RANGE_JOIN = re.compile(rf"(?i)\s*(?:[-–—~〜]|{_RANGE_WORDS}|and)\s*")


def _ranges(entities) -> list[tuple]:
    """The source's ranges of times, dates and weekdays: (first end, last end), each an entity."""
    return [
        (first, second)
        for first, second in zip(entities, entities[1:], strict=False)
        if second.joined and first.kind == second.kind and first.kind in ("time", "date", "weekday")
    ]


def _reversed_range_findings(entities, translation: str, mentions) -> list[Finding]:
    """A range of the source (13時〜15時, 10月1日から10月3日まで, 月曜日から金曜日まで) said the other way round
    ("15:00–13:00", "between 5 p.m. and 1 p.m.", "Friday to Monday", which are other days): each end is said, but
    the last first. Read where each end of the source's range is shown by one English mention alone and the two are
    joined as a range with nothing else between them."""
    findings = []
    weekdays_said: list[tuple[str, tuple[int, int]]] | None = None
    for first, second in _ranges(entities):
        if first.kind == "weekday":  # (Fri–Mon: abbreviated names are read in a range only)
            if weekdays_said is None:
                weekdays_said = [
                    (said.group(0).rstrip("."), (weekday_index(said["first"]), weekday_index(said["last"])))
                    for said in weekday_ranges().finditer(translation)
                ]
            findings += [
                Finding(
                    "weekday", f"the range {said!r} runs the other way from the source's ({first.text}〜{second.text})"
                )
                for said, ends in weekdays_said
                if first.value != second.value and ends == (second.value[0], first.value[0])
            ]
            continue
        own, other = keys(first), keys(second)
        starts = [m for m in mentions if m.keys & own and not m.keys & other]
        ends = [m for m in mentions if m.keys & other and not m.keys & own]
        if len(starts) != 1 or len(ends) != 1:
            continue
        start, end = starts[0], ends[0]
        if {"bh", "bh2"} & (start.groups.keys() | end.groups.keys()):
            continue  # bare hours ("from 2 to 10"): _bare_range_findings
        if (
            start.end <= end.start
            and _LISTED.fullmatch(translation, start.end, end.start)
            and not _BETWEEN.search(translation, max(0, start.start - 12), start.start)
            and not _RANGE_ENDS_HERE.search(translation, max(0, start.start - 12), start.start)
            and not _RANGE_STARTS_HERE.match(translation, end.end)
            and not _next_to_each_other(first, second)
        ):
            # (6月10日から6月12日まで said "on June 10 and June 12": the day between left out)
            said = translation[start.start : end.end]
            findings.append(Finding(first.kind, f"the range {first.text}〜{second.text} is said as two: {said!r}"))
        if end.end <= start.start and _RANGE_JOIN.fullmatch(translation, end.end, start.start):
            said = translation[end.start : start.end]
            findings.append(
                Finding(
                    first.kind, f"the range {said!r} runs the other way from the source's ({first.text}〜{second.text})"
                )
            )
    return findings


# What joins the ends of a range said in English as one ("9 a.m. to noon", "13:00–15:00"); "and" only after
# "between" (9 a.m. to noon and 1 p.m. to 6 p.m.: the "and" joins two ranges).
_RANGE_TO = re.compile(rf"(?i)\s*(?:[-–—~〜]|{_RANGE_WORDS})\s*")
_BETWEEN_AND = re.compile(r"(?i)\s+and\s+")


def _keys_of_ends(ranges: list[tuple]) -> tuple[set[tuple], set[tuple]]:
    """The keys of every first end of *ranges*, and of every last end."""
    return set().union(*(keys(first) for first, _ in ranges)), set().union(*(keys(second) for _, second in ranges))


# How many ranges of a unit the traded-ends check reads (it weighs each English range against each of them).
_MOST_RANGES = 32


def _traded_ends_findings(entities, translation: str, mentions) -> list[Finding]:
    """The ends of two of the source's ranges traded (午前9時〜12時、午後1時〜6時 said "from 9 a.m. to 1 p.m. and
    from noon to 6 p.m."): an English range that begins where the source only ends a range, or ends where it only
    begins one. Not read where a range of the source lies inside another (9時〜18時、12時〜13時は休憩: the English
    may say the hours around the break), nor where the English joins one range's start to a later range's end (9
    a.m. to 6 p.m., closed from noon to 1 p.m.: the span and its break, said the other way); an English range from
    one range's end to the next one's start is their gap ("closed from noon to 2 p.m.")."""
    ranges = _ranges(entities)
    if not 2 <= len(ranges) <= _MOST_RANGES:
        return []  # (a timetable past _MOST_RANGES ranges is not read: the check stays linear in the text)
    times = [(f.value, s.value) for f, s in ranges if f.kind == "time" and f.value and s.value]
    if any(a != b and a[0] <= b[0] and b[1] <= a[1] for a in times for b in times):
        return []
    starts, ends = _keys_of_ends(ranges)
    said = [
        (a, b)
        for a, b in zip(mentions, mentions[1:], strict=False)
        if a.keys
        and b.keys
        and a.end <= b.start
        and not {"bh", "bh2"} & (a.groups.keys() | b.groups.keys())
        and (
            _RANGE_TO.fullmatch(translation, a.end, b.start)
            or (
                _BETWEEN_AND.fullmatch(translation, a.end, b.start)
                and _BETWEEN.search(translation, max(0, a.start - 12), a.start)
            )
        )
    ]
    ends_of = [(keys(f), keys(s)) for f, s in ranges]
    for a, b in said:
        if a.keys & starts and b.keys & ends and not any(a.keys & f and b.keys & s for f, s in ends_of):
            return []  # one range's start to another's end: a span across the source's ranges
    # (closed from noon to 2 p.m.: the gap from one range's end to the next one's start, a break the English names)
    gaps = [(keys(earlier[1]), keys(later[0])) for earlier, later in zip(ranges, ranges[1:], strict=False)]
    return [
        Finding(
            a.kind,
            f"the range {translation[a.start : b.end]!r} joins the ends of two of the source's ranges"
            f" ({'、'.join(f'{f.text}〜{s.text}' for f, s in ranges)})",
        )
        for a, b in said
        if ((a.keys & ends and not a.keys & starts) or (b.keys & starts and not b.keys & ends))
        and not any(a.keys & end and b.keys & start for end, start in gaps)
    ]


# The words before a clock time that say it opens or closes something ("opens at 8:30 a.m.", "closing at 5 p.m.").
_OPENS_AT = re.compile(
    r"(?i)\bopen(?:s|ing|ed)?(?:\s+(?:its|their|the|our)\s+doors)?\s+(?:at|from)\s+(?:around\s+|about\s+)?$"
)
_CLOSES_AT = re.compile(
    r"(?i)\b(?:clos(?:e|es|ing|ed)|shut(?:s|ting)?)(?:\s+(?:them|it|up|down|(?:its|their|the|our)\s+doors))?"
    r"\s+at\s+(?:around\s+|about\s+)?$"
)


def _opening_and_closing_findings(entities, translation: str, mentions) -> list[Finding]:
    """A range of the source's times (8時30分から17時15分まで) said as an opening and a closing, each at the other
    end ("opens at 5:15 p.m. and closes at 8:30 a.m."): a time the source only ends a range at, said as the opening,
    or one it only begins a range at, said as the closing."""
    ranges = [(first, second) for first, second in _ranges(entities) if first.kind == "time"]
    if not ranges:
        return []
    starts, ends = _keys_of_ends(ranges)
    findings = []
    for mention in mentions:
        if mention.kind != "time" or not mention.keys:
            continue
        before = translation[max(0, mention.start - 40) : mention.start]
        if _OPENS_AT.search(before) and mention.keys & ends and not mention.keys & starts:
            findings.append(
                Finding("time", f"the translation opens at {mention.text!r}, where the source's range ends")
            )
        elif _CLOSES_AT.search(before) and mention.keys & starts and not mention.keys & ends:
            findings.append(
                Finding("time", f"the translation closes at {mention.text!r}, where the source's range begins")
            )
    return findings


def check_auto_update(previous_source: str, source: str, translation: str) -> list[Finding]:
    """What an auto-updated translation still says of the previous source: 9:00 AM left where 午後9時 now is.

    The gate runs this on every ``kokuchi-auto`` entry, on top of check_unit,
    so that an update is shipped only when every changed entity was rewritten.
    """
    from kokuchi.language.entities import entity_only_change

    findings: list[Finding] = []
    mentions = [mention for mention in read_english(translation) if mention.value is not None]
    kept: set[tuple] = set()
    for entity in find(source):
        kept |= keys(entity)
    for old, new in entity_only_change(previous_source, source) or []:
        old_keys = keys(old)
        if old_keys & kept:
            continue  # the source still says it elsewhere
        new_keys = keys(new)
        if any(mention.keys & old_keys and not mention.keys & new_keys for mention in mentions):
            findings.append(
                Finding(
                    "auto",
                    f"the translation still says {old.text.strip()!r}, "
                    f"which the source changed to {new.text.strip()!r}",
                )
            )
    return findings
